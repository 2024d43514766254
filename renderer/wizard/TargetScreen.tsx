import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { TARGET_INPUT_MAX } from '../../shared/target'
import { api } from '../bridge/api'
import { Field } from '../components/Field'
import { useAppStore } from '../store/use-app-store'
import { ScreenFrame } from '../components/ScreenFrame'

/** Asks for the address or domain, explains what is wrong with it, and starts the checks at once. */
export function TargetScreen() {
  const { t } = useTranslation()
  const value = useAppStore((state) => state.targetInput)
  const setValue = useAppStore((state) => state.setTargetInput)
  const submitTarget = useAppStore((state) => state.submitTarget)
  const [error, setError] = useState<{ key: string; params: Record<string, string | number> } | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    // The engine reads the target, as the checks will: one reading, shown here as it is.
    const result = await api().readTarget({ input: value.trim().slice(0, TARGET_INPUT_MAX + 1) })
    if (!result.ok) {
      setError({ key: 'common:error.unexpected', params: { message: result.error.message } })
      return
    }
    const reading = result.value
    if (!reading.ok) {
      setError({ key: `input:error.${reading.error}`, params: reading.params ?? {} })
      return
    }
    setError(null)
    submitTarget(value, reading.domainUnicode, reading.normalised ?? undefined)
  }

  return (
    <ScreenFrame
      title={t('tree:nodes.target.title')}
      lead={t('tree:nodes.target.lead')}
      actions={
        <button type="submit" form="target-form" className="button-primary">
          {t('common:action.check')}
        </button>
      }
    >
      <form id="target-form" onSubmit={(event) => void submit(event)} noValidate>
        <Field
          id="target-input"
          name="target"
          label={t('input:domain.label')}
          hint={t('input:domain.hint')}
          error={error ? t(error.key, error.params) : ''}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="email"
              autoComplete="email"
              spellCheck={false}
              autoCapitalize="off"
              placeholder={t('input:domain.placeholder')}
              value={value}
              onChange={(event) => {
                setValue(event.target.value)
                if (error) setError(null)
              }}
            />
          )}
        </Field>
      </form>
    </ScreenFrame>
  )
}
