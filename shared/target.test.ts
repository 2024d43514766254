import { describe, expect, it } from 'vitest'
import { parseTarget } from './target'
import { closestDomain } from './did-you-mean'
import { COMMON_MAIL_DOMAINS } from './knowledge/common-mail-domains'

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

describe('what people paste instead of a domain', () => {
  it.each([
    ['www.example.it', 'example.it', 'example.it'],
    ['https://www.example.it/contatti', 'example.it', 'example.it'],
    ['http://user@Example.IT:8080/a?b#c', 'example.it', 'example.it'],
    ['example.it/contatti', 'example.it', 'example.it'],
    ['mailto:mario@example.it?subject=Ciao', 'example.it', 'mario@example.it'],
    ['MAILTO:mario%40example.it', 'example.it', 'mario@example.it'],
  ])('reads %s as the mail domain %s, with a note of what is used', (typed, domain, used) => {
    const parsed = parseTarget(typed)
    expect(parsed).toMatchObject({ ok: true, domain, normalised: used })
  })

  it.each(['example.it', 'Mario@Example.IT', 'www.it', 'mario@www.example.it'])(
    'leaves %s as typed, without a note',
    (typed) => {
      expect(parseTarget(typed)).toMatchObject({ ok: true, normalised: null })
    },
  )

  it.each([
    '127.1',
    '0x7f.1',
    '0177.0.0.1',
    '1.2.3.4.5',
    '2130706433',
    'http://127.0.0.1/',
    'mario@10.0.0.1',
    '１２７．０．０．１',
    '127。0。0。1',
    'a@127｡0｡0｡1',
    '０ｘ７ｆ．１',
    'http://１２７．０．０．１/',
  ])('refuses %s as a numeric address', (typed) => {
    expect(parseTarget(typed)).toMatchObject({ ok: false, error: 'ip-literal' })
  })
})

describe('did you mean', () => {
  it('offers the close name from the session or a common mailbox domain, never a far one', () => {
    expect(closestDomain('heathy.test', ['healthy.test', 'gmail.com'])).toBe('healthy.test')
    expect(closestDomain('gmial.com', COMMON_MAIL_DOMAINS)).toBe('gmail.com')
    expect(closestDomain('liber.it', COMMON_MAIL_DOMAINS)).toBe('libero.it')
    expect(closestDomain('mycompany.it', COMMON_MAIL_DOMAINS)).toBeNull()
    expect(closestDomain('gmail.com', ['gmail.com'])).toBeNull()
  })
})
