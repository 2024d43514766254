import type { ServerResponse } from 'node:http'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestPki } from '../../../e2e/servers/test-ca'
import { fetchHttps, MAX_BODY_PIECES } from './https-fetch'

let server: Server
let caPem = ''

/** Writes the body one byte per TLS record, each after the last was flushed. */
async function dribble(response: ServerResponse, bytes: number): Promise<void> {
  for (let sent = 0; sent < bytes && !response.destroyed; sent++) {
    await new Promise<void>((resolve) => response.write('x', () => resolve()))
  }
  response.end()
}

beforeAll(async () => {
  const pki = createTestPki(['dribble.test'])
  caPem = pki.caPem
  server = createServer({ key: pki.valid.key, cert: pki.valid.cert }, (request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/xml' })
    void dribble(response, request.url === '/few' ? 64 : MAX_BODY_PIECES * 2)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
})

afterAll(async () => {
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
})

const fetchPath = (path: string) =>
  fetchHttps({
    host: 'dribble.test',
    port: (server.address() as AddressInfo).port,
    path,
    resolve: () => Promise.resolve(['127.0.0.1']),
    extraCaPem: caPem,
    allowPrivate: true,
    deadlineMs: 20_000,
    signal: new AbortController().signal,
  })

describe('discovery fetch cost', () => {
  it('stops a body sent in thousands of one-byte records', async () => {
    expect(await fetchPath('/many')).toEqual({ kind: 'error', code: 'too-fragmented' })
  })

  it('still reads a body sent in a few small pieces', async () => {
    expect(await fetchPath('/few')).toMatchObject({ kind: 'ok', body: 'x'.repeat(64) })
  })
})
