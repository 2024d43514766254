import type { RemedyDef } from './remedy'

/**
 * The remedies a message's headers lead to (texts: `headers:remedies.<name>`, with the record,
 * host and value the diagnosis found passed in as parameters).
 */
export const HEADER_REMEDIES: readonly RemedyDef[] = [
  { id: 'headers:outboxDelay', whoActs: 'sender' },
  { id: 'headers:senderClock', whoActs: 'sender' },
  { id: 'headers:clockSkew', whoActs: 'provider' },
  { id: 'headers:greylisting', whoActs: 'recipientAdmin' },
  { id: 'headers:recipientServerDelay', whoActs: 'recipientAdmin' },
  { id: 'headers:senderServerDelay', whoActs: 'provider' },
  { id: 'headers:handOverDelay', whoActs: 'provider' },
  { id: 'headers:noDelayInHeaders', whoActs: 'recipient' },
  { id: 'headers:fixSpf', whoActs: 'sender' },
  { id: 'headers:addSpf', whoActs: 'sender' },
  { id: 'headers:askSpfValue', whoActs: 'sender' },
  { id: 'headers:fixSpfSyntax', whoActs: 'sender' },
  { id: 'headers:fixDkim', whoActs: 'sender' },
  { id: 'headers:enableDkim', whoActs: 'sender' },
  { id: 'headers:alignDkim', whoActs: 'sender' },
  { id: 'headers:addDmarc', whoActs: 'sender' },
  { id: 'headers:askSenderToFixAuth', whoActs: 'sender' },
  { id: 'headers:recipientBlockedSender', whoActs: 'recipient' },
  { id: 'headers:recipientAdminRule', whoActs: 'recipientAdmin' },
  { id: 'headers:delist', whoActs: 'provider', links: ['https://check.spamhaus.org/'] },
  { id: 'headers:askPtr', whoActs: 'provider' },
  { id: 'headers:bulkContent', whoActs: 'sender' },
  { id: 'headers:content', whoActs: 'sender' },
  { id: 'headers:filterJudgedSpam', whoActs: 'recipient' },
  { id: 'headers:markNotSpam', whoActs: 'recipient' },
]

/** The definition of a headers remedy, or undefined for an unknown id. */
export function headerRemedy(id: string): RemedyDef | undefined {
  return HEADER_REMEDIES.find((remedy) => remedy.id === id)
}
