import type { Finding } from '../report'
import type { SessionRecord } from '../session'

/** The password typed in the known session: no export or saved file may ever contain it. */
export const KNOWN_PASSWORD = 'Tr0ub4dor&3-horse'

/**
 * A known session used by the golden tests: an address, a typed answer, an automatic step with the
 * finding that decided it, DNS records with IPs, a probe with timings, a transcript that logged in
 * (with the password already replaced by the probe, and once more in clear to prove the second
 * lock), a certificate, notes with an address and an IP.
 */
export function knownSession(): SessionRecord {
  return {
    id: 'session-0001',
    savedAt: '2026-11-24T09:15:00.000Z',
    language: 'en',
    remedyId: 'fix-mx',
    outcome: 'unsolved',
    notes:
      'Customer mario.rossi@example.it says it fails from 203.0.113.9 since Monday.\nTried *webmail*: works.',
    path: [
      {
        nodeId: 'problem',
        question: { key: 'tree:nodes.problem.title' },
        answer: 'cannotSend',
        answerLabel: { key: 'tree:nodes.problem.answers.cannotSend.label' },
      },
      {
        nodeId: 'domain',
        question: { key: 'input:domain.title' },
        answer: 'mario.rossi@example.it',
        answerLabel: { key: 'report:answer.typed', params: { value: 'mario.rossi@example.it' } },
      },
      {
        nodeId: 'receive-evidence',
        question: { key: 'tree:routes.receive-evidence' },
        answer: 'fix-mx',
        answerLabel: { key: 'remedy:fix-mx.title' },
        by: 'automatic',
        decidedBy: [
          { id: 'dns.mx', subject: 'example.it', status: 'warn', title: { key: 'input:finding.badTitle' } },
        ],
      },
    ],
    report: {
      tool: 'maildoctor',
      version: '0.1.0',
      startedAt: '2026-11-24T09:14:02.000Z',
      durationMs: 2345,
      target: { input: 'mario.rossi@example.it', domain: 'example.it', domainUnicode: 'example.it' },
      findings: [
        {
          id: 'input.domain',
          subject: 'example.it',
          status: 'pass',
          title: { key: 'input:finding.okTitle', params: { domain: 'example.it' } },
          detail: {
            key: 'input:finding.okDetail',
            params: { domain: 'example.it', domainUnicode: 'example.it' },
          },
          evidence: { domain: 'example.it', domainUnicode: 'example.it', localPart: 'mario.rossi' },
          durationMs: 1,
          remedies: [],
        },
        {
          id: 'dns.mx',
          subject: 'example.it',
          status: 'warn',
          title: { key: 'input:finding.badTitle' },
          detail: { key: 'input:error.single-label' },
          evidence: {
            records: [
              { exchange: 'mx1.mail.example.net', priority: 10, addresses: ['192.0.2.10', '2001:db8::25'] },
            ],
            resolver: '127.0.0.1:5353',
          },
          durationMs: 42,
          remedies: ['fix-mx'],
        },
        {
          id: 'smtp.submission',
          subject: 'smtp.mail.example.net:587',
          status: 'fail',
          title: { key: 'input:finding.badTitle' },
          detail: { key: 'input:error.too-long', params: { max: 254 } },
          evidence: {
            timings: {
              dns: 12,
              connect: 35,
              banner: 210,
              ehlo: 8,
              starttls: 4,
              tls: 61,
              auth: 930,
              total: 1260,
            },
            transcript: [
              { dir: 'S', line: '220 smtp.mail.example.net ESMTP ready', atMs: 247 },
              { dir: 'C', line: 'EHLO [198.51.100.4]', atMs: 248 },
              { dir: 'S', line: '250-smtp.mail.example.net Hello [198.51.100.4]', atMs: 256 },
              { dir: 'S', line: '250 AUTH PLAIN LOGIN', atMs: 256 },
              {
                dir: 'C',
                line: `AUTH PLAIN ${btoa(`\0mario.rossi@example.it\0${KNOWN_PASSWORD}`)}`,
                atMs: 330,
              },
              { dir: 'S', line: '535 5.7.8 Authentication credentials invalid', atMs: 1260 },
              { dir: 'C', line: 'AUTH LOGIN', atMs: 1261 },
              { dir: 'S', line: '334 VXNlcm5hbWU6', atMs: 1262 },
              { dir: 'C', line: btoa('mario.rossi@example.it'), atMs: 1263 },
            ],
            certificate: {
              subject: 'CN=smtp.mail.example.net',
              issuer: 'CN=Example CA',
              validTo: '2027-01-31',
            },
            password: KNOWN_PASSWORD,
            user: 'mario.rossi@example.it',
          },
          durationMs: 1263,
          remedies: ['reset-password'],
        },
      ],
    },
  }
}

const PROBE_IDS = [
  'smtp.mx',
  'smtp.mx',
  'smtp.submission',
  'smtp.submissions',
  'imap',
  'imaps',
  'pop3',
  'pop3s',
] as const
const DNS_IDS = [
  'domain.registration',
  'dns.ns',
  'dns.mx.hosts',
  'dns.mx.provider',
  'dns.spf',
  'dns.dmarc',
  'dns.dkim',
  'dns.srv.autodiscover',
  'dns.srv.mail',
  'dns.ptr',
  'dns.ptr',
  'dns.mta-sts',
  'dns.dnsbl',
  'dns.dnsbl',
  'dns.dnsbl',
  'dns.dnsbl',
] as const

/** A server conversation as long as a real probe's: greeting, EHLO, STARTTLS, capabilities, QUIT. */
function probeTranscript(host: string): { dir: 'C' | 'S'; line: string; atMs: number }[] {
  const lines: ['C' | 'S', string][] = [
    ['S', `220 ${host} ESMTP Postfix ready`],
    ['C', 'EHLO [198.51.100.4]'],
    ['S', `250-${host} Hello [198.51.100.4]`],
    ['S', '250-PIPELINING'],
    ['S', '250-SIZE 104857600'],
    ['S', '250-STARTTLS'],
    ['S', '250-ENHANCEDSTATUSCODES'],
    ['S', '250-8BITMIME'],
    ['S', '250 SMTPUTF8'],
    ['C', 'STARTTLS'],
    ['S', '220 2.0.0 Ready to start TLS'],
    ['C', 'EHLO [198.51.100.4]'],
    ['S', `250-${host} Hello [198.51.100.4]`],
    ['S', '250-AUTH PLAIN LOGIN'],
    ['S', '250 SIZE 104857600'],
    ['C', 'QUIT'],
    ['S', '221 2.0.0 Bye'],
  ]
  return lines.map(([dir, line], index) => ({ dir, line, atMs: 40 + index * 9 }))
}

/**
 * A typical session of a support call, as large as a real one: the known session's answers and
 * notes, and a full check of 26 findings (DNS with records, eight connection tests each with its
 * timings, server conversation and certificate). The Markdown of it must fit a ticket.
 */
export function typicalSession(): SessionRecord {
  const session = knownSession()
  const [input, mx, submission] = session.report.findings
  const dns = DNS_IDS.map((id, index): Finding => ({
    id,
    subject: `example.it ${index}`,
    status: index % 5 === 0 ? ('warn' as const) : ('pass' as const),
    title: { key: 'input:finding.okTitle', params: { domain: 'example.it' } },
    detail: { key: 'input:finding.okDetail', params: { domain: 'example.it', domainUnicode: 'example.it' } },
    evidence: {
      records: [`v=spf1 include:mx.ovh.com include:_spf.example.net ~all`, `192.0.2.${index}`],
      resolver: '127.0.0.1:5353',
      queried: [`example.it TXT`, `_dmarc.example.it TXT`],
    },
    durationMs: 30 + index,
    remedies: index % 5 === 0 ? ['fix-spf'] : [],
  }))
  const probes = PROBE_IDS.map((id, index): Finding => {
    const host = `mx${index}.mail.example.net`
    return {
      id,
      subject: `${host}:${[25, 25, 587, 465, 143, 993, 110, 995][index] ?? 25}`,
      status: 'pass' as const,
      title: { key: 'input:finding.okTitle', params: { domain: host } },
      detail: { key: 'input:finding.okDetail', params: { domain: host, domainUnicode: host } },
      evidence: {
        timings: { dns: 12, connect: 35, banner: 110, ehlo: 8, starttls: 4, tls: 61, total: 230 },
        transcript: probeTranscript(host),
        certificate: {
          subject: `CN=${host}`,
          issuer: 'CN=Example CA, O=Example Trust Services, C=IT',
          validFrom: '2026-01-01',
          validTo: '2027-01-31',
          altNames: [host, 'mail.example.net', 'smtp.example.net'],
          fingerprint256:
            'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89',
        },
        tlsVersion: 'TLSv1.3',
        cipher: 'TLS_AES_256_GCM_SHA384',
      },
      durationMs: 230,
      remedies: [],
    }
  })
  session.report.findings = [
    ...(input ? [input] : []),
    ...(mx ? [mx] : []),
    ...dns,
    ...probes,
    ...(submission ? [submission] : []),
  ]
  return session
}
