import { isIP, type Socket } from 'node:net'
import {
  checkServerIdentity,
  connect,
  createSecureContext,
  rootCertificates,
  type SecureContext,
  type DetailedPeerCertificate,
  type PeerCertificate,
  type TLSSocket,
} from 'node:tls'
import { ProbeError } from './probe-error'

/** Why a certificate could not be trusted; each has a sentence under `probe:cert.<problem>`. */
export type CertProblem =
  'expired' | 'not-yet-valid' | 'self-signed' | 'untrusted-root' | 'incomplete-chain' | 'wrong-name' | 'other'

/** What a person or support needs to know about a server's certificate. */
export interface CertificateInfo {
  subject: string
  subjectAltNames: string[]
  issuer: string
  validFrom: string
  validTo: string
  /** Whole days until expiry (negative once expired). */
  daysLeft: number
  fingerprint256: string
  /** Certificates the server sent, the leaf included. */
  chainLength: number
}

/** The outcome of a TLS handshake: the channel's parameters and whether the certificate is trusted. */
export interface TlsInfo {
  protocol: string | null
  cipher: string | null
  verified: boolean
  problem: CertProblem | null
  /** The OpenSSL or Node error code behind `problem`, for support staff. */
  problemCode: string | null
  certificate: CertificateInfo | null
}

/** Trust settings of a handshake: the system store plus, optionally, extra CAs in PEM. */
export interface TrustOptions {
  extraCaPem?: string
}

const PROBLEM_BY_CODE: Record<string, CertProblem> = {
  CERT_HAS_EXPIRED: 'expired',
  CERT_NOT_YET_VALID: 'not-yet-valid',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'untrusted-root',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'incomplete-chain',
  UNABLE_TO_GET_ISSUER_CERT: 'incomplete-chain',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'incomplete-chain',
}

/** Maps a Node/OpenSSL verification error code to the problem a person is told about. */
export function certProblemOf(code: string): CertProblem {
  return PROBLEM_BY_CODE[code] ?? 'other'
}

/** Trust contexts already built, by the extra CAs they add (few: the system store, a test CA). */
const contexts = new Map<string, SecureContext>()
const MAX_CONTEXTS = 8

/**
 * The SecureContext of a trust setting, built once and reused: building one from the whole root
 * store costs about 50 ms of CPU on the main process, so building it per probe let 50 concurrent
 * TLS probes stall the app for seconds.
 */
export function trustContext(trust: TrustOptions): SecureContext {
  const key = trust.extraCaPem ?? ''
  let context = contexts.get(key)
  if (!context) {
    if (contexts.size >= MAX_CONTEXTS) contexts.clear()
    context = createSecureContext({ ca: key ? [...rootCertificates, key] : [...rootCertificates] })
    contexts.set(key, context)
  }
  return context
}

/**
 * Runs a TLS handshake over a connected socket (implicit TLS or after STARTTLS). The handshake
 * itself always completes when the server allows it, so the certificate can be shown even when it
 * is not trusted; trust is then decided here, against the system store plus `extraCaPem`, and the
 * host name is checked with Node's own checkServerIdentity. A caller must not send a password
 * unless `info.verified` is true. Fails with `tls-handshake` on a drop or by the deadline.
 */
export function startTls(
  socket: Socket,
  host: string,
  trust: TrustOptions,
  deadline: number,
): Promise<{ socket: TLSSocket; info: TlsInfo }> {
  return new Promise((resolve, reject) => {
    // Node reads the detailed chain to call checkServerIdentity (when the chain verified); it is kept
    // here so describe() need not read it a second time (about half a millisecond of CPU each).
    let peer: DetailedPeerCertificate | null = null
    const secure = connect({
      socket,
      ...(isIP(host) ? {} : { servername: host }),
      secureContext: trustContext(trust),
      rejectUnauthorized: false,
      checkServerIdentity: (_name, certificate) => {
        peer = certificate as DetailedPeerCertificate
        return undefined
      },
    })
    const timer = setTimeout(
      () => settle(new ProbeError('tls-handshake', 'tls', 'timeout')),
      Math.max(0, deadline - Date.now()),
    )
    const onError = (error: Error) => settle(new ProbeError('tls-handshake', 'tls', errorCode(error)))
    const onClose = () => settle(new ProbeError('tls-handshake', 'tls', 'closed'))
    const settle = (error?: ProbeError) => {
      clearTimeout(timer)
      secure.off('error', onError)
      secure.off('close', onClose)
      if (error) {
        secure.destroy()
        reject(error)
      } else {
        secure.on('error', () => undefined)
        resolve({ socket: secure, info: describe(secure, host, peer ?? secure.getPeerCertificate(true)) })
      }
    }
    secure.once('secureConnect', () => settle())
    secure.on('error', onError)
    secure.on('close', onClose)
  })
}

function errorCode(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code
  return code ?? error.message.slice(0, 200)
}

function describe(secure: TLSSocket, host: string, peer: DetailedPeerCertificate): TlsInfo {
  const hasPeer = peer && Object.keys(peer).length > 0
  const cipher = secure.getCipher()
  let problemCode: string | null = null
  if (!secure.authorized) problemCode = String(secure.authorizationError ?? 'UNKNOWN')
  else if (hasPeer) {
    const identity = checkServerIdentity(host, peer)
    if (identity) problemCode = (identity as NodeJS.ErrnoException).code ?? 'ERR_TLS_CERT_ALTNAME_INVALID'
  }
  const problem =
    problemCode === null
      ? null
      : problemCode === 'ERR_TLS_CERT_ALTNAME_INVALID'
        ? 'wrong-name'
        : certProblemOf(problemCode)
  return {
    protocol: secure.getProtocol(),
    cipher: cipher?.name ?? null,
    verified: problem === null && hasPeer,
    problem,
    problemCode,
    certificate: hasPeer ? describeCertificate(peer) : null,
  }
}

function describeCertificate(peer: DetailedPeerCertificate): CertificateInfo {
  let chainLength = 1
  const seen = new Set([peer.fingerprint256])
  for (
    let cert = peer.issuerCertificate;
    cert && !seen.has(cert.fingerprint256);
    cert = cert.issuerCertificate
  ) {
    seen.add(cert.fingerprint256)
    chainLength++
  }
  const validTo = new Date(peer.valid_to)
  return {
    subject: distinguishedName(peer.subject),
    subjectAltNames: (peer.subjectaltname ?? '').split(', ').filter(Boolean),
    issuer: distinguishedName(peer.issuer),
    validFrom: new Date(peer.valid_from).toISOString(),
    validTo: validTo.toISOString(),
    daysLeft: Math.floor((validTo.getTime() - Date.now()) / 86_400_000),
    fingerprint256: peer.fingerprint256,
    chainLength,
  }
}

function distinguishedName(name: PeerCertificate['subject'] | undefined): string {
  if (!name) return ''
  return Object.entries(name)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : String(value)}`)
    .join(', ')
}
