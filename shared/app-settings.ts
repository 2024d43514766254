import { z } from 'zod'

/** Why a typed DNS server was refused; each has a text under `common:settings.error`. */
export type DnsServerError = 'empty' | 'notAnAddress' | 'badPort' | 'tooMany'

/** The most DNS servers the settings keep. */
export const MAX_DNS_SERVERS = 4

/** What a typed DNS server became: the address in the form the engine reads, or why it is refused. */
export type DnsServerParse = { ok: true; server: string } | { ok: false; error: DnsServerError }

const ipv4 = z.ipv4()
const ipv6 = z.ipv6()

/**
 * Reads one DNS server as support staff type it: an IPv4 or IPv6 address with an optional port
 * (`192.0.2.53`, `192.0.2.53:5353`, `2001:db8::53`, `[2001:db8::53]:5353`). Names are refused: the
 * resolver is what turns names into addresses. The result is `host`, `host:port` or `[v6]:port`.
 */
export function parseDnsServer(value: string): DnsServerParse {
  const text = value.trim()
  if (text === '') return { ok: false, error: 'empty' }
  const bracketed = /^\[([^\]]+)\](?::([^:]*))?$/.exec(text)
  if (bracketed) {
    const host = bracketed[1] ?? ''
    if (!ipv6.safeParse(host).success) return { ok: false, error: 'notAnAddress' }
    return withPort(`[${host}]`, bracketed[2], host)
  }
  if (ipv6.safeParse(text).success) return { ok: true, server: text }
  const [host = '', port, ...rest] = text.split(':')
  if (rest.length > 0 || !ipv4.safeParse(host).success) return { ok: false, error: 'notAnAddress' }
  return withPort(host, port, host)
}

function withPort(prefix: string, port: string | undefined, bare: string): DnsServerParse {
  if (port === undefined) return { ok: true, server: bare }
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)
    return { ok: false, error: 'badPort' }
  return { ok: true, server: `${prefix}:${Number(port)}` }
}

/** One DNS server of the settings, already in the engine's form. */
export const DnsServerSettingSchema = z
  .string()
  .max(64)
  .refine(
    (value) => parseDnsServer(value).ok,
    'a DNS server is an IPv4 or IPv6 address with an optional port',
  )

/**
 * The app's settings, kept by main in the user-data folder (never a secret in them).
 * `dnsServers` empty: the checks use the resolvers the app was started with (the system's).
 * `allowPrivate` true: the checks connect to loopback, private and link-local addresses too; absent
 * or false: they follow the launch (off unless MAILDOCTOR_ALLOW_PRIVATE=1). A save without it keeps
 * the saved value.
 */
export const AppSettingsSchema = z.strictObject({
  dnsServers: z.array(DnsServerSettingSchema).max(MAX_DNS_SERVERS),
  allowPrivate: z.boolean().optional(),
})
/** The app's settings. */
export type AppSettings = z.infer<typeof AppSettingsSchema>

/** The settings of a first start, or of a settings file that cannot be read. */
export const DEFAULT_SETTINGS: AppSettings = { dnsServers: [] }
