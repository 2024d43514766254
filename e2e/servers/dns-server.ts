import net from 'node:net'
import dns2 from 'dns2'
import * as dnsPacket from 'dns-packet'

/** A record of a fixture zone; names are written without the trailing dot. */
export type FixtureRecord =
  | { name: string; type: 'A' | 'AAAA' | 'NS' | 'PTR' | 'CNAME'; data: string; ttl?: number }
  | { name: string; type: 'MX'; data: { preference: number; exchange: string }; ttl?: number }
  | { name: string; type: 'TXT'; data: string | string[]; ttl?: number }
  | {
      name: string
      type: 'SRV'
      data: { priority: number; weight: number; port: number; target: string }
      ttl?: number
    }

/**
 * How the server misbehaves for a name (key `name`) or one question (key `name TYPE`):
 * `servfail`/`refused` answer with that rcode, `silent` never answers, `truncate` answers over UDP
 * with the TC bit and no records (the full answer only over TCP), `garbage` sends bytes that are
 * not a DNS message.
 */
export type FixtureBehaviour = 'servfail' | 'refused' | 'silent' | 'truncate' | 'garbage'

/** The zones a loopback server answers from. */
export interface FixtureZones {
  records: FixtureRecord[]
  behaviours?: Record<string, FixtureBehaviour>
  /** Every answer waits this long, in ms (for the benchmark). */
  delayMs?: number
  /** Answers for a name (key `name`) or one question (key `name TYPE`) wait this long instead, in ms. */
  delays?: Record<string, number>
  /**
   * Answer one question at a time: each answer waits its delay after the previous one was sent,
   * like a client that asks one question after another (the benchmark's sequential run).
   */
  serial?: boolean
}

/** A question the server received. */
export interface ReceivedQuestion {
  name: string
  type: string
  transport: 'udp' | 'tcp'
}

/** A running loopback DNS server (UDP and TCP on the same port of 127.0.0.1). */
export interface FixtureDnsServer {
  port: number
  /** `127.0.0.1:PORT`, ready for `options.dnsServers`. */
  address: string
  questions: ReceivedQuestion[]
  close(): Promise<void>
}

const TYPE_NAMES: Record<number, string> = {
  1: 'A',
  2: 'NS',
  5: 'CNAME',
  6: 'SOA',
  12: 'PTR',
  15: 'MX',
  16: 'TXT',
  28: 'AAAA',
  33: 'SRV',
}
const MAX_CHASE = 8
const DEFAULT_TTL = 300

const normalise = (name: string) => name.toLowerCase().replace(/\.$/, '')

type UdpServer = ReturnType<typeof dns2.createUDPServer>
type TcpServer = ReturnType<typeof dns2.createTCPServer>

/**
 * A UDP and a TCP DNS server on the same free port of 127.0.0.1. The port is free for UDP when
 * picked; when TCP finds it taken by another socket, both start again on a new port.
 */
async function listenOnOnePort(
  handle: dns2.DnsHandler,
): Promise<{ udp: UdpServer; tcp: TcpServer; port: number }> {
  for (let attempt = 1; ; attempt++) {
    const udp = dns2.createUDPServer({ type: 'udp4' })
    const tcp = dns2.createTCPServer()
    udp.on('request', handle)
    tcp.on('request', handle)
    udp.on('requestError', () => undefined)
    tcp.on('requestError', () => undefined)
    await udp.listen(0, '127.0.0.1')
    const port = udp.address().port
    try {
      await new Promise<void>((resolve, reject) => {
        tcp.once('error', reject)
        tcp.listen(port, '127.0.0.1', () => resolve())
      })
      return { udp, tcp, port }
    } catch (error) {
      await new Promise<void>((resolve) => udp.close(() => resolve()))
      if (attempt >= 10 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    }
  }
}

/** Starts a dns2 server on 127.0.0.1 that answers from `zones`, like a resolver that knows them all. */
export async function startDnsServer(zones: FixtureZones): Promise<FixtureDnsServer> {
  const questions: ReceivedQuestion[] = []
  let queue = Promise.resolve()
  const handle = (
    request: dns2.Packet,
    send: (response: Buffer) => Promise<Buffer>,
    client: unknown,
  ): void => {
    const question = request.questions[0]
    if (!question) return
    const transport = client instanceof net.Socket ? 'tcp' : 'udp'
    const name = normalise(question.name)
    const type = TYPE_NAMES[question.type] ?? `TYPE${question.type}`
    questions.push({ name, type, transport })
    const behaviour = zones.behaviours?.[`${name} ${type}`] ?? zones.behaviours?.[name]
    if (behaviour === 'silent') return
    const reply = () => {
      if (behaviour === 'garbage') return send(Buffer.from('not a dns message'))
      const answer = buildAnswer(zones.records, request.header.id, name, type, behaviour, transport)
      return send(dnsPacket.encode(answer))
    }
    const sendSafely = () => void reply().catch(() => undefined)
    const delayMs = zones.delays?.[`${name} ${type}`] ?? zones.delays?.[name] ?? zones.delayMs
    if (zones.serial)
      queue = queue.then(
        () =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              sendSafely()
              resolve()
            }, delayMs ?? 0),
          ),
      )
    else if (delayMs) setTimeout(sendSafely, delayMs)
    else sendSafely()
  }
  const { udp, tcp, port } = await listenOnOnePort(handle)
  return {
    port,
    address: `127.0.0.1:${port}`,
    questions,
    close: async () => {
      await new Promise<void>((resolve) => udp.close(() => resolve()))
      await new Promise<void>((resolve) => tcp.close(() => resolve()))
    },
  }
}

/** The records of a zone by owner name, built once per records array (a test may swap the array). */
interface ZoneIndex {
  size: number
  byName: Map<string, FixtureRecord[]>
}
const zoneIndexes = new WeakMap<FixtureRecord[], ZoneIndex>()

/** The zone's index: a benchmark's zone holds thousands of records, looked up for every question. */
function zoneIndex(records: FixtureRecord[]): ZoneIndex {
  const known = zoneIndexes.get(records)
  if (known?.size === records.length) return known
  const byName = new Map<string, FixtureRecord[]>()
  for (const record of records) {
    const owner = normalise(record.name)
    byName.set(owner, [...(byName.get(owner) ?? []), record])
  }
  const index = { size: records.length, byName }
  zoneIndexes.set(records, index)
  return index
}

function buildAnswer(
  records: FixtureRecord[],
  id: number,
  name: string,
  type: string,
  behaviour: FixtureBehaviour | undefined,
  transport: 'udp' | 'tcp',
): dnsPacket.Packet {
  const base: dnsPacket.Packet = {
    type: 'response',
    id,
    flags: dnsPacket.AUTHORITATIVE_ANSWER | dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE,
    questions: [{ name, type: type as dnsPacket.RecordType, class: 'IN' }],
  }
  if (behaviour === 'servfail') return withRcode(base, RCODE.SERVFAIL)
  if (behaviour === 'refused') return withRcode(base, RCODE.REFUSED)
  if (behaviour === 'truncate' && transport === 'udp')
    return { ...base, flags: (base.flags ?? 0) | dnsPacket.TRUNCATED_RESPONSE }

  const zone = zoneIndex(records)
  const answers: dnsPacket.Answer[] = []
  let current = name
  const seen = new Set<string>()
  for (let hop = 0; hop < MAX_CHASE; hop++) {
    const alias = zone.byName.get(current)?.find((record) => record.type === 'CNAME')
    if (!alias || type === 'CNAME' || seen.has(current)) break
    seen.add(current)
    answers.push(toAnswer(alias))
    current = normalise(alias.data as string)
  }
  answers.push(...(zone.byName.get(current) ?? []).filter((record) => record.type === type).map(toAnswer))
  const exists =
    answers.length > 0 ||
    zone.byName.has(current) ||
    [...zone.byName.keys()].some((owner) => owner.endsWith(`.${current}`))
  return withRcode({ ...base, answers }, exists ? RCODE.NOERROR : RCODE.NXDOMAIN)
}

/** dns-packet encodes the rcode from the low four bits of `flags`. */
const RCODE = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 } as const

function withRcode(packet: dnsPacket.Packet, rcode: number): dnsPacket.Packet {
  return { ...packet, flags: (packet.flags ?? 0) | rcode }
}

function toAnswer(record: FixtureRecord): dnsPacket.Answer {
  return {
    name: record.name,
    type: record.type,
    ttl: record.ttl ?? DEFAULT_TTL,
    class: 'IN',
    data: record.type === 'TXT' && typeof record.data === 'string' ? chunk(record.data) : record.data,
  } as dnsPacket.Answer
}

/** Splits a TXT string into the 255-byte strings a record is made of. */
function chunk(text: string): string[] {
  const parts: string[] = []
  for (let index = 0; index < text.length; index += 255) parts.push(text.slice(index, index + 255))
  return parts.length > 0 ? parts : ['']
}
