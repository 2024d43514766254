/**
 * Hostile inputs on every input path (bounce, headers, batch, discovery, RDAP, exports): the time
 * each takes and how much the process's peak memory grew, so "bounded in time and memory" is a figure.
 */
import { createServer as createHttpServer } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { createTestPki } from '../e2e/servers/test-ca'
import { parseBounce } from '../shared/bounce/parse-bounce'
import { readHeaders } from '../shared/headers/read-headers'
import { exportSession } from '../shared/report-export'
import { readTargets } from '../electron/cli/batch-check'
import { fetchHttps, MAX_BODY_PIECES } from '../electron/engine/discovery/https-fetch'
import { fetchRdap } from '../electron/engine/rdap/rdap-fetch'
import { createExportRunner } from '../electron/report-worker/off-thread'
import { hostileSession, longestTimerGap } from '../electron/report-worker/hostile-session.test-helper'

const MB = 1024 * 1024

/** Runs one hostile input and prints its wall time, its outcome and the growth of the peak RSS. */
async function measure(label: string, work: () => Promise<string> | string): Promise<void> {
  const peakBefore = process.resourceUsage().maxRSS * 1024
  const started = performance.now()
  let outcome: string
  try {
    outcome = await work()
  } catch (error) {
    outcome = `threw: ${error instanceof Error ? error.message : String(error)}`
  }
  const wall = performance.now() - started
  const grew = process.resourceUsage().maxRSS * 1024 - peakBefore
  console.log(
    `  ${label.padEnd(58)} ${`${Math.round(wall)} ms`.padStart(9)}  peak RSS +${(grew / MB).toFixed(0)} MB  ${outcome}`,
  )
}

async function listen(server: {
  listen: (port: number, host: string, done: () => void) => unknown
  address: () => AddressInfo | string | null
}): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  return typeof address === 'object' && address ? address.port : 0
}

async function textInputs(): Promise<void> {
  const dsnLine = `Diagnostic-Code: smtp; 550 5.1.1 ${'<a@b.example> 5.7.1 '.repeat(262_144)}`
  const bounce = `From: MAILER-DAEMON@example.net\nSubject: Undelivered Mail\nContent-Type: text/plain\n\n${dsnLine}\n`
  await measure(
    `bounce: ${(bounce.length / MB).toFixed(1)} MiB of repeated codes and addresses`,
    async () => {
      const read = await parseBounce(bounce)
      return `code ${read.replyCode ?? '-'}`
    },
  )
  const continued = [
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    'Final-Recipient: rfc822; a@b.example',
    'Action: failed',
    'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
    ...Array.from({ length: 30_000 }, () => ` ${'y'.repeat(150)}`),
    '--b--',
  ].join('\n')
  await measure(
    `bounce: a Diagnostic-Code continued for ${(continued.length / MB).toFixed(1)} MiB`,
    async () => `reason ${(await parseBounce(continued)).reason}`,
  )
  const qmailLog = Array.from({ length: 2600 }, () => `delivery 1: failure: ${'_/A'.repeat(660)}`).join('\n')
  await measure(
    `bounce: ${(qmailLog.length / MB).toFixed(1)} MiB of qmail log lines, each a slash every 3 bytes`,
    async () => `reason ${(await parseBounce(qmailLog)).reason}`,
  )
  const corpus = readFileSync(
    join(import.meta.dirname, '../shared/headers/corpus/postfix-spamassassin.eml'),
    'utf8',
  )
  const crafted = corpus.replace('tests=[', `tests=[${' ,'.repeat(62_000)}`)
  await measure(`headers: ${(crafted.length / 1024).toFixed(0)} KB crafted tests= list`, async () => {
    const report = await readHeaders(crafted)
    return `${report.hops.length} hops`
  })
  const received = `${'Received: from a.example (a.example [192.0.2.1]) by b.example; Mon, 1 Jan 2026 00:00:00 +0000\n'.repeat(12_000)}\nbody\n`
  await measure(`headers: ${(received.length / MB).toFixed(1)} MiB of Received lines`, async () => {
    const report = await readHeaders(received)
    return `${report.hops.length} hops`
  })
}

async function batchInputs(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'maildoctor-bench-hostile-'))
  try {
    const many = join(dir, 'many.txt')
    await writeFile(many, Array.from({ length: 100_001 }, (_, index) => `d${index}.test`).join('\n'))
    await measure('batch: a list of 100,001 lines', async () => {
      const targets = await readTargets(many, 'en')
      return `${targets.length} read`
    })
    const long = join(dir, 'long.txt')
    await writeFile(long, 'a'.repeat(64 * MB))
    await measure('batch: one line of 64 MiB', async () => {
      const targets = await readTargets(long, 'en')
      return `${targets.length} read`
    })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function networkInputs(): Promise<void> {
  const pki = createTestPki(['dribble.test'])
  const dribble = createHttpsServer({ key: pki.valid.key, cert: pki.valid.cert }, (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/xml' })
    void (async () => {
      for (let sent = 0; sent < MAX_BODY_PIECES * 4 && !response.destroyed; sent++)
        await new Promise<void>((resolve) => response.write('x', () => resolve()))
      response.end()
    })()
  })
  const rdap = createHttpServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rdap+json' })
    response.end(Buffer.alloc(16 * MB, 0x20))
  })
  const [dribblePort, rdapPort] = [await listen(dribble), await listen(rdap)]
  try {
    await measure(`discovery: a body in ${MAX_BODY_PIECES * 4} one-byte TLS records`, async () => {
      const outcome = await fetchHttps({
        host: 'dribble.test',
        port: dribblePort,
        path: '/',
        resolve: () => Promise.resolve(['127.0.0.1']),
        extraCaPem: pki.caPem,
        allowPrivate: true,
        deadlineMs: 20_000,
        signal: new AbortController().signal,
      })
      return JSON.stringify(outcome).slice(0, 60)
    })
    await measure('RDAP: a 16 MiB answer', async () => {
      const outcome = await fetchRdap(
        `http://127.0.0.1:${rdapPort}/domain/x.test`,
        true,
        AbortSignal.timeout(10_000),
      )
      return JSON.stringify(outcome)
    })
  } finally {
    dribble.closeAllConnections()
    await new Promise<void>((resolve) => dribble.close(() => resolve()))
    await new Promise<void>((resolve) => rdap.close(() => resolve()))
  }
}

async function exportInputs(): Promise<void> {
  const session = hostileSession()
  for (const format of ['md', 'html', 'json'] as const)
    await measure(`export ${format}, shared safely: 200 KB hostile evidence`, () => {
      const text = exportSession(session, format, 'en', { shareSafely: true })
      return `${(text.length / 1024).toFixed(0)} KB written`
    })
  const runner = createExportRunner()
  await runner.run({ session, format: 'json', language: 'en', shareSafely: true })
  await measure('export worker: 9 of those at once (main event loop free)', async () => {
    const longest = await longestTimerGap(() =>
      Promise.all(
        Array.from({ length: 9 }, (_, index) =>
          runner.run({
            session,
            format: (['md', 'html', 'json'] as const)[index % 3] ?? 'md',
            language: 'en',
            shareSafely: true,
          }),
        ),
      ),
    )
    return `longest event-loop gap ${Math.round(longest)} ms`
  })
  await runner.close()
}

/** Prints the figures of every hostile input. */
export async function benchHostile(): Promise<void> {
  console.log('Hostile inputs: wall time, peak memory growth, outcome')
  await textInputs()
  await batchInputs()
  await networkInputs()
  await exportInputs()
}
