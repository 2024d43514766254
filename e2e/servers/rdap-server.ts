import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the loopback RDAP server says about one domain: a JSON body, an HTTP error, or silence. */
export type RdapFixture =
  { status?: string[]; expiration?: string } | { httpStatus: number } | { silent: true }

/** A running RDAP server on 127.0.0.1. */
export interface FixtureRdapServer {
  /** Base URL ending in `/`, ready for `options.rdapBaseUrl`. */
  baseUrl: string
  /** The paths asked, in order. */
  requests: string[]
  close(): Promise<void>
}

/** Starts an RDAP server (RFC 9083 `domain` objects) on 127.0.0.1; unknown domains get 404. */
export async function startRdapServer(domains: Record<string, RdapFixture>): Promise<FixtureRdapServer> {
  const requests: string[] = []
  const server = http.createServer((request, response) => {
    const path = request.url ?? '/'
    requests.push(path)
    const name = decodeURIComponent(/^\/domain\/([^/?]+)$/.exec(path)?.[1] ?? '').toLowerCase()
    const fixture = domains[name]
    if (fixture && 'silent' in fixture) return
    if (!fixture || 'httpStatus' in fixture) {
      response.writeHead(fixture?.httpStatus ?? 404, { 'content-type': 'application/rdap+json' })
      response.end(JSON.stringify({ errorCode: fixture?.httpStatus ?? 404, title: 'Not Found' }))
      return
    }
    const body = {
      objectClassName: 'domain',
      ldhName: name,
      rdapConformance: ['rdap_level_0'],
      status: fixture.status ?? ['active'],
      events: fixture.expiration ? [{ eventAction: 'expiration', eventDate: fixture.expiration }] : [],
    }
    response.writeHead(200, { 'content-type': 'application/rdap+json' })
    response.end(JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
