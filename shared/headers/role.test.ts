import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createI18n } from '../i18n'
import { readHeaders } from './read-headers'
import { correctRole } from './role'

/** Headers of a message From info@studiobianchi.it, with DKIM missing. */
const GMAIL_FROM_OVH = readFileSync(join(import.meta.dirname, 'corpus', 'gmail-from-ovh.eml'), 'utf8')

describe('the From domain against the role the person answered', () => {
  it('a message "I send" from another domain was received: the recipient’s side', () => {
    expect(correctRole('sender', 'partner.example', 'example.com')).toEqual({
      role: 'recipient',
      answered: 'sender',
      fromDomain: 'partner.example',
      ownDomain: 'example.com',
    })
  })

  it('a message "I receive" from the person’s own domain or a subdomain: the sender’s fixes are theirs', () => {
    expect(correctRole('recipient', 'example.com', 'Example.com.')?.role).toBe('sender')
    expect(correctRole('recipient', 'news.example.com', 'example.com')?.role).toBe('sender')
  })

  it('leaves the answer alone when the From domain agrees, or when a domain is unknown', () => {
    expect(correctRole('sender', 'example.com', 'example.com')).toBeNull()
    expect(correctRole('sender', 'mail.example.com', 'example.com')).toBeNull()
    expect(correctRole('recipient', 'partner.example', 'example.com')).toBeNull()
    // A look-alike is not the person's domain.
    expect(correctRole('recipient', 'notexample.com', 'example.com')).toBeNull()
    expect(correctRole('sender', null, 'example.com')).toBeNull()
    expect(correctRole('sender', 'partner.example', null)).toBeNull()
  })
})

describe('readHeaders follows the From domain over a contradicting answer', () => {
  it('"I send" but From another domain: the remedies are the recipient’s, and the report says why', async () => {
    const report = await readHeaders(GMAIL_FROM_OVH, { role: 'sender', ownDomain: 'ferramenta.example' })
    const ids = report.remedies.map((remedy) => remedy.id)
    expect(ids).toContain('ask-sender-fix-auth')
    expect(ids).not.toContain('dkim-enable')
    expect(report.roleCorrection).toMatchObject({ role: 'recipient', answered: 'sender' })
    const { fromDomain, ownDomain } = report.roleCorrection ?? {}
    expect(createI18n('it').t('headers:role.toRecipient', { fromDomain, ownDomain })).toBe(
      'Hai detto che sono messaggi che invii. Questo però arriva da studiobianchi.it, non dal tuo dominio ferramenta.example. Per questo lo leggiamo come un messaggio che hai ricevuto.',
    )
  })

  it('"I receive" but From the person’s own domain: the sender’s fix is theirs to make', async () => {
    const report = await readHeaders(GMAIL_FROM_OVH, { role: 'recipient', ownDomain: 'studiobianchi.it' })
    const ids = report.remedies.map((remedy) => remedy.id)
    expect(ids).toContain('dkim-enable')
    expect(ids).not.toContain('ask-sender-fix-auth')
    expect(report.roleCorrection?.role).toBe('sender')
  })

  it('an answer the From domain agrees with stands, with no note', async () => {
    const sender = await readHeaders(GMAIL_FROM_OVH, { role: 'sender', ownDomain: 'studiobianchi.it' })
    expect(sender.remedies.map((remedy) => remedy.id)).toContain('dkim-enable')
    expect(sender.roleCorrection).toBeUndefined()
    const unknown = await readHeaders(GMAIL_FROM_OVH, { role: 'sender' })
    expect(unknown.roleCorrection).toBeUndefined()
  })
})
