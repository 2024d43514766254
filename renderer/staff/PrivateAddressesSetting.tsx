import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../bridge/api'

/** The private ranges named beside the checkbox, as data: the text never spells them itself. */
const PRIVATE_EXAMPLES = '127.0.0.1, 10.x, 192.168.x, 169.254.x'

type Outcome = { kind: 'saved'; on: boolean } | { kind: 'failed'; message: string }

/**
 * The settings' opt-in for private addresses: checked, the next checks connect to loopback, private
 * and link-local addresses too (staff checking a server on their own network). Off by default.
 * Saved in main's settings as soon as it changes; the other settings keep their values.
 */
export function PrivateAddressesSetting() {
  const { t } = useTranslation()
  const ids = { box: useId(), hint: useId() }
  const [checked, setChecked] = useState<boolean | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  useEffect(() => {
    let current = true
    void api()
      .getSettings()
      .then((result) => {
        if (current) setChecked(result.ok ? result.value.allowPrivate === true : false)
      })
    return () => {
      current = false
    }
  }, [])

  const change = async (on: boolean) => {
    setChecked(on)
    setOutcome(null)
    const saved = await api().getSettings()
    const result = saved.ok ? await api().setSettings({ ...saved.value, allowPrivate: on }) : saved
    if (result.ok) setOutcome({ kind: 'saved', on: result.value.allowPrivate === true })
    else setOutcome({ kind: 'failed', message: result.error.message })
  }

  const outcomeText = (value: Outcome) =>
    value.kind === 'failed'
      ? t('common:settings.failed', { message: value.message })
      : t(value.on ? 'common:settings.privateAddresses.savedOn' : 'common:settings.privateAddresses.savedOff')

  return (
    <fieldset className="settings-choice">
      <legend>{t('common:settings.privateAddresses.legend')}</legend>
      <label htmlFor={ids.box}>
        <input
          id={ids.box}
          type="checkbox"
          checked={checked === true}
          disabled={checked === null}
          aria-describedby={ids.hint}
          onChange={(event) => void change(event.target.checked)}
        />{' '}
        {t('common:settings.privateAddresses.label', { examples: PRIVATE_EXAMPLES })}
      </label>
      <p className="field-hint" id={ids.hint}>
        {t('common:settings.privateAddresses.hint')}
      </p>
      <p className="settings-saved" aria-live="polite">
        {outcome && outcomeText(outcome)}
      </p>
    </fieldset>
  )
}
