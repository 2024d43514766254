import type { Phase } from './transcript'

/**
 * Why a probe could not go on. Each has a sentence for a person under `probe:failure.<code>` and
 * remedies in classify.ts.
 */
export type FailureCode =
  | 'bad-input'
  | 'name-not-found'
  | 'dns-timeout'
  | 'connect-timeout'
  | 'connect-refused'
  | 'connect-unreachable'
  | 'private-address'
  | 'no-greeting'
  | 'greeting-rejected'
  | 'timeout'
  | 'closed'
  | 'line-too-long'
  | 'reply-too-long'
  | 'malformed-reply'
  | 'command-rejected'
  | 'starttls-missing'
  | 'starttls-refused'
  | 'tls-handshake'
  | 'aborted'

/** A failure of one phase of a probe, with what the server said last if anything. */
export class ProbeError extends Error {
  constructor(
    readonly code: FailureCode,
    readonly phase: Phase,
    readonly serverText?: string,
  ) {
    super(`${code} during ${phase}`)
  }
}
