import type { RemedyDef } from './remedy'

/** Remedies the DNS and registration findings point to; texts under `dns:remedies.<name>`. */
export const DNS_REMEDIES: readonly RemedyDef[] = [
  {
    id: 'dns:fixMx',
    whoActs: 'you',
    links: ['https://docs.ovh.com/it/domains/aggiungere-record-mx-configurazione-dominio/'],
  },
  {
    id: 'dns:addMx',
    whoActs: 'you',
    links: ['https://docs.ovh.com/it/domains/aggiungere-record-mx-configurazione-dominio/'],
  },
  { id: 'dns:domainMissing', whoActs: 'you' },
  { id: 'dns:dnsTrouble', whoActs: 'provider' },
  { id: 'dns:fixSrv', whoActs: 'you' },
  { id: 'dns:fixSpf', whoActs: 'you' },
  { id: 'dns:reduceSpfLookups', whoActs: 'you' },
  { id: 'dns:addDmarc', whoActs: 'you' },
  { id: 'dns:fixDmarc', whoActs: 'you' },
  { id: 'dns:authoriseDmarcReports', whoActs: 'provider' },
  { id: 'dns:fixDkim', whoActs: 'you' },
  { id: 'dns:fixMtaSts', whoActs: 'you' },
  { id: 'dns:askPtr', whoActs: 'provider' },
  { id: 'dns:delistMx', whoActs: 'provider', links: ['https://check.spamhaus.org/'] },
  { id: 'dns:delistSender', whoActs: 'sender', links: ['https://check.spamhaus.org/'] },
  { id: 'dns:dnsblResolver', whoActs: 'you' },
  { id: 'dns:waitPropagation', whoActs: 'you' },
  { id: 'dns:renewDomain', whoActs: 'you', links: ['https://www.ovh.com/auth/?action=gotomanager'] },
]
