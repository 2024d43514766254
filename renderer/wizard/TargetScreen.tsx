import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { loadTargetParser } from './target-parser'
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

  useEffect(() => {
    void loadTargetParser()
  }, [])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const parseTarget = await loadTargetParser()
    const parsed = parseTarget(value)
    if (!parsed.ok) {
      setError({ key: `input:error.${parsed.error}`, params: parsed.params ?? {} })
      return
    }
    setError(null)
    submitTarget(value, parsed.domainUnicode, parsed.normalised ?? undefined)
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
