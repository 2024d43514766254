import { describe, expect, it } from 'vitest'
import { parseBounce } from './parse-bounce'

/** The rules learnt from Sisimai's newest samples, each shown on a text that is not one of them. */
describe('rules from Sisimai’s newest samples', () => {
  it('reads DSN fields written with a space before the colon and an "rfc/822" address type', async () => {
    const paste = [
      'Action : failed',
      'Status : 5.0.0',
      'Diagnostic-Code : smtp;550 5.1.1 No such user',
      'Final-Recipient : rfc/822;carla@example.net',
    ].join('\n')
    const info = await parseBounce(paste)
    expect(info).toMatchObject({
      recipient: 'carla@example.net',
      enhancedCode: '5.1.1',
      reason: 'userunknown',
    })
  })

  it('says the sender’s domain is refused when a blocklist names the domain, not the server’s IP', async () => {
    const domain = await parseBounce('550 5.7.1 Service unavailable, MailFrom domain is listed in Spamhaus.')
    expect(domain.reason).toBe('rejected')
    const ip = await parseBounce(
      '554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org',
    )
    expect(ip.reason).toBe('blocked')
  })

  it('reads Zoho’s and Cloudflare’s own replies by the server that gave them', async () => {
    const zoho = await parseBounce(
      '<ada@example.org>: host mx.zoho.eu[185.230.214.1] said: 552 5.7.1 virus Eicar detected by Zoho Mail',
    )
    expect(zoho.reason).toBe('virusdetected')
    const cloudflare = await parseBounce(
      '<ada@example.org>: host route1.mx.cloudflare.net[203.0.113.5] said: 550 5.7.1 Sender IP found on one or more DNSBLs',
    )
    expect(cloudflare.reason).toBe('blocked')
  })

  it('says an automatic reply from a mailbox no longer read is not a holiday reply', async () => {
    const reply = (body: string): string =>
      [
        'From: info@example.com',
        'To: me@example.it',
        'Subject: Auto: Hello',
        'Auto-Submitted: auto-replied',
        '',
        body,
      ].join('\n')
    expect(
      (await parseBounce(reply('This mailbox is no longer monitored. Please write to help@example.com.')))
        .reason,
    ).toBe('suspend')
    expect((await parseBounce(reply('I am out of the office until Monday.'))).reason).toBe('vacation')
  })
})
