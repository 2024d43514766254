import { describe, expect, it } from 'vitest'
import { AppSettingsSchema, MAX_DNS_SERVERS, parseDnsServer } from './app-settings'
import en from './i18n/en/common'
import it_ from './i18n/it/common'

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

  it('has a text for every refusal in both languages', () => {
    for (const error of ['empty', 'notAnAddress', 'badPort', 'tooMany'] as const) {
      expect(en.settings.error[error]).toBeTruthy()
      expect(it_.settings.error[error]).toBeTruthy()
    }
  })
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
