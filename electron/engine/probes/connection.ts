import { promises as dnsPromises } from 'node:dns'
import { connect as netConnect, isIP, type Socket } from 'node:net'
import { LineReader } from './line-reader'
import { ProbeError } from './probe-error'
import { startTls, type TlsInfo, type TrustOptions } from './tls-inspect'
import { sortAddresses } from '../util/private-address'
import { redactText } from './redact-secrets'
import type { HostLookup } from './probe-types'
import type { Phase, Transcript } from './transcript'

/** How many of a host's addresses a probe tries before it gives up. */
const MAX_ADDRESSES = 3

/** Where and how to open one probe connection. */
export interface ConnectionOptions extends TrustOptions {
  host: string
  port: number
  /** TLS from the first byte (ports 465, 993, 995) instead of plain text. */
  implicitTls: boolean
  /** Deadline of each phase (lookup, connect, each reply, handshake), in ms. */
  stepTimeoutMs: number
  /** DNS servers (`ip` or `ip:port`) to resolve the host with; the system resolver when empty. */
  dnsServers?: string[]
  /** Resolves the host instead (the check's shared DNS client); wins over `dnsServers`. */
  lookup?: HostLookup
  /** Longest line accepted from the server, in bytes. */
  maxLineBytes: number
  /** Every form of the login's password (see `secretForms`): removed from what the server sends. */
  secretForms?: readonly string[]
  /** Connect to loopback, private and link-local addresses too (see EngineOptions). */
  allowPrivateAddresses?: boolean
  signal?: AbortSignal
}

/**
 * One timed connection to a mail server: resolves the name, connects, optionally wraps it in TLS
 * (now or later with `upgrade`), and reads and writes lines while recording them in a Transcript.
 * It never outlives its deadlines: each read ends by stepTimeoutMs, and an aborted signal closes
 * the socket at once.
 */
export class ProbeConnection {
  /** The TLS parameters once the channel is encrypted, null while it is plain text. */
  tls: TlsInfo | null = null
  /** The address actually connected to. */
  address = ''
  /** Addresses tried before it that could not be reached, and why. */
  readonly skippedAddresses: { address: string; code: string }[] = []
  private socket: Socket | undefined
  private readonly reader: LineReader
  private readonly onAbort = () => {
    this.reader.fail((phase) => new ProbeError('aborted', phase))
    this.socket?.destroy()
  }

  constructor(
    private readonly options: ConnectionOptions,
    readonly transcript: Transcript,
  ) {
    this.reader = new LineReader({ maxLineBytes: options.maxLineBytes })
  }

  /** Resolves, connects and (for implicit TLS) runs the handshake; each phase is timed. */
  async open(): Promise<string[]> {
    this.throwIfAborted('dns')
    this.options.signal?.addEventListener('abort', this.onAbort, { once: true })
    const addresses = await this.transcript.time('dns', () => this.resolve())
    const { allowed, refused } = sortAddresses(addresses, this.options.allowPrivateAddresses)
    for (const address of refused) this.skippedAddresses.push({ address, code: 'private-address' })
    if (allowed.length === 0) throw new ProbeError('private-address', 'connect', refused.join(', '))
    const { socket, address } = await this.transcript.time('connect', () => this.connectToFirst(allowed))
    this.socket = socket
    this.address = address
    this.reader.attach(this.socket)
    if (this.options.implicitTls) await this.upgrade('tls')
    return addresses
  }

  /** Switches the connection to TLS (after STARTTLS was accepted, or at once for implicit TLS). */
  async upgrade(phase: Phase): Promise<TlsInfo> {
    const socket = this.socket
    if (!socket) throw new ProbeError('closed', phase)
    this.reader.detach()
    const { socket: secure, info } = await this.transcript
      .time('tls', () => startTls(socket, this.options.host, this.options, this.deadline()))
      .catch((error: unknown) => {
        if (this.options.signal?.aborted) throw new ProbeError('aborted', phase)
        throw error instanceof ProbeError ? new ProbeError(error.code, phase, error.serverText) : error
      })
    this.socket = secure
    this.tls = info
    this.reader.attach(secure)
    if (this.options.signal?.aborted) this.onAbort()
    return info
  }

  /**
   * The next line from the server, recorded; a ProbeError if none comes within the step deadline.
   * A server may echo the login (the token, the base64 password): every form of the password is
   * replaced by `***` here, before any parser, transcript, finding or error message sees the line.
   */
  async readLine(phase: Phase, deadline = this.deadline()): Promise<string> {
    const line = redactText(await this.reader.readLine(phase, deadline), this.options.secretForms ?? [])
    this.transcript.server(line)
    return line
  }

  /** Sends one command line; `shown` is what the transcript records instead (to mask secrets). */
  send(line: string, shown: string = line): void {
    this.transcript.client(redactText(shown, this.options.secretForms ?? []))
    this.socket?.write(`${line}\r\n`)
  }

  /** The absolute deadline of a step that starts now. */
  deadline(): number {
    return Date.now() + this.options.stepTimeoutMs
  }

  /** Whether the channel is encrypted with a certificate we trust for this host. */
  get verified(): boolean {
    return this.tls?.verified === true
  }

  /** Closes the socket and forgets the abort listener; safe to call more than once. */
  close(): void {
    this.options.signal?.removeEventListener('abort', this.onAbort)
    this.reader.detach()
    this.socket?.destroy()
  }

  private throwIfAborted(phase: Phase): void {
    if (this.options.signal?.aborted) throw new ProbeError('aborted', phase)
  }

  private async resolve(): Promise<string[]> {
    const { host, dnsServers } = this.options
    if (isIP(host)) return [host]
    const lookup = async (): Promise<string[]> => {
      if (this.options.lookup) return this.options.lookup(host)
      if (dnsServers && dnsServers.length > 0) {
        const resolver = new dnsPromises.Resolver({ timeout: this.options.stepTimeoutMs, tries: 1 })
        resolver.setServers(dnsServers)
        const [v4, v6] = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)])
        const found = [
          ...(v4.status === 'fulfilled' ? v4.value : []),
          ...(v6.status === 'fulfilled' ? v6.value : []),
        ]
        if (found.length > 0) return found
        const reason = v4.status === 'rejected' ? (v4.reason as NodeJS.ErrnoException) : undefined
        throw reason ?? Object.assign(new Error('no address'), { code: 'ENOTFOUND' })
      }
      const results = await dnsPromises.lookup(host, { all: true, verbatim: true })
      return results.map((entry) => entry.address)
    }
    const timeout = new Promise<never>((_, reject) => {
      const timer = setTimeout(
        () => reject(new ProbeError('dns-timeout', 'dns', 'timeout')),
        this.options.stepTimeoutMs,
      )
      timer.unref()
    })
    const aborted = this.abortPromise('dns')
    try {
      return await Promise.race([lookup(), timeout, aborted])
    } catch (error) {
      if (error instanceof ProbeError) throw error
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ETIMEOUT' || code === 'ECONNREFUSED') throw new ProbeError('dns-timeout', 'dns', code)
      throw new ProbeError('name-not-found', 'dns', code ?? undefined)
    }
  }

  private abortPromise(phase: Phase): Promise<never> {
    return new Promise((_, reject) => {
      this.options.signal?.addEventListener('abort', () => reject(new ProbeError('aborted', phase)), {
        once: true,
      })
    })
  }

  /**
   * Connects to the host's addresses in the order DNS gave them, moving on when one fails (an IPv6
   * address on a network without IPv6, one server of several down), at most MAX_ADDRESSES of them;
   * each attempt has the step deadline. The failures passed over are kept in `skippedAddresses`.
   */
  private async connectToFirst(addresses: string[]): Promise<{ socket: Socket; address: string }> {
    const candidates = addresses.length > 0 ? addresses.slice(0, MAX_ADDRESSES) : [this.options.host]
    let lastError: ProbeError | undefined
    for (const address of candidates) {
      try {
        return { socket: await this.connectTcp(address), address }
      } catch (error) {
        if (!(error instanceof ProbeError) || error.code === 'aborted') throw error
        this.skippedAddresses.push({ address, code: error.code })
        lastError = error
      }
    }
    throw lastError ?? new ProbeError('connect-unreachable', 'connect')
  }

  private connectTcp(address: string): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const socket = netConnect({ host: address, port: this.options.port })
      const timer = setTimeout(
        () => fail(new ProbeError('connect-timeout', 'connect')),
        this.options.stepTimeoutMs,
      )
      const onAbort = () => fail(new ProbeError('aborted', 'connect'))
      this.options.signal?.addEventListener('abort', onAbort, { once: true })
      const cleanup = () => {
        clearTimeout(timer)
        this.options.signal?.removeEventListener('abort', onAbort)
        socket.off('error', onError)
      }
      const fail = (error: ProbeError) => {
        cleanup()
        socket.destroy()
        reject(error)
      }
      const onError = (error: NodeJS.ErrnoException) => {
        const code = error.code ?? ''
        if (code === 'ECONNREFUSED') fail(new ProbeError('connect-refused', 'connect', code))
        else if (code === 'ETIMEDOUT') fail(new ProbeError('connect-timeout', 'connect', code))
        else fail(new ProbeError('connect-unreachable', 'connect', code || error.message))
      }
      socket.on('error', onError)
      socket.once('connect', () => {
        cleanup()
        socket.setNoDelay(true)
        socket.on('error', () => undefined)
        resolve(socket)
      })
    })
  }
}
