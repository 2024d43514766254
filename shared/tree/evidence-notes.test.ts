import { describe, expect, it } from 'vitest'
import { createI18n } from '../i18n'
import type { Finding } from '../report'
import { DECISION_TREE } from './decision-tree'
import { evidenceNotes } from './evidence-notes'
import { remedyLeadKey } from './premises'
import { allPaths, type WalkState } from './walker'

function finding(
  id: Finding['id'],
  status: Finding['status'],
  evidence: Record<string, unknown> = {},
): Finding {
  return { id, status, title: { key: 'x' }, detail: { key: 'x' }, evidence, durationMs: 1, remedies: [] }
}

function walk(answers: Record<string, string>, own: Finding[] = []): WalkState {
  return { answers, findings: { own, recipient: [] }, runDone: { own: true, recipient: true }, bounce: null }
}

const arubaMx = finding('dns.mx.provider', 'fail', { mxHosts: ['mx.aruba.it'], declared: 'ovh-mxplan' })

describe('what the checks found against an answer', () => {
  it('names the provider the MX records point to when the person named another', () => {
    const notes = evidenceNotes(walk({ offer: 'ovh-mxplan' }, [arubaMx]), null)
    expect(notes).toEqual([
      { key: 'tree:evidence.mxElsewhere', params: { named: 'OVHcloud MX Plan', found: 'Aruba' } },
    ])
    const { t } = createI18n('en')
    expect(t(notes[0]?.key ?? '', notes[0]?.params ?? {})).toBe(
      'We checked: your domain’s mail goes to Aruba, not to OVHcloud MX Plan. If your mail is at Aruba, your program needs its settings.',
    )
  })

  it('says the records point elsewhere without naming a provider it does not know', () => {
    const unknown = finding('dns.mx.provider', 'fail', { mxHosts: ['mail.elsewhere.test'] })
    expect(evidenceNotes(walk({ offer: 'ovh-mxplan' }, [unknown]), null)).toEqual([
      { key: 'tree:evidence.mxNotNamed', params: { named: 'OVHcloud MX Plan' } },
    ])
  })

  it('says nothing without an answer to contradict, without evidence, or when the reason on screen says it', () => {
    expect(evidenceNotes(walk({}, [arubaMx]), null)).toEqual([])
    expect(evidenceNotes(walk({ offer: 'unknown' }, [arubaMx]), null)).toEqual([])
    expect(evidenceNotes(walk({ offer: 'ovh-mxplan' }, [{ ...arubaMx, status: 'error' }]), null)).toEqual([])
    expect(evidenceNotes(walk({ offer: 'ovh-mxplan' }, [arubaMx]), 'mxWrong')).toEqual([])
  })
})

describe('a remedy screen never states an answer that was not given', () => {
  const loginOk = finding('smtp.auth', 'pass', { outcome: 'ok' })

  it('every path to the settings remedy: "webmail works" only after the person said so', () => {
    const paths = allPaths(DECISION_TREE).filter((path) => path.includes('client-settings'))
    expect(paths.length).toBeGreaterThan(0)
    for (const path of paths) {
      const before = path.slice(0, path.indexOf('client-settings'))
      const answers = before.includes('webmail-works') ? { 'webmail-works': 'yes' } : {}
      const lead = remedyLeadKey('client-settings', walk(answers, [loginOk]))
      if (lead === 'remedy:client-settings.summary') expect(before).toContain('webmail-works')
      else expect(lead).toBe('tree:evidence.clientSettingsLogin')
    }
  })

  it('rests on the login only when one worked, and on nothing when neither was given', () => {
    expect(remedyLeadKey('client-settings', walk({ 'webmail-works': 'yes' }))).toBe(
      'remedy:client-settings.summary',
    )
    expect(remedyLeadKey('client-settings', walk({}))).toBe('tree:evidence.clientSettingsLead')
    expect(remedyLeadKey('fix-mx', walk({}))).toBe('remedy:fix-mx.summary')
  })
})
