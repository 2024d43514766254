import type { SessionRecord } from '../session'

/** The password typed in the known session: no export or saved file may ever contain it. */
export const KNOWN_PASSWORD = 'Tr0ub4dor&3-horse'

/**
 * A known session used by the golden tests: an address, a typed answer, DNS records with IPs, a
 * probe with timings, a transcript that logged in (with the password already replaced by the probe,
 * and once more in clear to prove the second lock), a certificate, notes with an address and an IP.
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
