import type { RemedyDef } from './remedy'

/** The remedies a reply code, an enhanced code or a server's text can lead to (texts: `knowledge:remedies.<name>`). */
export const KNOWLEDGE_REMEDIES: readonly RemedyDef[] = [
  { id: 'knowledge:checkAddress', whoActs: 'you' },
  { id: 'knowledge:contactRecipient', whoActs: 'recipient' },
  { id: 'knowledge:contactRecipientAdmin', whoActs: 'recipientAdmin' },
  { id: 'knowledge:waitRetry', whoActs: 'you' },
  {
    id: 'knowledge:delistIp',
    whoActs: 'provider',
    links: ['https://check.spamhaus.org/'],
  },
  { id: 'knowledge:fixAuthRecords', whoActs: 'you' },
  { id: 'knowledge:enableSmtpAuth', whoActs: 'you' },
  { id: 'knowledge:checkPassword', whoActs: 'you' },
  {
    id: 'knowledge:unblockAccount',
    whoActs: 'you',
    links: ['https://www.ovh.com/manager/'],
  },
  { id: 'knowledge:checkClientSettings', whoActs: 'you' },
  { id: 'knowledge:reduceSize', whoActs: 'you' },
  { id: 'knowledge:slowDown', whoActs: 'you' },
  { id: 'knowledge:contactProvider', whoActs: 'provider' },
  { id: 'knowledge:fixRecipientDomain', whoActs: 'recipientAdmin' },
]

/** The definition of a knowledge remedy, or undefined for an unknown id. */
export function knowledgeRemedy(id: string): RemedyDef | undefined {
  return KNOWLEDGE_REMEDIES.find((remedy) => remedy.id === id)
}
