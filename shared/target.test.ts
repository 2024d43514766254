import { describe, expect, it } from 'vitest'
import { parseTarget } from './target'

describe('parseTarget', () => {
  it('turns an IDN into its ASCII form and keeps the Unicode form', () => {
    expect(parseTarget('bücher.de')).toMatchObject({
      ok: true,
      domain: 'xn--bcher-kva.de',
      domainUnicode: 'bücher.de',
    })
  })

  it('takes the domain of an address and keeps the local part', () => {
    expect(parseTarget(' Mario.Rossi@Esempio.IT ')).toMatchObject({
      ok: true,
      domain: 'esempio.it',
      localPart: 'Mario.Rossi',
    })
  })

  it('refuses CR, LF and NUL before anything else', () => {
    for (const bad of ['a\r\nb.it', 'x@y.it\n', 'ex\0ample.com']) {
      expect(parseTarget(bad)).toMatchObject({ ok: false, error: 'control-characters' })
    }
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['localhost', 'single-label'],
    ['192.0.2.1', 'ip-literal'],
    ['user@[192.0.2.1]', 'ip-literal'],
    ['a..it', 'empty-label'],
    [`${'a'.repeat(64)}.it`, 'label-too-long'],
    [`${'abcdefghi.'.repeat(26)}it`, 'domain-too-long'],
    ['exa mple.it', 'invalid-characters'],
    ['under_score.it', 'invalid-characters'],
    ['-lead.it', 'invalid-characters'],
    ['@example.it', 'bad-address'],
    [`${'x'.repeat(65)}@example.it`, 'local-part-too-long'],
  ])('refuses %j as %s', (input, error) => {
    expect(parseTarget(input)).toMatchObject({ ok: false, error })
  })
})
