/**
 * Reads Mozilla's clientConfig v1.1 XML (the ISP database files and a domain's own autoconfig) with
 * fast-xml-parser, into the settings a mail program needs. Bounded: a document over
 * MAX_XML_CHARS is refused before parsing, and entities are not expanded.
 */
import { XMLParser } from 'fast-xml-parser'
import type {
  ClientSettings,
  Security,
  ServerSetting,
  SignIn,
} from '../../../shared/knowledge/provider-catalogue'

/** The longest XML document read, in characters (the largest ISP database file is about 20 000). */
export const MAX_XML_CHARS = 256 * 1024

/** One provider of a clientConfig document. */
export interface ClientConfig {
  id: string
  displayName: string | null
  /** The mail domains the document says it serves (lower case). */
  domains: string[]
  /** The secure servers; null when the document lists no secure outgoing server. */
  client: ClientSettings | null
  signIn: SignIn
}

const ARRAYS = new Set(['emailProvider', 'domain', 'incomingServer', 'outgoingServer', 'authentication'])

/** A parser with entities off and the repeatable elements always read as lists. */
export function xmlParser(options: { removeNSPrefix?: boolean; arrays?: Set<string> } = {}): XMLParser {
  const arrays = options.arrays ?? ARRAYS
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: false,
    parseTagValue: false,
    trimValues: true,
    removeNSPrefix: options.removeNSPrefix ?? false,
    isArray: (name) => arrays.has(name),
  })
}

type Node = Record<string, unknown>

const asNode = (value: unknown): Node => (value && typeof value === 'object' ? (value as Node) : {})
const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value]
const text = (value: unknown): string => {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim()
  const inner = asNode(value)['#text']
  return typeof inner === 'string' || typeof inner === 'number' ? String(inner).trim() : ''
}

/** A host name we accept from a document: letters, digits, dots, hyphens; placeholders resolved. */
const HOST = /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?$/

interface RawServer {
  type: string
  setting: ServerSetting | null
  user: string
  auth: string[]
}

function readServer(node: unknown, domain: string): RawServer {
  const server = asNode(node)
  const type = text(server['@_type']).toLowerCase()
  const host = text(server.hostname).toLowerCase().replace('%emaildomain%', domain)
  const port = Number(text(server.port))
  const socket = text(server.socketType).toUpperCase()
  const security: Security | null = socket === 'SSL' ? 'ssl' : socket === 'STARTTLS' ? 'starttls' : null
  const valid = HOST.test(host) && Number.isInteger(port) && port > 0 && port < 65536 && security !== null
  return {
    type,
    setting: valid && security ? { host, port, security } : null,
    user: text(server.username),
    auth: asList(server.authentication).map((entry) => text(entry)),
  }
}

/** Password only, OAuth2 only, or both (then an app password may be needed where OAuth2 is not used). */
function signInOf(servers: RawServer[]): SignIn {
  const auth = servers.flatMap((server) => server.auth)
  const oauth = auth.includes('OAuth2')
  const password = auth.some((entry) => entry.startsWith('password'))
  if (oauth && !password) return 'oauth2'
  if (oauth) return 'oauth2-or-app-password'
  return 'password'
}

function readProvider(node: unknown, domain: string): ClientConfig {
  const provider = asNode(node)
  const incoming = asList(provider.incomingServer).map((server) => readServer(server, domain))
  const outgoing = asList(provider.outgoingServer).map((server) => readServer(server, domain))
  const first = (type: string) => incoming.find((server) => server.type === type && server.setting)
  const imap = first('imap')
  const pop3 = first('pop3')
  const smtp = outgoing.find((server) => server.setting)
  const used = [imap, pop3, smtp].filter((server) => server !== undefined)
  const client: ClientSettings | null = smtp?.setting
    ? {
        ...(imap?.setting ? { imap: imap.setting } : {}),
        ...(pop3?.setting ? { pop3: pop3.setting } : {}),
        smtp: smtp.setting,
        userIsFullAddress: used.every((server) => server.user === '' || server.user === '%EMAILADDRESS%'),
      }
    : null
  return {
    id: text(provider['@_id']),
    displayName: text(provider.displayName) || null,
    domains: asList(provider.domain)
      .map((entry) => text(entry).toLowerCase())
      .filter(Boolean),
    client,
    signIn: signInOf(used),
  }
}

/**
 * The providers of a clientConfig document; `domain` replaces `%EMAILDOMAIN%` in host names.
 * Throws on a document too long or not clientConfig (the caller reports it as the source's error).
 */
export function parseClientConfig(xml: string, domain: string): ClientConfig[] {
  if (xml.length > MAX_XML_CHARS) throw new Error('document too long')
  const root = asNode(xmlParser().parse(xml) as unknown)
  const config = asNode(root.clientConfig)
  if (!root.clientConfig) throw new Error('not a clientConfig document')
  return asList(config.emailProvider).map((provider) => readProvider(provider, domain))
}
