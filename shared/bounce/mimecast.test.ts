import { describe, expect, it } from 'vitest'
import { parseBounce } from './parse-bounce'

/** A Mimecast notice as its layout writes it, with two failed recipients (no sample has two). */
const TWO_RECIPIENTS = [
  'Subject: [Postmaster] Email Delivery Failure',
  'From: postmaster@mimecast.example.org',
  'To: sender@example.it',
  '',
  'An email that you attempted to send to the following address could not be delivered:',
  '-- anna@example.net',
  '-- <bruno@example.net>',
  '',
  'The problem appears to be :',
  '-- Recipient email address is possibly incorrect',
  '',
  'Additional information follows :',
  '-- 550 5.2.2 Mailbox full',
].join('\n')

describe('the mimecast layout', () => {
  it('lists every address after "-- " and takes the server reply over Mimecast’s guess', async () => {
    const info = await parseBounce(TWO_RECIPIENTS)
    expect(info.format).toBe('mimecast')
    expect(info.recipients.map((entry) => entry.recipient)).toEqual(['anna@example.net', 'bruno@example.net'])
    expect(info).toMatchObject({ replyCode: 550, enhancedCode: '5.2.2', reason: 'mailboxfull' })
  })

  it('calls the reason unclear when the notice gives only Mimecast’s guess', async () => {
    const guessOnly = TWO_RECIPIENTS.split('\nAdditional information follows :')[0] ?? ''
    const info = await parseBounce(guessOnly)
    expect(info).toMatchObject({
      format: 'mimecast',
      recipient: 'anna@example.net',
      reason: 'onhold',
    })
  })
})
