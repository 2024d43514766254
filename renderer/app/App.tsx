import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '../components/LanguageSwitch'
import { StepIndicator } from '../components/StepIndicator'
import { useAppStore } from '../store/use-app-store'
import { WIZARD_STEPS } from '../store/wizard-slice'
import { HistoryScreen } from '../staff/HistoryScreen'
import { SessionView } from '../staff/SessionView'
import { HelpOverlay, useStaffShortcuts } from '../staff/StaffShortcuts'
import { DomainStep } from '../wizard/DomainStep'
import { ProblemStep } from '../wizard/ProblemStep'
import { ResultsStep } from '../wizard/ResultsStep'
import { WelcomeStep } from '../wizard/WelcomeStep'

/** The app's frame: header with language and start over, the step indicator, the current screen. */
export function App() {
  const { t, i18n } = useTranslation()
  const step = useAppStore((state) => state.step)
  const language = useAppStore((state) => state.language)
  const view = useAppStore((state) => state.view)
  const callView = useAppStore((state) => state.callView)
  const startFresh = useAppStore((state) => state.startFresh)
  const showHistory = useAppStore((state) => state.showHistory)
  const toggleCallView = useAppStore((state) => state.toggleCallView)
  const setHelpOpen = useAppStore((state) => state.setHelpOpen)
  const headingRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language)
    document.documentElement.lang = language
    document.title = t('common:app.name')
  }, [i18n, language, t])

  useEffect(() => {
    headingRef.current?.querySelector('h1')?.focus()
  }, [step, view])
  useStaffShortcuts()

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
          {(step !== 'welcome' || view !== 'wizard') && (
            <button type="button" className="button-quiet" onClick={startFresh}>
              {t('common:action.startOver')}
            </button>
          )}
          <button type="button" className="button-quiet" onClick={() => void showHistory()}>
            {t('report:history.open')}
          </button>
          <button type="button" className="button-quiet" aria-pressed={callView} onClick={toggleCallView}>
            {t('report:staff.callView')}
          </button>
          <button
            type="button"
            className="button-quiet"
            aria-label={t('report:shortcuts.open')}
            title={t('report:shortcuts.open')}
            onClick={() => setHelpOpen(true)}
          >
            ?
          </button>
          <LanguageSwitch />
        </div>
      </header>
      <main className="app-main" ref={headingRef}>
        {callView && (
          <p className="call-view-banner" role="status">
            {t('report:staff.callViewOn')}
          </p>
        )}
        {view === 'history' && <HistoryScreen />}
        {view === 'session' && <SessionView />}
        {view === 'wizard' && step !== 'welcome' && (
          <StepIndicator current={WIZARD_STEPS.indexOf(step)} total={WIZARD_STEPS.length - 1} />
        )}
        {view === 'wizard' && step === 'welcome' && <WelcomeStep />}
        {view === 'wizard' && step === 'problem' && <ProblemStep />}
        {view === 'wizard' && step === 'domain' && <DomainStep />}
        {view === 'wizard' && step === 'results' && <ResultsStep />}
      </main>
      <HelpOverlay />
    </div>
  )
}
