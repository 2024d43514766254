import { randomBytes } from 'node:crypto'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { SMTPServer, type SMTPServerOptions } from 'smtp-server'
import type { KeyAndCert } from './test-ca'

/** What a loopback SMTP server should do. */
export interface SmtpServerSetup {
  /** `starttls`: plain then STARTTLS (587 style); `implicit`: TLS from the start (465 style). */
  tls: 'starttls' | 'implicit'
  certificate: KeyAndCert
  /** Accepted logins: user → password. */
  users?: Record<string, string>
  /** Users whose login is refused with this reply text instead (e.g. blocked for spam). */
  authRefusals?: Record<string, { code: number; message: string }>
  /** Recipients refused at RCPT TO, with the reply. */
  recipientRefusals?: Record<string, { code: number; message: string }>
  /** The AUTH mechanisms announced (PLAIN and LOGIN when absent), e.g. `['XOAUTH2']` only. */
  authMethods?: string[]
  /** Also announce RFC 3463 enhanced status codes. */
  enhancedStatusCodes?: boolean
  /** Where accepted messages are delivered: a Maildir (its `new/` folder gets one file each). */
  maildir?: string
  /**
   * Header fields the server writes on top of each delivered message, as a receiving server does
   * (Received, Authentication-Results), from the envelope sender and the time.
   */
  stamp?: (mailFrom: string, now: Date) => string[]
}

/** A running loopback SMTP server. */
export interface RunningSmtpServer {
  port: number
  /** Every login attempt the server saw (user and whether the channel was encrypted). */
  logins: { user: string; password: string; secure: boolean }[]
  /** Raw messages accepted with DATA. */
  messages: string[]
  close(): Promise<void>
}

/** Starts an smtp-server on 127.0.0.1 on a free port, with AUTH and the given refusals. */
export async function startSmtpServer(setup: SmtpServerSetup): Promise<RunningSmtpServer> {
  const logins: RunningSmtpServer['logins'] = []
  const messages: string[] = []
  const options: SMTPServerOptions = {
    secure: setup.tls === 'implicit',
    key: setup.certificate.key,
    cert: setup.certificate.cert,
    name: 'mail.test.invalid',
    banner: 'MailDoctor test server',
    authMethods: setup.authMethods ?? ['PLAIN', 'LOGIN'],
    authOptional: true,
    size: 10_485_760,
    hideENHANCEDSTATUSCODES: !setup.enhancedStatusCodes,
    logger: false,
    disableReverseLookup: true,
    onAuth(auth, session, callback) {
      const user = auth.username ?? ''
      logins.push({ user, password: auth.password ?? '', secure: session.secure })
      const refusal = setup.authRefusals?.[user]
      if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }))
      if (setup.users?.[user] !== undefined && setup.users[user] === auth.password)
        return callback(null, { user })
      callback(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }))
    },
    onRcptTo(address, _session, callback) {
      const refusal = setup.recipientRefusals?.[address.address]
      if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }))
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        messages.push(raw)
        const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : ''
        const stamped = setup.stamp ? [...setup.stamp(mailFrom, new Date()), raw].join('\r\n') : raw
        deliver(setup.maildir, stamped).then(
          () => callback(),
          (error: Error) => callback(error),
        )
      })
    },
  }
  const server = new SMTPServer(options)
  server.on('error', () => undefined)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  return {
    port,
    logins,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

async function deliver(maildir: string | undefined, raw: string): Promise<void> {
  if (!maildir) return
  const name = `${Date.now()}.${randomBytes(6).toString('hex')}.maildoctor-test`
  await mkdir(join(maildir, 'tmp'), { recursive: true })
  await mkdir(join(maildir, 'new'), { recursive: true })
  await writeFile(join(maildir, 'tmp', name), raw.replace(/\r?\n/g, '\n'))
  await rename(join(maildir, 'tmp', name), join(maildir, 'new', name))
}
