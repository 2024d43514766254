import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import { rootCertificates } from 'node:tls'
import { z } from 'zod'
import { sortAddresses } from '../util/private-address'

/** The largest RDAP answer read, in bytes: a domain object is a few kilobytes. */
export const MAX_RDAP_BYTES = 256 * 1024
/** How many redirects are followed (rdap.org sends one to the registry). */
const MAX_REDIRECTS = 3

/** The part of an RDAP domain object (RFC 9083) the check reads; anything else is ignored. */
const RdapDomainSchema = z.object({
  ldhName: z.string().max(300).optional(),
  status: z.array(z.string().max(100)).max(50).optional(),
  events: z
    .array(
      z.object({ eventAction: z.string().max(100).optional(), eventDate: z.string().max(100).optional() }),
    )
    .max(100)
    .optional(),
})

/** An RDAP domain object, as far as its shape was checked. */
export type RdapDomain = z.infer<typeof RdapDomainSchema>

/** How one RDAP request ended. */
export type RdapFetch =
  { kind: 'found'; data: RdapDomain } | { kind: 'notFound' } | { kind: 'failed'; reason: string }

class RdapRefusal extends Error {}

/** A resolver for node:http that refuses private addresses unless they are allowed. */
function guardedLookup(allowPrivate: boolean | undefined): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, found: LookupAddress[]) => {
      if (error) return callback(error, '', 0)
      const { allowed } = sortAddresses(
        found.map((entry) => entry.address),
        allowPrivate,
      )
      const first = found.find((entry) => entry.address === allowed[0])
      if (!first) return callback(new RdapRefusal('private-address'), '', 0)
      if (options.all) return callback(null, [first])
      callback(null, first.address, first.family)
    })
  }
}

/** How an RDAP request may connect, besides the private-address rule. */
export interface RdapFetchOptions {
  /**
   * The first URL is the RDAP server staff configured (MAILDOCTOR_RDAP): it is asked wherever it is.
   * The servers it redirects to still follow the private-address rule.
   */
  trustStart?: boolean
  /** Certificate authorities trusted besides the system's (EngineOptions.extraCaPem). */
  extraCaPem?: string
}

/** One GET, its body read up to MAX_RDAP_BYTES; redirects come back as their location. */
function get(url: URL, allowPrivate: boolean | undefined, signal: AbortSignal, extraCaPem?: string) {
  return new Promise<{ status: number; location: string | null; body: string }>((resolve, reject) => {
    const host = url.hostname.replace(/^\[|\]$/g, '')
    if (isIP(host) && sortAddresses([host], allowPrivate).allowed.length === 0)
      return reject(new RdapRefusal('private-address'))
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    const outgoing = send(url, {
      headers: { accept: 'application/rdap+json, application/json', 'user-agent': 'MailDoctor' },
      lookup: guardedLookup(allowPrivate),
      signal,
      agent: false,
      ...(extraCaPem ? { ca: [...rootCertificates, extraCaPem] } : {}),
    })
    outgoing.on('response', (response: IncomingMessage) => {
      const status = response.statusCode ?? 0
      const location = response.headers.location ?? null
      if (status >= 300 && status < 400) {
        response.destroy()
        return resolve({ status, location, body: '' })
      }
      const body = Buffer.alloc(MAX_RDAP_BYTES)
      let size = 0
      response.on('data', (chunk: Buffer) => {
        if (size + chunk.length > MAX_RDAP_BYTES) {
          response.destroy()
          return reject(new RdapRefusal('too-large'))
        }
        chunk.copy(body, size)
        size += chunk.length
      })
      response.on('end', () => resolve({ status, location, body: body.toString('utf8', 0, size) }))
      response.on('error', reject)
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

/**
 * Asks an RDAP server for a domain: http(s) only, redirects followed at most MAX_REDIRECTS times and
 * never to a private address (unless allowed), the body capped at MAX_RDAP_BYTES, and the JSON's
 * shape checked. A private address is refused before any connection to it. Never throws; the
 * caller's signal carries the deadline.
 */
export async function fetchRdap(
  start: string,
  allowPrivate: boolean | undefined,
  signal: AbortSignal,
  options: RdapFetchOptions = {},
): Promise<RdapFetch> {
  let url = new URL(start)
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'failed', reason: 'scheme' }
      const trusted = hop === 0 && options.trustStart === true
      const answer = await get(url, trusted ? true : allowPrivate, signal, options.extraCaPem)
      if (answer.location !== null && answer.status >= 300 && answer.status < 400) {
        url = new URL(answer.location, url)
        continue
      }
      if (answer.status === 404) return { kind: 'notFound' }
      if (answer.status !== 200) return { kind: 'failed', reason: `HTTP ${answer.status}` }
      const parsed = RdapDomainSchema.safeParse(JSON.parse(answer.body) as unknown)
      return parsed.success ? { kind: 'found', data: parsed.data } : { kind: 'failed', reason: 'not-rdap' }
    }
    return { kind: 'failed', reason: 'too-many-redirects' }
  } catch (error) {
    if (error instanceof RdapRefusal) return { kind: 'failed', reason: error.message }
    if (error instanceof SyntaxError) return { kind: 'failed', reason: 'not-rdap' }
    throw error
  }
}
