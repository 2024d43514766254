import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '../components/LanguageSwitch'
import { StepIndicator } from '../components/StepIndicator'
import { useAppStore } from '../store/use-app-store'
import { WIZARD_STEPS } from '../store/wizard-slice'
import { DomainStep } from '../wizard/DomainStep'
import { ProblemStep } from '../wizard/ProblemStep'
import { ResultsStep } from '../wizard/ResultsStep'
import { WelcomeStep } from '../wizard/WelcomeStep'

/** The app's frame: header with language and start over, the step indicator, the current screen. */
export function App() {
  const { t, i18n } = useTranslation()
  const step = useAppStore((state) => state.step)
  const language = useAppStore((state) => state.language)
  const startOver = useAppStore((state) => state.startOver)
  const headingRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language)
    document.documentElement.lang = language
    document.title = t('common:app.name')
  }, [i18n, language, t])

  useEffect(() => {
    headingRef.current?.querySelector('h1')?.focus()
  }, [step])

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ✉
          </span>
          <span className="brand-name">{t('common:app.name')}</span>
        </div>
        <div className="header-actions">
          {step !== 'welcome' && (
            <button type="button" className="button-quiet" onClick={startOver}>
              {t('common:action.startOver')}
            </button>
          )}
          <LanguageSwitch />
        </div>
      </header>
      <main className="app-main" ref={headingRef}>
        {step !== 'welcome' && (
          <StepIndicator current={WIZARD_STEPS.indexOf(step)} total={WIZARD_STEPS.length - 1} />
        )}
        {step === 'welcome' && <WelcomeStep />}
        {step === 'problem' && <ProblemStep />}
        {step === 'domain' && <DomainStep />}
        {step === 'results' && <ResultsStep />}
      </main>
    </div>
  )
}
