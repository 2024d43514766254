/**
 * The engine's DNS query layer.
 *
 * Why dns-packet over node:dgram/net rather than node:dns/promises Resolver: a diagnostic needs what
 * the Resolver hides. It returns no TTL for MX/TXT/SRV/NS, folds every rcode into a generic error,
 * cannot tell a CNAME loop from a missing name, cannot ask one authoritative server at a time with
 * its own port while another query goes to the resolver, and can only be cancelled all at once.
 * Here each query is one packet we build and read ourselves: rcode, TC bit (then the same question
 * over TCP), CNAME chain and TTLs stay visible, every attempt has a deadline and honours the run's
 * AbortSignal.
 */
import { getServers } from 'node:dns'
import { setMaxListeners } from 'node:events'
import dgram from 'node:dgram'
import net from 'node:net'
import { randomInt } from 'node:crypto'
import * as dnsPacket from 'dns-packet'
import { withDeadline } from '../util/deadline'

/** The record types the engine asks for. */
export type RecordType = 'A' | 'AAAA' | 'MX' | 'TXT' | 'SRV' | 'NS' | 'PTR' | 'CNAME' | 'SOA'

/**
 * How a query ended. `ok` has records; `nodata` means the name exists without records of that type;
 * `aborted` means the run was cancelled or its deadline passed before an answer came.
 */
export type DnsOutcome =
  'ok' | 'nxdomain' | 'nodata' | 'servfail' | 'refused' | 'timeout' | 'cname-loop' | 'malformed' | 'aborted'

/** An MX record's data. */
export interface MxData {
  preference: number
  exchange: string
}
/** An SRV record's data. */
export interface SrvData {
  priority: number
  weight: number
  port: number
  target: string
}

/** The data type of each record type's values. */
export interface RecordData {
  A: string
  AAAA: string
  MX: MxData
  TXT: string
  SRV: SrvData
  NS: string
  PTR: string
  CNAME: string
  SOA: string
}

/** One record of an answer with its TTL in seconds. */
export interface DnsRecord<T extends RecordType> {
  value: RecordData[T]
  ttl: number
}

/** The answer to one question, after following CNAMEs, classified. */
export interface DnsAnswer<T extends RecordType = RecordType> {
  name: string
  type: T
  outcome: DnsOutcome
  records: DnsRecord<T>[]
  /** The CNAME chain followed from `name`, in order (empty when `name` owns the records). */
  cnames: string[]
  /** True when a UDP answer came truncated and the full one was fetched over TCP. */
  truncated: boolean
  /** The server that answered, `host:port`. */
  server: string
  durationMs: number
}

/** One question actually sent on the network (not a cache hit), for timing and the benchmark. */
export interface QueryLogEntry {
  name: string
  type: RecordType
  server: string
  outcome: DnsOutcome
  startedAtMs: number
  durationMs: number
}

/** What the client needs from the engine options. */
export interface DnsClientOptions {
  /** `host` or `host:port` (IPv6 as `[addr]:port`); the system's resolvers when absent or empty. */
  dnsServers?: string[]
  /** The deadline of one attempt, in ms. */
  stepTimeoutMs: number
  /** How many more attempts after a timeout (default 1). */
  dnsRetries?: number
}

/** The addresses of a host: A and AAAA asked in parallel. */
export interface HostAddresses {
  host: string
  /** `ok` if either family has records; otherwise the more telling of the two outcomes. */
  outcome: DnsOutcome
  addresses: { address: string; family: 4 | 6; ttl: number }[]
  a: DnsAnswer<'A'>
  aaaa: DnsAnswer<'AAAA'>
}

/** A per-run DNS client: every name+type is asked once per run, however many checks need it. */
export interface DnsClient {
  query<T extends RecordType>(name: string, type: T): Promise<DnsAnswer<T>>
  /** Asks one server directly (`host:port`), e.g. an authoritative name server; also memoised. */
  queryAt<T extends RecordType>(server: string, name: string, type: T): Promise<DnsAnswer<T>>
  mx(name: string): Promise<DnsAnswer<'MX'>>
  txt(name: string): Promise<DnsAnswer<'TXT'>>
  srv(name: string): Promise<DnsAnswer<'SRV'>>
  ns(name: string): Promise<DnsAnswer<'NS'>>
  /** The PTR records of an IPv4 or IPv6 address. */
  ptr(address: string): Promise<DnsAnswer<'PTR'>>
  addresses(host: string): Promise<HostAddresses>
  /** Every question sent on the network so far, in the order they were sent. */
  readonly log: readonly QueryLogEntry[]
}

const MAX_CNAME_HOPS = 8
const EDNS_UDP_SIZE = 1232
const DEFAULT_PORT = 53

/** Creates the DNS client of one run; `signal` cancels every pending query. */
export function createDnsClient(options: DnsClientOptions, runSignal: AbortSignal): DnsClient {
  // Every pending attempt listens for the cancel: one relay signal, allowed many listeners.
  const relay = new AbortController()
  setMaxListeners(0, relay.signal)
  if (runSignal.aborted) relay.abort()
  else runSignal.addEventListener('abort', () => relay.abort(), { once: true })
  const signal = relay.signal
  const configured = options.dnsServers?.filter((server) => server.trim() !== '') ?? []
  const servers = (configured.length > 0 ? configured : getServers()).map(parseServer)
  const attempts = 1 + Math.max(0, options.dnsRetries ?? 1)
  const cache = new Map<string, Promise<DnsAnswer>>()
  const log: QueryLogEntry[] = []

  const askOnce = async (targets: ServerAddress[], name: string, type: RecordType) => {
    let last: Exchange = { outcome: 'timeout', truncated: false, server: formatServer(targets[0]) }
    for (let attempt = 0; attempt < attempts * Math.max(1, targets.length); attempt++) {
      if (signal.aborted) return { ...last, outcome: 'aborted' as const }
      const server = targets[attempt % targets.length]
      if (!server) break
      const startedAtMs = Date.now()
      last = await exchange(server, name, type, options.stepTimeoutMs, signal)
      log.push({
        name,
        type,
        server: last.server,
        outcome: last.outcome,
        startedAtMs,
        durationMs: Date.now() - startedAtMs,
      })
      if (last.outcome !== 'timeout' && last.outcome !== 'servfail' && last.outcome !== 'refused') return last
      if (last.outcome !== 'timeout' && targets.length === 1) return last
    }
    return last
  }

  const memo = <T extends RecordType>(targets: ServerAddress[], name: string, type: T) => {
    const key = `${targets.map(formatServer).join(',')}|${normaliseName(name)}|${type}`
    let pending = cache.get(key)
    if (!pending) {
      pending = askFollowingCnames((current) => askOnce(targets, current, type), name, type)
      cache.set(key, pending)
    }
    return pending as Promise<DnsAnswer<T>>
  }

  const query = <T extends RecordType>(name: string, type: T) => memo(servers, name, type)

  return {
    query,
    queryAt: (server, name, type) => memo([parseServer(server)], name, type),
    mx: (name) => query(name, 'MX'),
    txt: (name) => query(name, 'TXT'),
    srv: (name) => query(name, 'SRV'),
    ns: (name) => query(name, 'NS'),
    ptr: (address) => query(reverseName(address), 'PTR'),
    addresses: (host) => hostAddresses(query, host),
    log,
  }
}

/** One question to the run's servers, retried and logged: what `askFollowingCnames` asks each step. */
type AskOnce = (name: string) => Promise<Exchange>

/**
 * Asks for `name` and follows its CNAME chain (at most MAX_CNAME_HOPS), classifying the end:
 * records, no data, no such name, a loop, or how asking failed.
 */
async function askFollowingCnames<T extends RecordType>(
  askOnce: AskOnce,
  name: string,
  type: T,
): Promise<DnsAnswer<T>> {
  const started = Date.now()
  const cnames: string[] = []
  let current = normaliseName(name)
  for (let hop = 0; ; hop++) {
    const step = await askOnce(current)
    const chase = followChain(step.packet, current, type)
    cnames.push(...chase.cnames)
    const answer = (outcome: DnsOutcome, records: DnsRecord<T>[] = []): DnsAnswer<T> => ({
      name: normaliseName(name),
      type,
      outcome,
      records,
      cnames,
      truncated: step.truncated,
      server: step.server,
      durationMs: Date.now() - started,
    })
    if (step.outcome !== 'ok' || !step.packet) return answer(step.outcome)
    if (chase.loop || new Set(cnames).size !== cnames.length || cnames.includes(normaliseName(name)))
      return answer('cname-loop')
    if (chase.records.length > 0) return answer('ok', chase.records as DnsRecord<T>[])
    const rcode = step.packet.rcode
    if (rcode === 'NXDOMAIN') return answer('nxdomain')
    if (chase.cnames.length === 0 || chase.target === current) return answer('nodata')
    if (hop >= MAX_CNAME_HOPS) return answer('cname-loop')
    current = chase.target
  }
}

/** The A and AAAA records of a host, asked in parallel, with the more telling outcome of the two. */
async function hostAddresses(
  query: <T extends RecordType>(name: string, type: T) => Promise<DnsAnswer<T>>,
  host: string,
): Promise<HostAddresses> {
  const [a, aaaa] = await Promise.all([query(host, 'A'), query(host, 'AAAA')])
  const addresses = [
    ...a.records.map((record) => ({ address: record.value, family: 4 as const, ttl: record.ttl })),
    ...aaaa.records.map((record) => ({ address: record.value, family: 6 as const, ttl: record.ttl })),
  ]
  return { host: normaliseName(host), outcome: combineOutcomes(a.outcome, aaaa.outcome), addresses, a, aaaa }
}

/** The name an address's PTR record lives at (in-addr.arpa or ip6.arpa). */
export function reverseName(address: string): string {
  if (net.isIPv4(address)) return `${address.split('.').reverse().join('.')}.in-addr.arpa`
  return `${expandIpv6(address).split('').reverse().join('.')}.ip6.arpa`
}

/** An IPv6 address as its 32 hex digits, no colons. */
export function expandIpv6(address: string): string {
  const [head = '', tail = ''] = address.toLowerCase().split('::')
  const groups = (part: string) => (part === '' ? [] : part.split(':'))
  const left = groups(head)
  const right = address.includes('::') ? groups(tail) : []
  const middle = new Array<string>(8 - left.length - right.length).fill('0')
  return [...left, ...middle, ...right].map((group) => group.padStart(4, '0')).join('')
}

/** A name in the form the client compares: lower case, no trailing dot. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/\.$/, '')
}

function combineOutcomes(a: DnsOutcome, b: DnsOutcome): DnsOutcome {
  if (a === 'ok' || b === 'ok') return 'ok'
  if (a === 'nodata' || b === 'nodata') return a === 'nxdomain' || b === 'nxdomain' ? 'nxdomain' : 'nodata'
  return a === 'nxdomain' ? b : a
}

interface ServerAddress {
  host: string
  port: number
}

function parseServer(value: string): ServerAddress {
  const trimmed = value.trim()
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(trimmed)
  if (bracketed) return { host: bracketed[1] ?? '', port: Number(bracketed[2] ?? DEFAULT_PORT) }
  if (net.isIPv6(trimmed)) return { host: trimmed, port: DEFAULT_PORT }
  const [host = '', port] = trimmed.split(':')
  return { host, port: port === undefined ? DEFAULT_PORT : Number(port) }
}

function formatServer(server: ServerAddress | undefined): string {
  if (!server) return ''
  return net.isIPv6(server.host) ? `[${server.host}]:${server.port}` : `${server.host}:${server.port}`
}

interface Exchange {
  outcome: DnsOutcome
  truncated: boolean
  server: string
  packet?: Decoded
}

function classifyRcode(packet: Decoded): DnsOutcome {
  switch (packet.rcode) {
    case 'NOERROR':
    case 'NXDOMAIN':
      return 'ok'
    case 'SERVFAIL':
      return 'servfail'
    case 'REFUSED':
    case 'NOTAUTH':
      return 'refused'
    default:
      return 'malformed'
  }
}

/** One question to one server: UDP first, the same over TCP when the answer says it was truncated. */
async function exchange(
  server: ServerAddress,
  name: string,
  type: RecordType,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<Exchange> {
  const label = formatServer(server)
  const id = randomInt(0, 65536)
  const question: dnsPacket.Packet = {
    type: 'query',
    id,
    flags: dnsPacket.RECURSION_DESIRED,
    questions: [{ type, name, class: 'IN' }],
    additionals: [
      {
        type: 'OPT',
        name: '.',
        udpPayloadSize: EDNS_UDP_SIZE,
        extendedRcode: 0,
        ednsVersion: 0,
        flags: 0,
        flag_do: false,
        options: [],
      },
    ],
  }
  const attempt = withDeadline(signal, timeoutMs)
  const attemptSignal = attempt.signal
  try {
    const udp = await sendUdp(server, question, attemptSignal)
    if (!matches(udp, id, name, type)) return { outcome: 'malformed', truncated: false, server: label }
    if ((udp.flags ?? 0) & dnsPacket.TRUNCATED_RESPONSE) {
      const tcp = await sendTcp(server, question, attemptSignal)
      if (!matches(tcp, id, name, type)) return { outcome: 'malformed', truncated: true, server: label }
      return { outcome: classifyRcode(tcp), truncated: true, server: label, packet: tcp }
    }
    return { outcome: classifyRcode(udp), truncated: false, server: label, packet: udp }
  } catch (error) {
    if (signal.aborted) return { outcome: 'aborted', truncated: false, server: label }
    if (attemptSignal.aborted) return { outcome: 'timeout', truncated: false, server: label }
    if (error instanceof MalformedAnswer) return { outcome: 'malformed', truncated: false, server: label }
    return { outcome: 'timeout', truncated: false, server: label }
  } finally {
    attempt.clear()
  }
}

class MalformedAnswer extends Error {}

/** dns-packet's decoded message; its typings omit the rcode it sets. */
type Decoded = dnsPacket.DecodedPacket & { rcode?: string }
type DataAnswer = Exclude<dnsPacket.Answer, dnsPacket.OptAnswer>

function matches(packet: Decoded, id: number, name: string, type: RecordType): boolean {
  const asked = packet.questions?.[0]
  return (
    packet.id === id &&
    packet.type === 'response' &&
    asked !== undefined &&
    normaliseName(asked.name) === normaliseName(name) &&
    asked.type === type
  )
}

function decode(buffer: Buffer): Decoded {
  try {
    return dnsPacket.decode(buffer)
  } catch {
    throw new MalformedAnswer('undecodable answer')
  }
}

function sendUdp(server: ServerAddress, question: dnsPacket.Packet, signal: AbortSignal): Promise<Decoded> {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket(net.isIPv6(server.host) ? 'udp6' : 'udp4')
    const finish = (error: Error | null, packet?: Decoded) => {
      signal.removeEventListener('abort', onAbort)
      socket.close()
      if (error || !packet) reject(error ?? new Error('no answer'))
      else resolve(packet)
    }
    const onAbort = () => finish(new Error('aborted'))
    if (signal.aborted) return reject(new Error('aborted'))
    signal.addEventListener('abort', onAbort, { once: true })
    socket.on('error', (error) => finish(error))
    socket.on('message', (message) => {
      let packet: Decoded
      try {
        packet = decode(message)
      } catch (error) {
        return finish(error as Error)
      }
      if (packet.id === question.id) finish(null, packet)
    })
    socket.send(dnsPacket.encode(question), server.port, server.host, (error) => {
      if (error) finish(error)
    })
  })
}

function sendTcp(server: ServerAddress, question: dnsPacket.Packet, signal: AbortSignal): Promise<Decoded> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Error('aborted'))
    const socket = net.connect({ host: server.host, port: server.port })
    let received = Buffer.alloc(0)
    const finish = (error: Error | null, packet?: Decoded) => {
      signal.removeEventListener('abort', onAbort)
      socket.destroy()
      if (error || !packet) reject(error ?? new Error('no answer'))
      else resolve(packet)
    }
    const onAbort = () => finish(new Error('aborted'))
    signal.addEventListener('abort', onAbort, { once: true })
    socket.on('error', (error) => finish(error))
    socket.on('connect', () => socket.write(dnsPacket.streamEncode(question)))
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk])
      if (received.length < 2) return
      const length = received.readUInt16BE(0)
      if (received.length < 2 + length) return
      try {
        finish(null, decode(received.subarray(2, 2 + length)))
      } catch (error) {
        finish(error as Error)
      }
    })
    socket.on('end', () => finish(new MalformedAnswer('connection closed before the answer')))
  })
}

/** Follows the CNAME chain inside one answer from `name` and collects the records of `type`. */
function followChain(
  packet: Decoded | undefined,
  name: string,
  type: RecordType,
): { records: DnsRecord<RecordType>[]; cnames: string[]; target: string; loop: boolean } {
  const answers = (packet?.answers ?? []).filter((record): record is DataAnswer => record.type !== 'OPT')
  const cnames: string[] = []
  let target = name
  let loop = false
  for (;;) {
    const alias = answers.find(
      (record) => record.type === 'CNAME' && normaliseName(record.name) === target && type !== 'CNAME',
    )
    if (!alias || typeof alias.data !== 'string') break
    const next = normaliseName(alias.data)
    if (next === name || cnames.includes(next)) {
      loop = true
      break
    }
    cnames.push(next)
    target = next
  }
  const records = answers
    .filter((record) => record.type === type && normaliseName(record.name) === target)
    .map((record) => ({ value: recordValue(record), ttl: record.ttl ?? 0 }))
    .filter((record): record is DnsRecord<RecordType> => record.value !== undefined)
  return { records, cnames, target, loop }
}

function recordValue(record: DataAnswer): RecordData[RecordType] | undefined {
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return record.data
    case 'NS':
    case 'PTR':
    case 'CNAME':
      return normaliseName(record.data)
    case 'MX':
      return { preference: record.data.preference ?? 0, exchange: normaliseName(record.data.exchange) }
    case 'SRV':
      return {
        priority: record.data.priority ?? 0,
        weight: record.data.weight ?? 0,
        port: record.data.port,
        target: normaliseName(record.data.target),
      }
    case 'TXT': {
      const chunks = Array.isArray(record.data) ? record.data : [record.data]
      return chunks.map((chunk) => (typeof chunk === 'string' ? chunk : chunk.toString('utf8'))).join('')
    }
    case 'SOA':
      return `${record.data.mname} ${record.data.rname} ${record.data.serial}`
    default:
      return undefined
  }
}
