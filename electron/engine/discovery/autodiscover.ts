/**
 * Exchange Autodiscover (the "POX" XML of Outlook): the request for an address, and the reading of
 * the answer into mail program settings, or into the redirect it asks for (shown, never followed).
 */
import type { ClientSettings, Security, ServerSetting } from '../../../shared/knowledge/provider-catalogue'
import { MAX_XML_CHARS, xmlParser } from './client-config'

/** The request body for an address; the address is escaped for XML. */
export function autodiscoverRequest(address: string): string {
  const escaped = address.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">',
    `<Request><EMailAddress>${escaped}</EMailAddress>`,
    '<AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>',
    '</Request></Autodiscover>',
  ].join('')
}

/** What an Autodiscover answer says. */
export type AutodiscoverAnswer =
  | { kind: 'settings'; client: ClientSettings; exchange: string | null }
  | { kind: 'exchange-only'; exchange: string }
  | { kind: 'redirect'; to: string }
  | { kind: 'none' }

type Node = Record<string, unknown>
const asNode = (value: unknown): Node => (value && typeof value === 'object' ? (value as Node) : {})
const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value]
const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value).trim() : ''
const HOST = /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?$/

function server(protocol: Node, fallbackPort: number): ServerSetting | null {
  const host = text(protocol.Server).toLowerCase()
  const port = Number(text(protocol.Port) || fallbackPort)
  const encryption = text(protocol.Encryption).toUpperCase()
  const ssl = text(protocol.SSL).toLowerCase() !== 'off'
  const security: Security | null =
    encryption === 'TLS' ? 'starttls' : encryption === 'SSL' || (encryption === '' && ssl) ? 'ssl' : null
  if (!HOST.test(host) || !Number.isInteger(port) || port < 1 || port > 65535 || !security) return null
  // SSL "on" on a STARTTLS port means STARTTLS in practice (Outlook reads it so).
  const implicit = security === 'ssl' && [143, 110, 587, 25].includes(port) ? 'starttls' : security
  return { host, port, security: implicit }
}

/** Reads an Autodiscover answer. Throws on a document too long or not Autodiscover. */
export function parseAutodiscover(xml: string): AutodiscoverAnswer {
  if (xml.length > MAX_XML_CHARS) throw new Error('document too long')
  const parsed = asNode(xmlParser({ removeNSPrefix: true, arrays: new Set(['Protocol']) }).parse(xml))
  if (!parsed.Autodiscover) throw new Error('not an Autodiscover document')
  const account = asNode(asNode(asNode(parsed.Autodiscover).Response).Account)
  const action = text(account.Action)
  if (action === 'redirectAddr' || action === 'redirectUrl')
    return { kind: 'redirect', to: text(account.RedirectAddr) || text(account.RedirectUrl) }
  const protocols = asList(account.Protocol).map(asNode)
  const byType = (type: string) => protocols.find((protocol) => text(protocol.Type) === type)
  const exchangeNode = byType('EXCH') ?? byType('EXPR')
  const exchange = exchangeNode ? text(exchangeNode.Server).toLowerCase() || null : null
  const imap = byType('IMAP')
  const pop3 = byType('POP3')
  const smtpNode = byType('SMTP')
  const smtp = smtpNode ? server(smtpNode, 587) : null
  if (!smtp) return exchange ? { kind: 'exchange-only', exchange } : { kind: 'none' }
  const imapSetting = imap ? server(imap, 993) : null
  const pop3Setting = pop3 ? server(pop3, 995) : null
  const login = text((imap ?? pop3 ?? smtpNode)?.LoginName)
  return {
    kind: 'settings',
    client: {
      ...(imapSetting ? { imap: imapSetting } : {}),
      ...(pop3Setting ? { pop3: pop3Setting } : {}),
      smtp,
      userIsFullAddress: login === '' || login.includes('@'),
    },
    exchange,
  }
}
