import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startRawServer, type RawBehaviour, type RunningRawServer } from '../e2e/servers/misbehaving-servers'
import { createTestPki, type TestPki } from '../e2e/servers/test-ca'
import { knownSession } from '../shared/report-export/fixture'
import type { Finding } from '../shared/report'
import { createApiService } from './api-service'

/**
 * Servers that echo what the client sent in their replies: the AUTH token, the base64 password,
 * the quoted IMAP password. Nothing the app writes (findings, transcripts, history, exports) may
 * hold the password in any form, even so.
 */
const USER = 'mario@example.test'
const PASSWORD = 'Echo-Me-Secr3t!'
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
const LEAKS = [PASSWORD, b64(PASSWORD).replace(/=+$/, ''), b64(`\0${USER}\0${PASSWORD}`).slice(0, 24)]

type Echo = (line: string, socket: Socket) => void

function echoing(greeting: string, answer: Echo, tls: TestPki['valid']): RawBehaviour {
  return { tls, onConnect: (socket) => socket.write(`${greeting}\r\n`), onLine: answer }
}

const smtpEcho =
  (mechanisms: string): Echo =>
  (line, socket) => {
    const verb = line.split(' ')[0]?.toUpperCase()
    if (verb === 'EHLO') socket.write(`250-mail.test.invalid\r\n250 AUTH ${mechanisms}\r\n`)
    else if (line.toUpperCase() === 'AUTH LOGIN') socket.write('334 VXNlcm5hbWU6\r\n')
    else if (verb === 'QUIT') socket.end('221 bye\r\n')
    else if (verb === 'AUTH' || /^[A-Za-z0-9+/=]+$/.test(line))
      socket.write(
        line === b64(USER) ? '334 UGFzc3dvcmQ6\r\n' : `535 5.7.8 Authentication failed for ${line}\r\n`,
      )
    else socket.write('250 ok\r\n')
  }

const imapEcho =
  (capabilities: string): Echo =>
  (line, socket) => {
    const [tag, verb] = line.split(' ')
    if (verb?.toUpperCase() === 'CAPABILITY')
      socket.write(`* CAPABILITY ${capabilities}\r\n${tag} OK done\r\n`)
    else if (verb?.toUpperCase() === 'LOGOUT') socket.end(`* BYE\r\n${tag} OK bye\r\n`)
    else socket.write(`${tag} NO [AUTHENTICATIONFAILED] You sent: ${line}\r\n`)
  }

const pop3Echo: Echo = (line, socket) => {
  if (line.toUpperCase() === 'QUIT') socket.end('+OK bye\r\n')
  else if (line.toUpperCase().startsWith('USER')) socket.write('+OK\r\n')
  else if (line.toUpperCase() === 'CAPA') socket.write('+OK\r\nUSER\r\n.\r\n')
  else socket.write(`-ERR [AUTH] rejected: ${line}\r\n`)
}

let pki: TestPki
const servers: RunningRawServer[] = []
const historyDir = mkdtempSync(join(tmpdir(), 'md-echo-history-'))

beforeAll(() => {
  pki = createTestPki()
})

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
  rmSync(historyDir, { recursive: true, force: true })
})

function service(port: number, kind: string) {
  return createApiService({
    appInfo: () => ({ version: '0.1.0', platform: 'test', locale: 'en-GB' }),
    openExternal: () => Promise.resolve(),
    setLanguage: () => undefined,
    send: () => undefined,
    engineOptions: { extraCaPem: pki.caPem, stepTimeoutMs: 3000, ports: { [kind]: port } },
    historyDir,
  })
}

describe('a server that echoes the login', () => {
  const cases: [string, string, (tls: TestPki['valid']) => RawBehaviour][] = [
    [
      'SMTP AUTH PLAIN',
      'submissions',
      (tls) => echoing('220 mail.test.invalid ESMTP', smtpEcho('PLAIN'), tls),
    ],
    [
      'SMTP AUTH LOGIN',
      'submissions',
      (tls) => echoing('220 mail.test.invalid ESMTP', smtpEcho('LOGIN'), tls),
    ],
    [
      'IMAP AUTHENTICATE PLAIN',
      'imaps',
      (tls) => echoing('* OK ready', imapEcho('IMAP4rev1 AUTH=PLAIN SASL-IR'), tls),
    ],
    ['IMAP LOGIN', 'imaps', (tls) => echoing('* OK ready', imapEcho('IMAP4rev1'), tls)],
    ['POP3 PASS', 'pop3s', (tls) => echoing('+OK ready', pop3Echo, tls)],
  ]

  it.each(cases)(
    '%s: no form of the password in findings, history or exports',
    async (_name, kind, behaviour) => {
      const server = await startRawServer(behaviour(pki.valid))
      servers.push(server)
      const api = service(server.port, kind)
      const request = { runId: `echo-${kind}`, kind, host: 'localhost', user: USER, password: PASSWORD }
      const login = await api.dispatch('probe:login', [request])
      expect(server.received()).toMatch(/AUTH|AUTHENTICATE|LOGIN|PASS/)
      const findings = (login as { ok: true; value: { findings: Finding[] } }).value.findings
      expect(JSON.stringify(findings)).toMatch(/\*\*\*/)

      const session = knownSession()
      session.id = `echo-${kind}-${Date.now()}`
      session.report.findings = findings
      expect(await api.dispatch('history:save', [session])).toMatchObject({ ok: true })
      const outputs = [JSON.stringify(login)]
      for (const format of ['md', 'html', 'json'])
        outputs.push(
          JSON.stringify(
            await api.dispatch('report:export', [{ session, format, language: 'en', shareSafely: false }]),
          ),
        )
      for (const file of readdirSync(historyDir, { recursive: true, encoding: 'utf8' }))
        if (file.endsWith('.json')) outputs.push(readFileSync(join(historyDir, file), 'utf8'))
      expect(outputs.length).toBeGreaterThan(4)
      for (const output of outputs) for (const leak of LEAKS) expect(output).not.toContain(leak)
    },
  )
})
