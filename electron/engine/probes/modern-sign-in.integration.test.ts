import type { Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  startRawServer,
  type RawBehaviour,
  type RunningRawServer,
} from '../../../e2e/servers/misbehaving-servers'
import { startSmtpServer, type RunningSmtpServer } from '../../../e2e/servers/smtp-servers'
import { createTestPki, type TestPki } from '../../../e2e/servers/test-ca'
import { createI18n, renderMsg } from '../../../shared/i18n'
import type { Finding } from '../../../shared/report'
import { runProbe } from './run-probe'
import type { AuthOutcome } from './probe-types'

const credentials = { user: 'anna@example.test', password: 'right-or-wrong' }

let pki: TestPki
const servers: { close(): Promise<void> }[] = []
beforeAll(() => {
  pki = createTestPki()
})
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
})

/** An SMTP server over TLS that offers these AUTH mechanisms and answers AUTH with these lines. */
function smtpReplying(mechanisms: string, authReply: string[]): RawBehaviour {
  return {
    tls: pki.valid,
    onConnect: (socket: Socket) => socket.write('220 mail.test.invalid ESMTP\r\n'),
    onLine: (line: string, socket: Socket) => {
      const verb = line.split(' ')[0]?.toUpperCase()
      if (verb === 'EHLO') socket.write(`250-mail.test.invalid\r\n250 AUTH ${mechanisms}\r\n`)
      else if (verb === 'AUTH') socket.write(`${authReply.join('\r\n')}\r\n`)
      else if (verb === 'QUIT') socket.end('221 bye\r\n')
      else socket.write('250 ok\r\n')
    },
  }
}

/** An IMAP server over TLS with these capabilities that answers LOGIN/AUTHENTICATE with this line. */
function imapReplying(capabilities: string, loginReply: string): RawBehaviour {
  return {
    tls: pki.valid,
    onConnect: (socket: Socket) => socket.write('* OK IMAP ready\r\n'),
    onLine: (line: string, socket: Socket) => {
      const [tag = '*', command = ''] = line.split(' ')
      const verb = command.toUpperCase()
      if (verb === 'CAPABILITY') socket.write(`* CAPABILITY ${capabilities}\r\n${tag} OK done\r\n`)
      else if (verb === 'LOGIN' || verb === 'AUTHENTICATE') socket.write(`${tag} ${loginReply}\r\n`)
      else if (verb === 'LOGOUT') socket.end(`* BYE\r\n${tag} OK bye\r\n`)
      else socket.write(`${tag} BAD what\r\n`)
    },
  }
}

async function login(kind: 'submissions' | 'imaps', behaviour: RawBehaviour): Promise<Finding> {
  const server: RunningRawServer = await startRawServer(behaviour)
  servers.push(server)
  const result = await runProbe(
    { kind, host: '127.0.0.1', port: server.port },
    { stepTimeoutMs: 3000, extraCaPem: pki.caPem, credentials },
  )
  const finding = result.findings.find((f) => f.id === 'smtp.auth' || f.id === 'mailbox.auth') as Finding
  expect(JSON.stringify(result)).not.toContain(credentials.password)
  return finding
}

function outcomeOf(finding: Finding): AuthOutcome {
  return (finding.evidence as { outcome: AuthOutcome }).outcome
}

const english = createI18n('en')
const italian = createI18n('it')

describe('modern sign-in and app passwords, from what servers say', () => {
  it('SMTP offering only XOAUTH2/OAUTHBEARER: the password is never sent, and the person is told why', async () => {
    const server = await startRawServer(smtpReplying('XOAUTH2 OAUTHBEARER', ['535 no']))
    servers.push(server)
    const result = await runProbe(
      { kind: 'submissions', host: '127.0.0.1', port: server.port },
      { stepTimeoutMs: 3000, extraCaPem: pki.caPem, credentials },
    )
    const auth = result.findings.find((f) => f.id === 'smtp.auth') as Finding
    expect(outcomeOf(auth)).toBe('modern-auth-required')
    expect(auth.remedies).toContain('use-modern-sign-in')
    expect(server.received()).not.toMatch(/^AUTH /m)
    expect(renderMsg(english, auth.title)).toContain('no longer takes the mailbox password')
    expect(renderMsg(italian, auth.title)).toContain('non accetta più la password')
  })

  it('smtp-server offering only XOAUTH2: modern sign-in, while PLAIN/LOGIN is an ordinary refusal', async () => {
    const oauthOnly: RunningSmtpServer = await startSmtpServer({
      tls: 'implicit',
      certificate: pki.valid,
      authMethods: ['XOAUTH2'],
    })
    const plain: RunningSmtpServer = await startSmtpServer({ tls: 'implicit', certificate: pki.valid })
    servers.push(oauthOnly, plain)
    const outcome = async (port: number) => {
      const result = await runProbe(
        { kind: 'submissions', host: '127.0.0.1', port },
        { stepTimeoutMs: 3000, extraCaPem: pki.caPem, credentials },
      )
      return outcomeOf(result.findings.find((f) => f.id === 'smtp.auth') as Finding)
    }
    expect(await outcome(oauthOnly.port)).toBe('modern-auth-required')
    expect(oauthOnly.logins).toEqual([])
    expect(await outcome(plain.port)).toBe('wrong-credentials')
  })

  it.each<[string, string[], AuthOutcome]>([
    [
      'Microsoft: SMTP AUTH off for the tenant',
      ['535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.'],
      'modern-auth-required',
    ],
    [
      'Microsoft: basic authentication off',
      ['535 5.7.139 Authentication unsuccessful, basic authentication is disabled.'],
      'modern-auth-required',
    ],
    [
      'Microsoft: basic authentication not supported for Client Submission',
      ['550 5.7.30 Basic authentication is not supported for Client Submission.'],
      'modern-auth-required',
    ],
    ['Microsoft: 5.7.3', ['535 5.7.3 Authentication unsuccessful'], 'wrong-or-modern-auth'],
    [
      'Google: app password required',
      [
        '534-5.7.9 Application-specific password required. Learn more at',
        '534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor',
      ],
      'app-password',
    ],
    [
      'Google: username and password not accepted',
      [
        '535-5.7.8 Username and Password not accepted. For more information, go to',
        '535 5.7.8  https://support.google.com/mail/?p=BadCredentials',
      ],
      'wrong-or-app-password',
    ],
  ])('SMTP: %s', async (_label, reply, outcome) => {
    const finding = await login('submissions', smtpReplying('PLAIN LOGIN', reply))
    expect(outcomeOf(finding)).toBe(outcome)
    expect(finding.status).toBe('fail')
    for (const i18n of [english, italian]) expect(renderMsg(i18n, finding.detail)).not.toMatch(/\{\{/)
  })

  it.each<[string, string, AuthOutcome]>([
    [
      '[ALERT] Application-specific password required',
      'NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)',
      'app-password',
    ],
    [
      '[AUTHENTICATIONFAILED] Invalid credentials',
      'NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)',
      'wrong-or-app-password',
    ],
    [
      '[ALERT] Please log in via your web browser',
      'NO [ALERT] Please log in via your web browser: https://support.google.com/mail/accounts/answer/78754 (Failure)',
      'modern-auth-required',
    ],
    [
      '[WEBALERT …]',
      'NO [WEBALERT https://accounts.google.com/signin/continue?sarp=1] Web login required.',
      'modern-auth-required',
    ],
  ])('IMAP: %s', async (_label, reply, outcome) => {
    const finding = await login('imaps', imapReplying('IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2', reply))
    expect(outcomeOf(finding)).toBe(outcome)
  })

  it('IMAP offering only XOAUTH2 with LOGINDISABLED: no password sent, modern sign-in said', async () => {
    const server = await startRawServer(
      imapReplying('IMAP4rev1 LOGINDISABLED AUTH=XOAUTH2 AUTH=OAUTHBEARER', 'NO no'),
    )
    servers.push(server)
    const result = await runProbe(
      { kind: 'imaps', host: '127.0.0.1', port: server.port },
      { stepTimeoutMs: 3000, extraCaPem: pki.caPem, credentials },
    )
    const auth = result.findings.find((f) => f.id === 'mailbox.auth') as Finding
    expect(outcomeOf(auth)).toBe('modern-auth-required')
    expect(server.received()).not.toMatch(/LOGIN "|AUTHENTICATE/)
  })
})
