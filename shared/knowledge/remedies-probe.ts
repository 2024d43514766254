import type { RemedyDef } from './remedy'

/** Remedies the connection, login, envelope and round-trip tests point to; texts under `probe:remedies`. */
export const PROBE_REMEDIES: RemedyDef[] = [
  { id: 'probe:usePort587', whoActs: 'you' },
  { id: 'probe:checkNetwork', whoActs: 'you' },
  { id: 'probe:checkServerName', whoActs: 'you' },
  { id: 'probe:providerStatus', whoActs: 'provider' },
  { id: 'probe:useSslPort', whoActs: 'you' },
  { id: 'probe:certificateProvider', whoActs: 'provider' },
  { id: 'probe:checkClock', whoActs: 'you' },
  { id: 'probe:checkPassword', whoActs: 'you' },
  {
    id: 'probe:accountBlockedSpam',
    whoActs: 'you',
    links: ['https://docs.ovh.com/it/microsoft-collaborative-solutions/blocco-per-spam/'],
  },
  { id: 'probe:accountSuspended', whoActs: 'you' },
  { id: 'probe:accountLocked', whoActs: 'you' },
  { id: 'probe:appPassword', whoActs: 'you' },
  { id: 'probe:useModernSignIn', whoActs: 'you' },
  {
    id: 'probe:tenantSmtpAuth',
    whoActs: 'provider',
    links: [
      'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
    ],
  },
  { id: 'probe:checkRecipientAddress', whoActs: 'sender' },
  { id: 'probe:recipientMailboxFull', whoActs: 'recipient' },
  { id: 'probe:recipientPolicy', whoActs: 'recipientAdmin' },
  { id: 'probe:retryLater', whoActs: 'sender' },
  { id: 'probe:checkMx', whoActs: 'you' },
]
