import type { Socket } from 'node:net'
import { ProbeError } from './probe-error'
import type { Phase } from './transcript'

/** Limits of a LineReader: a longer line or a silent server ends the read with a ProbeError. */
export interface LineReaderLimits {
  /** Longest line accepted, in bytes, without its line ending. */
  maxLineBytes: number
}

interface Waiter {
  resolve: (line: string) => void
  reject: (error: ProbeError) => void
  phase: Phase
  timer: NodeJS.Timeout
}

/**
 * Reads a socket one line at a time with hard limits. Written here rather than taken from a library
 * because a diagnostic must survive servers that never answer, answer one 2 MB line, or hang up:
 * each read has its own deadline, a line over the limit ends the read at once (the buffer never
 * grows past the limit), and a closed socket or an aborted probe wakes the reader immediately.
 * Lines end at LF; a CR before it is removed.
 */
export class LineReader {
  private chunks: Buffer[] = []
  private buffered = 0
  private readonly lines: string[] = []
  private waiter: Waiter | undefined
  private failure: ((phase: Phase) => ProbeError) | undefined
  private socket: Socket | undefined
  private readonly onData = (data: Buffer) => this.take(data)
  private readonly onEnd = () => this.fail((phase) => new ProbeError('closed', phase))

  constructor(private readonly limits: LineReaderLimits) {}

  /** Reads from this socket from now on (after STARTTLS, the TLS socket replaces the plain one). */
  attach(socket: Socket): void {
    this.detach()
    this.socket = socket
    socket.on('data', this.onData)
    socket.on('end', this.onEnd)
    socket.on('close', this.onEnd)
  }

  /** Stops reading; returns how many bytes had arrived and were not read yet. */
  detach(): number {
    const unread = this.buffered + this.lines.reduce((sum, line) => sum + line.length + 2, 0)
    if (this.socket) {
      this.socket.off('data', this.onData)
      this.socket.off('end', this.onEnd)
      this.socket.off('close', this.onEnd)
      this.socket = undefined
    }
    this.chunks = []
    this.buffered = 0
    this.lines.length = 0
    return unread
  }

  /** Fails every read from now on with this error (used when the probe is aborted). */
  fail(error: (phase: Phase) => ProbeError): void {
    this.failure ??= error
    const waiter = this.waiter
    if (waiter && this.lines.length === 0) {
      this.waiter = undefined
      clearTimeout(waiter.timer)
      waiter.reject(error(waiter.phase))
    }
  }

  /** The next line, or a ProbeError: `timeout` when nothing arrives by `deadline` (epoch ms). */
  readLine(phase: Phase, deadline: number): Promise<string> {
    const line = this.lines.shift()
    if (line !== undefined) return Promise.resolve(line)
    if (this.failure) return Promise.reject(this.failure(phase))
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => {
          this.waiter = undefined
          reject(new ProbeError('timeout', phase))
        },
        Math.max(0, deadline - Date.now()),
      )
      this.waiter = { resolve, reject, phase, timer }
    })
  }

  private take(data: Buffer): void {
    let start = 0
    for (let index = data.indexOf(10); index !== -1; index = data.indexOf(10, start)) {
      this.chunks.push(data.subarray(start, index))
      this.buffered += index - start
      if (this.buffered > this.limits.maxLineBytes) return this.overflow()
      const line = Buffer.concat(this.chunks).toString('utf8').replace(/\r$/, '')
      this.chunks = []
      this.buffered = 0
      this.deliver(line)
      start = index + 1
    }
    if (start < data.length) {
      this.chunks.push(data.subarray(start))
      this.buffered += data.length - start
      if (this.buffered > this.limits.maxLineBytes) this.overflow()
    }
  }

  private overflow(): void {
    this.chunks = []
    this.buffered = 0
    this.socket?.destroy()
    this.fail((phase) => new ProbeError('line-too-long', phase))
  }

  private deliver(line: string): void {
    const waiter = this.waiter
    if (waiter) {
      this.waiter = undefined
      clearTimeout(waiter.timer)
      waiter.resolve(line)
    } else {
      this.lines.push(line)
    }
  }
}
