import { afterAll, describe, expect, it } from 'vitest'
import {
  startRawServer,
  type RawBehaviour,
  type RunningRawServer,
} from '../../../e2e/servers/misbehaving-servers'
import { probeImap } from './imap-probe'
import { lookInMailbox } from './mailbox-look'
import { probePop3 } from './pop3-probe'
import type { AuthResult, ProbeCredentials } from './probe-types'

const PASSWORD = 'plain-secret-9'
const credentials: ProbeCredentials = { user: 'mario@example.test', password: PASSWORD }
const running: RunningRawServer[] = []
afterAll(() => Promise.all(running.map((server) => server.close())))

/** An IMAP server on a plain port that offers no STARTTLS, and answers every tagged command OK. */
const plainImap: RawBehaviour = {
  onConnect: (socket) => socket.write('* OK ready\r\n'),
  onLine: (line, socket) => {
    const [tag, verb] = line.split(' ')
    if (verb?.toUpperCase() === 'CAPABILITY') socket.write('* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n')
    socket.write(`${tag ?? '*'} OK done\r\n`)
  },
}

/** A POP3 server on a plain port that offers no STLS, and answers every command +OK. */
const plainPop3: RawBehaviour = {
  onConnect: (socket) => socket.write('+OK ready\r\n'),
  onLine: (line, socket) => socket.write(line.toUpperCase() === 'CAPA' ? '+OK\r\nUSER\r\n.\r\n' : '+OK\r\n'),
}

async function serve(behaviour: RawBehaviour): Promise<RunningRawServer> {
  const server = await startRawServer(behaviour)
  running.push(server)
  return server
}

const options = { stepTimeoutMs: 2000, allowPrivateAddresses: true }

describe('the mailbox login step, shared by the probes and the mailbox look', () => {
  it.each([
    ['imap', plainImap],
    ['pop3', plainPop3],
  ] as const)('never sends the login over plain %s, and says why', async (kind, behaviour) => {
    const probed = await serve(behaviour)
    const target = { kind, host: '127.0.0.1', port: probed.port }
    const probe =
      kind === 'imap'
        ? await probeImap({ ...target, kind }, { ...options, credentials })
        : await probePop3({ ...target, kind }, { ...options, credentials })
    const looked = await serve(behaviour)
    const look = await lookInMailbox({ mailbox: { ...target, port: looked.port }, credentials }, options)
    const refused: AuthResult = { outcome: 'refused-plaintext', mechanism: null, reply: null }
    expect([probe.auth, look.auth]).toEqual([refused, refused])
    expect(look.findings.map((finding) => finding.status)).toContain('fail')
    for (const server of [probed, looked]) {
      expect(server.received()).not.toContain(PASSWORD)
      expect(server.received()).not.toContain(credentials.user)
    }
  })
})
