import { generateKeyPairSync } from 'node:crypto'
import forge from 'node-forge'

/** A key and certificate in PEM, ready for node:tls or smtp-server. */
export interface KeyAndCert {
  key: string
  cert: string
}

/** The certificates of a test run: a CA to trust, and server certificates good and bad. */
export interface TestPki {
  /** The root CA the client is told to trust (EngineOptions.extraCaPem). */
  caPem: string
  /** Valid for 127.0.0.1 and localhost, issued by the CA directly. */
  valid: KeyAndCert
  /** Valid for 127.0.0.1, issued by an intermediate; `cert` holds leaf + intermediate. */
  chained: KeyAndCert
  /** The same leaf as `chained` without its intermediate: a missing intermediate. */
  missingIntermediate: KeyAndCert
  /** Issued by the CA for 127.0.0.1, expired yesterday. */
  expired: KeyAndCert
  /** Self-signed for 127.0.0.1. */
  selfSigned: KeyAndCert
  /** Issued by the CA, but for other.example only. */
  wrongName: KeyAndCert
}

interface Issuer {
  key: forge.pki.rsa.PrivateKey
  cert: forge.pki.Certificate
}

let serial = 1

/** RSA keys from node:crypto (native, fast) handed to node-forge, which writes the certificates. */
function newKeys(): {
  privateKey: forge.pki.rsa.PrivateKey
  publicKey: forge.pki.rsa.PublicKey
  pem: string
} {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()
  const forgeKey = forge.pki.privateKeyFromPem(pem)
  return { privateKey: forgeKey, publicKey: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e), pem }
}

function issue(options: {
  commonName: string
  names: string[]
  ips: string[]
  ca: boolean
  issuer: Issuer | 'self'
  notBefore: Date
  notAfter: Date
}): { cert: forge.pki.Certificate; key: forge.pki.rsa.PrivateKey; keyPem: string; certPem: string } {
  const keys = newKeys()
  const cert = forge.pki.createCertificate()
  cert.publicKey = keys.publicKey
  cert.serialNumber = (serial++).toString(16).padStart(2, '0')
  cert.validity.notBefore = options.notBefore
  cert.validity.notAfter = options.notAfter
  const subject = [{ name: 'commonName', value: options.commonName }]
  cert.setSubject(subject)
  cert.setIssuer(options.issuer === 'self' ? subject : options.issuer.cert.subject.attributes)
  const altNames = [
    ...options.names.map((value) => ({ type: 2, value })),
    ...options.ips.map((ip) => ({ type: 7, ip })),
  ]
  cert.setExtensions([
    { name: 'basicConstraints', cA: options.ca, critical: true },
    options.ca
      ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }
      : { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    ...(options.ca ? [] : [{ name: 'extKeyUsage', serverAuth: true }]),
    ...(altNames.length > 0 ? [{ name: 'subjectAltName', altNames }] : []),
    { name: 'subjectKeyIdentifier' },
  ])
  cert.sign(options.issuer === 'self' ? keys.privateKey : options.issuer.key, forge.md.sha256.create())
  return { cert, key: keys.privateKey, keyPem: keys.pem, certPem: forge.pki.certificateToPem(cert) }
}

/**
 * Creates a fresh CA and server certificates for 127.0.0.1 (and `extraNames`, for fixtures whose
 * mail hosts resolve to loopback); nothing is written to disk.
 */
export function createTestPki(extraNames: string[] = []): TestPki {
  const day = 86_400_000
  const now = Date.now()
  const from = new Date(now - day)
  const until = new Date(now + 30 * day)
  const root = issue({
    commonName: 'MailDoctor Test Root',
    names: [],
    ips: [],
    ca: true,
    issuer: 'self',
    notBefore: from,
    notAfter: until,
  })
  const rootIssuer = { key: root.key, cert: root.cert }
  const server = { names: ['localhost', ...extraNames], ips: ['127.0.0.1'], ca: false }
  const valid = issue({
    commonName: 'localhost',
    ...server,
    issuer: rootIssuer,
    notBefore: from,
    notAfter: until,
  })
  const intermediate = issue({
    commonName: 'MailDoctor Test Intermediate',
    names: [],
    ips: [],
    ca: true,
    issuer: rootIssuer,
    notBefore: from,
    notAfter: until,
  })
  const leaf = issue({
    commonName: 'localhost',
    ...server,
    issuer: { key: intermediate.key, cert: intermediate.cert },
    notBefore: from,
    notAfter: until,
  })
  const expired = issue({
    commonName: 'localhost',
    ...server,
    issuer: rootIssuer,
    notBefore: new Date(now - 60 * day),
    notAfter: new Date(now - day),
  })
  const selfSigned = issue({
    commonName: 'localhost',
    ...server,
    issuer: 'self',
    notBefore: from,
    notAfter: until,
  })
  const wrongName = issue({
    commonName: 'other.example',
    names: ['other.example'],
    ips: [],
    ca: false,
    issuer: rootIssuer,
    notBefore: from,
    notAfter: until,
  })
  return {
    caPem: root.certPem,
    valid: { key: valid.keyPem, cert: valid.certPem },
    chained: { key: leaf.keyPem, cert: leaf.certPem + intermediate.certPem },
    missingIntermediate: { key: leaf.keyPem, cert: leaf.certPem },
    expired: { key: expired.keyPem, cert: expired.certPem },
    selfSigned: { key: selfSigned.keyPem, cert: selfSigned.certPem },
    wrongName: { key: wrongName.keyPem, cert: wrongName.certPem },
  }
}
