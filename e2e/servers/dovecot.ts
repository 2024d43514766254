import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, chown, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { connect, createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { KeyAndCert } from './test-ca'

/** Where Debian installs Dovecot (dovecot-imapd, dovecot-pop3d). */
export const DOVECOT_BINARY = '/usr/sbin/dovecot'

/** Why Dovecot tests cannot run here, or null when they can. */
export function dovecotUnavailable(): string | null {
  if (!existsSync(DOVECOT_BINARY))
    return `${DOVECOT_BINARY} is not installed (apt-get install dovecot-imapd dovecot-pop3d)`
  if (process.getuid?.() !== 0) return 'Dovecot tests start the server as root with a throw-away config'
  return null
}

/** A running Dovecot on 127.0.0.1 with IMAP, IMAPS, POP3 and POP3S, and one Maildir per user. */
export interface RunningDovecot {
  ports: { imap: number; imaps: number; pop3: number; pop3s: number }
  /** The Maildir of a user (its `new/` folder takes delivered messages). */
  maildir(user: string): string
  /** Dovecot's log, for a failing test to print. */
  log(): Promise<string>
  stop(): Promise<void>
}

/** The uid and gid of a system user, read from /etc/passwd. */
async function systemUser(name: string): Promise<{ uid: number; gid: number }> {
  const line = (await readFile('/etc/passwd', 'utf8'))
    .split('\n')
    .find((entry) => entry.startsWith(`${name}:`))
  const [, , uid, gid] = line?.split(':') ?? []
  if (uid === undefined || gid === undefined) throw new Error(`system user ${name} not found`)
  return { uid: Number(uid), gid: Number(gid) }
}

async function chownTree(path: string, owner: { uid: number; gid: number }): Promise<void> {
  await chown(path, owner.uid, owner.gid)
  for (const entry of await readdir(path, { withFileTypes: true }))
    if (entry.isDirectory()) await chownTree(join(path, entry.name), owner)
    else await chown(join(path, entry.name), owner.uid, owner.gid)
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

async function waitForPort(port: number, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port })
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`Dovecot did not listen on 127.0.0.1:${port} in time`)
}

/**
 * Starts Dovecot in the foreground with a config under a fresh temp dir: its own base_dir, a
 * passwd-file for users and passwords, Maildirs, and the test certificate. Plain-text logins are
 * refused until TLS is up (disable_plaintext_auth), as on a real provider.
 */
export async function startDovecot(options: {
  certificate: KeyAndCert
  users: Record<string, string>
  /**
   * Login processes that serve many connections (Dovecot's "high-performance" mode) instead of one
   * new process per connection: for benchmarks, where a fork and a TLS set-up per connection would
   * spend this machine's CPU on the server's side of hundreds of connections.
   */
  sharedLoginProcesses?: boolean
  /** Storage limits in KiB by user: turns on the quota plugin (IMAP QUOTA, RFC 9208). */
  quotaKib?: Record<string, number>
  /** Folders with a special use (RFC 6154), made for every user: Junk, Trash and Sent. */
  specialFolders?: boolean
  /** More folders made for every user, by name (a rule's folder, say). */
  extraFolders?: readonly string[]
}): Promise<RunningDovecot> {
  const root = await mkdtemp(join(tmpdir(), 'maildoctor-dovecot-'))
  const ports = {
    imap: await freePort(),
    imaps: await freePort(),
    pop3: await freePort(),
    pop3s: await freePort(),
  }
  const dirs = ['run', 'state', 'mail']
  for (const dir of dirs) await mkdir(join(root, dir), { recursive: true })
  await chmod(root, 0o755)
  const maildir = (user: string) => join(root, 'mail', user.replace(/[^A-Za-z0-9.@-]/g, '_'), 'Maildir')
  const owner = await systemUser('dovecot')
  const folders = [
    ...(options.specialFolders ? ['', '.Junk', '.Trash', '.Sent'] : ['']),
    ...(options.extraFolders ?? []).map((name) => `.${name}`),
  ]
  for (const user of Object.keys(options.users))
    for (const folder of folders)
      for (const sub of ['cur', 'new', 'tmp'])
        await mkdir(join(maildir(user), folder, sub), { recursive: true })
  await chownTree(join(root, 'mail'), owner)
  await writeFile(join(root, 'cert.pem'), options.certificate.cert)
  await writeFile(join(root, 'key.pem'), options.certificate.key, { mode: 0o600 })
  await writeFile(
    join(root, 'users'),
    Object.entries(options.users)
      .map(
        ([user, password]) =>
          `${user}:{PLAIN}${password}:${owner.uid}:${owner.gid}::${join(maildir(user), '..')}::userdb_mail=maildir:${maildir(user)}${quotaRule(options.quotaKib?.[user])}`,
      )
      .join('\n') + '\n',
  )
  const shared = options.sharedLoginProcesses
    ? '  service_count = 0\n  process_min_avail = 2\n  client_limit = 1000\n'
    : ''
  const config = `
base_dir = ${join(root, 'run')}
state_dir = ${join(root, 'state')}
log_path = ${join(root, 'dovecot.log')}
protocols = imap pop3
listen = 127.0.0.1
default_internal_user = dovecot
default_login_user = dovenull
auth_failure_delay = 0
login_trusted_networks = 127.0.0.1/32
first_valid_uid = ${owner.uid}
first_valid_gid = ${owner.gid}
ssl = yes
ssl_cert = <${join(root, 'cert.pem')}
ssl_key = <${join(root, 'key.pem')}
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${join(root, 'users')}
}
userdb {
  driver = passwd-file
  args = ${join(root, 'users')}
}
service imap-login {
${shared}  inet_listener imap {
    address = 127.0.0.1
    port = ${ports.imap}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${ports.imaps}
    ssl = yes
  }
}
service pop3-login {
${shared}  inet_listener pop3 {
    address = 127.0.0.1
    port = ${ports.pop3}
  }
  inet_listener pop3s {
    address = 127.0.0.1
    port = ${ports.pop3s}
    ssl = yes
  }
}
`
  const configPath = join(root, 'dovecot.conf')
  await writeFile(
    configPath,
    config + (options.quotaKib ? QUOTA_CONFIG : '') + (options.specialFolders ? SPECIAL_FOLDERS_CONFIG : ''),
  )
  const child: ChildProcess = spawn(DOVECOT_BINARY, ['-F', '-c', configPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (data: Buffer) => (output += data.toString()))
  child.stderr?.on('data', (data: Buffer) => (output += data.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const log = async () => `${output}\n${await readFile(join(root, 'dovecot.log'), 'utf8').catch(() => '')}`
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))])
      if (child.exitCode === null) child.kill('SIGKILL')
    }
    await rm(root, { recursive: true, force: true })
  }
  try {
    const deadline = Date.now() + 10_000
    for (const port of Object.values(ports)) await waitForPort(port, deadline)
  } catch (error) {
    const text = await log()
    await stop()
    throw new Error(`${(error as Error).message}\n${text}`, { cause: error })
  }
  return { ports, maildir, log, stop }
}

function quotaRule(kib: number | undefined): string {
  return kib === undefined ? '' : ` userdb_quota_rule=*:storage=${kib}K`
}

/** The quota plugin, counted from the Maildir itself, and its IMAP commands. */
const QUOTA_CONFIG = `
mail_plugins = $mail_plugins quota
protocol imap {
  mail_plugins = $mail_plugins imap_quota
}
plugin {
  quota = maildir:User quota
}
`

/** The inbox namespace with folders that carry their special use (LIST shows \\Junk and the others). */
const SPECIAL_FOLDERS_CONFIG = `
namespace inbox {
  inbox = yes
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
}
`
