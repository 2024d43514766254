import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { parseTarget } from '../../shared/target'
import { useAppStore } from '../store/use-app-store'

/** Asks for the address or domain, explains what is wrong with it, and starts the checks. */
export function DomainStep() {
  const { t } = useTranslation()
  const targetInput = useAppStore((state) => state.targetInput)
  const setTargetInput = useAppStore((state) => state.setTargetInput)
  const startCheck = useAppStore((state) => state.startCheck)
  const goTo = useAppStore((state) => state.goTo)
  const goBack = useAppStore((state) => state.goBack)
  const [error, setError] = useState<{ key: string; params: Record<string, string | number> } | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = parseTarget(targetInput)
    if (!parsed.ok) {
      setError({ key: `input:error.${parsed.error}`, params: parsed.params ?? {} })
      return
    }
    setError(null)
    goTo('results')
    void startCheck(targetInput)
  }

  return (
    <section className="screen" aria-labelledby="domain-title">
      <h1 id="domain-title" tabIndex={-1}>
        {t('input:domain.title')}
      </h1>
      <p className="lead">{t('input:domain.lead')}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="target-input">{t('input:domain.label')}</label>
          <input
            id="target-input"
            type="text"
            inputMode="email"
            autoComplete="email"
            spellCheck={false}
            autoCapitalize="off"
            placeholder={t('input:domain.placeholder')}
            value={targetInput}
            aria-invalid={error !== null}
            aria-describedby={error ? 'target-hint target-error' : 'target-hint'}
            onChange={(event) => {
              setTargetInput(event.target.value)
              if (error) setError(null)
            }}
          />
          <p className="field-hint" id="target-hint">
            {t('input:domain.hint')}
          </p>
          <p className="field-error" id="target-error" role="alert">
            {error ? t(error.key, error.params) : ''}
          </p>
        </div>
        <div className="actions">
          <button type="button" className="button-secondary" onClick={goBack}>
            {t('common:action.back')}
          </button>
          <button type="submit" className="button-primary">
            {t('common:action.check')}
          </button>
        </div>
      </form>
    </section>
  )
}
