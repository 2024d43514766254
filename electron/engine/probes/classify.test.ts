import { describe, expect, it } from 'vitest'
import { createI18n, LANGUAGES, renderMsg } from '../../../shared/i18n'
import { isRemedyId, remedyKeys, type RemedyId } from '../../../shared/knowledge/remedies'
import type { Finding } from '../../../shared/report'
import {
  AUTH_REMEDIES,
  CERT_REMEDIES,
  ENVELOPE_REMEDIES,
  FAILURE_REMEDIES,
  classifyEnvelopeReply,
  classifyMailboxAuthFailure,
  classifySmtpAuthFailure,
  probeFindings,
} from './classify'
import type { FailureCode } from './probe-error'
import type { AuthOutcome, EnvelopeOutcome, ProbeResult } from './probe-types'
import { ROUND_TRIP_STATUS } from './round-trip'
import type { CertProblem } from './tls-inspect'

const base: Omit<ProbeResult, 'findings'> = {
  target: { kind: 'smtp', host: 'mx.example.com', port: 25 },
  reachable: true,
  failure: null,
  addresses: ['192.0.2.1'],
  greeting: '220 hi',
  capabilities: [],
  smtp: null,
  tlsMode: 'starttls',
  tls: null,
  auth: null,
  envelope: null,
  timings: { connect: 3, banner: 5, total: 20 },
  transcript: [],
}

function allFindings(): Finding[] {
  const findings: Finding[] = []
  for (const code of Object.keys(FAILURE_REMEDIES) as FailureCode[])
    for (const kind of ['smtp', 'imaps'] as const)
      findings.push(
        ...probeFindings(
          { ...base, target: { ...base.target, kind }, failure: { code, phase: 'connect', serverText: 'x' } },
          false,
          false,
        ),
      )
  for (const problem of Object.keys(CERT_REMEDIES) as CertProblem[])
    findings.push(
      ...probeFindings(
        {
          ...base,
          tls: {
            protocol: 'TLSv1.3',
            cipher: 'x',
            verified: false,
            problem,
            problemCode: 'X',
            certificate: null,
          },
        },
        false,
        false,
      ),
    )
  for (const outcome of Object.keys(AUTH_REMEDIES) as AuthOutcome[])
    findings.push(
      ...probeFindings({ ...base, auth: { outcome, mechanism: 'PLAIN', reply: '535 no' } }, true, false),
    )
  for (const outcome of Object.keys(ENVELOPE_REMEDIES) as EnvelopeOutcome[])
    findings.push(
      ...probeFindings(
        {
          ...base,
          envelope: { outcome, mailFrom: null, rcptTo: { code: 550, enhanced: '5.1.1', text: 'no' } },
        },
        false,
        true,
      ),
    )
  findings.push(...probeFindings({ ...base, tlsMode: 'starttls-missing' }, false, false))
  findings.push(...probeFindings({ ...base, tls: null }, false, false))
  return findings
}

describe('probe findings', () => {
  it('every title, detail and remedy a probe can produce has a text in Italian and English', () => {
    const keys = new Set<string>()
    const remedies = new Set<RemedyId>()
    for (const finding of allFindings()) {
      keys.add(finding.title.key)
      keys.add(finding.detail.key)
      for (const remedy of finding.remedies) remedies.add(remedy)
    }
    for (const outcome of Object.keys(ROUND_TRIP_STATUS)) {
      keys.add(`probe:roundTrip.${outcome}.title`)
      keys.add(`probe:roundTrip.${outcome}.detail`)
    }
    for (const lang of LANGUAGES) {
      const i18n = createI18n(lang)
      for (const key of keys) expect(i18n.exists(key), `${lang} ${key}`).toBe(true)
      for (const remedy of remedies) {
        expect(isRemedyId(remedy), remedy).toBe(true)
        const { title, steps } = remedyKeys(remedy)
        for (const key of [title, ...steps]) expect(i18n.exists(key), `${lang} ${key}`).toBe(true)
      }
    }
  })

  it('fills every placeholder of the texts it produces', () => {
    for (const lang of LANGUAGES) {
      const i18n = createI18n(lang)
      for (const finding of allFindings())
        for (const msg of [finding.title, finding.detail]) expect(renderMsg(i18n, msg)).not.toMatch(/\{\{/)
    }
  })

  it('a connect timeout on port 25 points to 587/465; on another port it does not', () => {
    const port25 = probeFindings(
      { ...base, failure: { code: 'connect-timeout', phase: 'connect', serverText: null } },
      false,
      false,
    )[0]
    expect(port25?.detail.key).toBe('probe:failure.connect-timeout.detailPort25')
    expect(port25?.remedies[0]).toBe('use-port-587')
    const imap = probeFindings(
      {
        ...base,
        target: { kind: 'imaps', host: 'h', port: 993 },
        failure: { code: 'connect-timeout', phase: 'connect', serverText: null },
      },
      false,
      false,
    )[0]
    expect(imap?.detail.key).toBe('probe:failure.connect-timeout.detail')
    expect(imap?.remedies).not.toContain('use-port-587')
  })

  it('a certificate problem is a warning for MX (port 25) and a failure for a mail program’s server', () => {
    const tls = {
      protocol: 'TLSv1.3',
      cipher: 'x',
      verified: false,
      problem: 'expired' as const,
      problemCode: 'CERT_HAS_EXPIRED',
      certificate: null,
    }
    expect(probeFindings({ ...base, tls }, false, false)[0]?.status).toBe('warn')
    expect(
      probeFindings({ ...base, target: { kind: 'submissions', host: 'h', port: 465 }, tls }, false, false)[0]
        ?.status,
    ).toBe('fail')
  })
})

describe('classifying refusals', () => {
  it.each([
    [535, '5.7.8', 'Authentication credentials invalid', 'wrong-credentials'],
    [535, null, 'Account blocked for SPAM', 'blocked-spam'],
    [535, '5.7.1', 'Sending suspended for this account', 'suspended'],
    [535, null, 'Too many failed attempts, account locked', 'locked'],
    [534, '5.7.9', 'Application-specific password required', 'app-password'],
    [454, '4.7.0', 'Temporary authentication failure', 'temporary'],
  ] as const)('SMTP %d %s “%s” → %s', (code, enhanced, text, outcome) => {
    expect(classifySmtpAuthFailure(code, enhanced, text)).toBe(outcome)
  })

  it.each([
    ['[AUTHENTICATIONFAILED] Authentication failed.', 'wrong-credentials'],
    ['[UNAVAILABLE] Try later', 'temporary'],
    ['[SYS/TEMP] Internal error', 'temporary'],
    ['[EXPIRED] Password expired', 'suspended'],
  ] as const)('IMAP/POP3 “%s” → %s', (text, outcome) => {
    expect(classifyMailboxAuthFailure(text)).toBe(outcome)
  })

  it.each([
    [250, null, 'OK', 'rcpt', 'accepted'],
    [550, '5.1.1', 'User unknown', 'rcpt', 'unknown-recipient'],
    [550, null, 'No such user here', 'rcpt', 'unknown-recipient'],
    [553, null, 'Mailbox name not allowed', 'rcpt', 'invalid-address'],
    [553, null, '<a b@example.com>: malformed address', 'rcpt', 'invalid-address'],
    [553, null, 'sorry, no such user here', 'rcpt', 'unknown-recipient'],
    [553, '5.1.3', 'Bad recipient address syntax', 'rcpt', 'invalid-address'],
    [552, '5.2.2', 'Over quota', 'rcpt', 'mailbox-full'],
    [550, '5.7.1', 'Rejected by policy', 'rcpt', 'policy'],
    [451, '4.7.1', 'Greylisted', 'rcpt', 'temporary'],
    [550, null, 'Sender rejected', 'mail', 'sender-rejected'],
  ] as const)('envelope %d %s “%s” at %s → %s', (code, enhanced, text, stage, outcome) => {
    expect(classifyEnvelopeReply(code, enhanced, text, stage)).toBe(outcome)
  })
})
