import { describe, expect, it } from 'vitest'
import { AppSettingsSchema, MAX_DNS_SERVERS, parseDnsServer } from './app-settings'
import { createI18n } from './i18n'

describe('parseDnsServer', () => {
  it.each([
    ['192.0.2.53', '192.0.2.53'],
    [' 192.0.2.53:5353 ', '192.0.2.53:5353'],
    ['127.0.0.1:053', '127.0.0.1:53'],
    ['2001:db8::53', '2001:db8::53'],
    ['::1', '::1'],
    ['[2001:db8::53]', '2001:db8::53'],
    ['[::1]:5353', '[::1]:5353'],
  ])('reads %j as %j', (typed, server) => {
    expect(parseDnsServer(typed)).toEqual({ ok: true, server })
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['dns.example.com', 'notAnAddress'],
    ['192.0.2', 'notAnAddress'],
    ['256.0.0.1', 'notAnAddress'],
    ['192.0.2.53:53:53', 'notAnAddress'],
    ['[192.0.2.53]:53', 'notAnAddress'],
    ['2001:db8::53:99999x', 'notAnAddress'],
    ['192.0.2.53:0', 'badPort'],
    ['192.0.2.53:65536', 'badPort'],
    ['192.0.2.53:', 'badPort'],
    ['[::1]:port', 'badPort'],
    ['192.0.2.53\n:53', 'notAnAddress'],
  ])('refuses %j as %s', (typed, error) => {
    expect(parseDnsServer(typed)).toEqual({ ok: false, error })
  })

  it.each([['dns.example.com'], ['192.0.2.53:0'], ['   ']])(
    'tells the person why %j was refused, in their language, naming what they typed',
    (typed) => {
      const refused = parseDnsServer(typed)
      if (refused.ok) throw new Error(`${typed} was accepted`)
      const shown = (['it', 'en'] as const).map((lang) =>
        createI18n(lang).t(`common:settings.error.${refused.error}`, {
          value: typed.trim(),
          max: MAX_DNS_SERVERS,
        }),
      )
      for (const text of shown) {
        expect(text).not.toContain('settings.error')
        expect(text).not.toMatch(/{{|}}/)
        if (typed.trim() !== '') expect(text).toContain(typed.trim())
      }
      expect(shown[0]).not.toBe(shown[1])
    },
  )
})

describe('AppSettingsSchema', () => {
  it('keeps addresses in the engine form and refuses anything else', () => {
    expect(AppSettingsSchema.safeParse({ dnsServers: ['127.0.0.1:5353', '[::1]:53'] }).success).toBe(true)
    expect(AppSettingsSchema.safeParse({ dnsServers: [] }).success).toBe(true)
    expect(AppSettingsSchema.safeParse({ dnsServers: ['resolver.example'] }).success).toBe(false)
    expect(AppSettingsSchema.safeParse({ dnsServers: ['127.0.0.1'], password: 'x' }).success).toBe(false)
    expect(AppSettingsSchema.safeParse({}).success).toBe(false)
    const tooMany = Array.from({ length: MAX_DNS_SERVERS + 1 }, (_, index) => `127.0.0.${index + 1}`)
    expect(AppSettingsSchema.safeParse({ dnsServers: tooMany }).success).toBe(false)
  })
})
