import { useId, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_DNS_SERVERS } from '../../shared/app-settings'
import { Field } from '../components/Field'
import type { DnsMode, DnsProblem } from './use-dns-settings'

/** The choice, the typed servers and their problem, and the field to focus on a problem. */
interface DnsServersChoiceProps {
  mode: DnsMode
  onMode: (mode: DnsMode) => void
  text: string
  onText: (text: string) => void
  problem: DnsProblem | null
  fieldRef: RefObject<HTMLInputElement | null>
}

/** The settings dialog's DNS choice: the system's resolvers, or the servers typed in the field. */
export function DnsServersChoice({ mode, onMode, text, onText, problem, fieldRef }: DnsServersChoiceProps) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <>
      <fieldset className="settings-choice">
        <legend>{t('common:settings.dnsLegend')}</legend>
        {(['system', 'custom'] as const).map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name="dns-mode"
              value={choice}
              checked={mode === choice}
              onChange={() => onMode(choice)}
            />{' '}
            {t(`common:settings.${choice}`)}
          </label>
        ))}
      </fieldset>
      {mode === 'custom' && (
        <Field
          id={id}
          label={t('common:settings.field')}
          hint={t('common:settings.hint')}
          error={
            problem &&
            t(`common:settings.error.${problem.error}`, { value: problem.value, max: MAX_DNS_SERVERS })
          }
        >
          {(control) => (
            <input
              {...control}
              ref={fieldRef}
              type="text"
              inputMode="text"
              autoComplete="off"
              spellCheck={false}
              value={text}
              onChange={(event) => onText(event.target.value)}
            />
          )}
        </Field>
      )}
    </>
  )
}
