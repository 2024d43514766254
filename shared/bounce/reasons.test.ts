import { describe, expect, it } from 'vitest'
import { createI18n } from '../i18n'
import { isRemedyId } from '../knowledge/remedies'
import { BOUNCE_REASONS, REASONS } from './reasons'
import { PEC_KINDS } from './pec'

describe('the reason taxonomy', () => {
  it('has Sisimai’s reasons, each with who acts and remedies that exist', () => {
    for (const name of ['userunknown', 'mailboxfull', 'vacation', 'feedback', 'delivered', 'undefined'])
      expect(BOUNCE_REASONS).toContain(name)
    for (const reason of BOUNCE_REASONS) {
      expect(REASONS[reason].whoActs, reason).toBeTruthy()
      for (const id of REASONS[reason].remedies) expect(isRemedyId(id), `${reason} → ${id}`).toBe(true)
    }
  })

  it('gives every failure a remedy, and none to a delivery, an auto-reply or a report', () => {
    for (const reason of BOUNCE_REASONS) {
      const failure = !REASONS[reason].notFailure && reason !== 'undefined'
      expect(REASONS[reason].remedies.length > 0, reason).toBe(failure)
    }
  })

  it('explains every reason and every PEC receipt in both languages', () => {
    for (const lang of ['it', 'en'] as const) {
      const i18n = createI18n(lang)
      for (const reason of BOUNCE_REASONS) {
        expect(i18n.exists(`bounce:reasons.${reason}.title`), `${lang} ${reason}`).toBe(true)
        expect(i18n.exists(`bounce:reasons.${reason}.meaning`), `${lang} ${reason}`).toBe(true)
      }
      for (const kind of PEC_KINDS) expect(i18n.exists(`bounce:pec.kinds.${kind}.meaning`), kind).toBe(true)
    }
  })
})
