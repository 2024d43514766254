import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBounce } from './parse-bounce'
import { readPec } from './pec'

const FIXTURES = join(import.meta.dirname, 'fixtures', 'pec')
const read = (name: string) => parseBounce(readFileSync(join(FIXTURES, `${name}.eml`), 'utf8'))

describe('PEC receipts', () => {
  it.each([
    ['accettazione', 'accettazione', 'delivered'],
    ['non-accettazione', 'non-accettazione', 'rejected'],
    ['presa-in-carico', 'presa-in-carico', 'delivered'],
    ['avvenuta-consegna', 'avvenuta-consegna', 'delivered'],
    ['errore-consegna-no-dest', 'errore-consegna', 'userunknown'],
    ['preavviso-12-ore', 'preavviso-errore-consegna', 'expired'],
    ['preavviso-24-ore', 'preavviso-errore-consegna', 'expired'],
    ['rilevazione-virus', 'rilevazione-virus', 'virusdetected'],
    ['anomalia', 'errore', 'delivered'],
  ])('reads %s as a %s receipt (reason %s, read from the message)', async (file, kind, reason) => {
    const info = await read(file)
    expect(info.format).toBe('pec')
    expect(info.pec?.kind).toBe(kind)
    expect(info.reason).toBe(reason)
    expect(info.origin.reason).toBe('read')
  })

  it('reads errore and errore-esteso from daticert.xml, and the codes the provider wrote there', async () => {
    const info = await read('errore-consegna-no-dest')
    expect(info.pec).toMatchObject({
      error: 'no-dest',
      extendedError: '5.1.1 - Gestore PEC di Esempio S.p.A. - indirizzo non valido',
      provider: 'Gestore PEC di Esempio S.p.A.',
      referenceMessageId: '<fattura-12-2026@studio.esempio.it>',
      hasDaticert: true,
    })
    expect(info.enhancedCode).toBe('5.1.1')
    expect(info.recipient).toBe('fornitore@pec.esempio.org')
  })

  it('tells the 12-hour notice from the 24-hour one', async () => {
    expect((await read('preavviso-12-ore')).pec?.hours).toBe(12)
    expect((await read('preavviso-24-ore')).pec?.hours).toBe(24)
  })

  it('notices a recipient with an ordinary address, who will send no delivery receipt', async () => {
    expect((await read('accettazione')).pec?.ordinaryRecipient).toBe(true)
    expect((await read('avvenuta-consegna')).pec?.ordinaryRecipient).toBe(false)
  })

  it('reads the anomaly envelope from its X-Trasporto header alone', async () => {
    const info = await read('anomalia')
    expect(info.pec).toMatchObject({ kind: 'errore', hasDaticert: false })
    expect(info.pec?.referenceMessageId).toBe('<preventivo@esempio.com>')
  })

  it('ignores a daticert.xml that declares entities, and never throws on broken XML', () => {
    const headers = new Map([['x-ricevuta', 'avvenuta-consegna']])
    const bomb = '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">]><postacert tipo="errore-consegna"/>'
    expect(readPec(headers, bomb)).toMatchObject({ kind: 'avvenuta-consegna', hasDaticert: false })
    expect(readPec(new Map(), '<postacert tipo="accettazione"')).toBeNull()
    expect(readPec(new Map(), '<postacert tipo="accettazione" errore="nessuno"/>')?.kind).toBe('accettazione')
  })

  it('does not take an ordinary message for a receipt', () => {
    expect(readPec(new Map([['subject', 'ACCETTAZIONE: prova']]), null)).toBeNull()
  })
})
