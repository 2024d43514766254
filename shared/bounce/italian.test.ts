import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBounce } from './parse-bounce'

const read = (name: string) =>
  parseBounce(readFileSync(join(import.meta.dirname, 'fixtures', 'italian', `${name}.eml`), 'utf8'))

describe('the Italian non-delivery layout', () => {
  it('reads the recipient, the codes and the reason of a "Motivo:" line', async () => {
    expect(await read('utente-inesistente')).toMatchObject({
      format: 'italian',
      recipient: 'mario.rossi@destinatario.it',
      replyCode: 550,
      enhancedCode: '5.1.1',
      reason: 'userunknown',
    })
  })

  it('reads a temporary failure from an "Errore:" line', async () => {
    expect(await read('casella-piena')).toMatchObject({
      recipient: 'anna.neri@destinatario.it',
      enhancedCode: '4.2.2',
      transient: true,
      reason: 'mailboxfull',
    })
  })

  it('infers the reason of a notice without codes from its words, and says it was inferred', async () => {
    const info = await read('dominio-inesistente')
    expect(info).toMatchObject({ recipient: 'info@dominio-sbagliato.it', reason: 'hostunknown' })
    expect(info.origin).toEqual({ replyCode: null, enhancedCode: null, reason: 'inferred' })
  })

  it('names a PEC box refusing ordinary mail, as Aruba PEC words it', async () => {
    // https://guide.pec.it/posta-pec/faq-errori-comuni/errori-comuni/errori-comuni-durante-invio-ricezione-pec.aspx
    const info = await parseBounce(
      '554 <studio.bianchi@pec.esempio.it>: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata',
    )
    expect(info).toMatchObject({ replyCode: 554, ordinaryToPec: true, reason: 'policyviolation' })
    expect((await read('utente-inesistente')).ordinaryToPec).toBe(false)
  })
})
