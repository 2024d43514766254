import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { loadLanguage } from './i18n'
import { LanguageSwitch } from '../components/LanguageSwitch'
import { StepIndicator } from '../components/StepIndicator'
import { HistoryScreen } from '../staff/HistoryScreen'
import { SessionView } from '../staff/SessionView'
import { AutoSave } from '../staff/ReportPanel'
import { StaffMenu } from '../staff/StaffMenu'
import { HelpOverlay, useStaffShortcuts } from '../staff/StaffShortcuts'
import { CallView } from '../staff/CallView'
import { useAppStore } from '../store/use-app-store'
import { answeredSteps } from '../store/wizard-slice'
import { FindingsPanel } from '../wizard/FindingsPanel'
import { TreeScreen } from '../wizard/TreeScreen'
import { WelcomeStep } from '../wizard/WelcomeStep'

/**
 * The app's frame: a header with start over, help, the language and the staff's menu (history, call
 * view, settings);
 * then the current view: the wizard (step indicator, screen, findings), the history, or one session.
 */
export function App() {
  const { t, i18n } = useTranslation()
  const screen = useAppStore((state) => state.screen)
  const nodeId = useAppStore((state) => state.nodeId)
  const stepsDone = useAppStore((state) => answeredSteps(state.trail).length)
  const language = useAppStore((state) => state.language)
  const view = useAppStore((state) => state.view)
  const callView = useAppStore((state) => state.callView)
  const mainRef = useRef<HTMLElement>(null)

  useEffect(() => {
    if (i18n.language !== language) void loadLanguage(language).then(() => i18n.changeLanguage(language))
    document.documentElement.lang = language
    document.title = t('common:app.name')
  }, [i18n, language, t])

  useEffect(() => {
    mainRef.current?.querySelector('h1')?.focus()
  }, [screen, nodeId, view])
  useStaffShortcuts()

  const current = stepsDone + 1
  return (
    <div className="app">
      <AppHeader />
      <main
        className={`app-main${view === 'history' || (callView && view === 'wizard' && screen === 'tree') ? ' app-main-wide' : ''}`}
        ref={mainRef}
      >
        {callView && (
          <p className="call-view-banner" role="status">
            {t('report:staff.callViewOn')}
          </p>
        )}
        {view === 'history' && <HistoryScreen />}
        {view === 'session' && <SessionView />}
        {view === 'wizard' && screen === 'welcome' && <WelcomeStep />}
        {view === 'wizard' && screen === 'tree' && callView && <CallView />}
        {view === 'wizard' && screen === 'tree' && !callView && (
          <>
            <StepIndicator current={current} />
            <TreeScreen />
            <FindingsPanel />
          </>
        )}
      </main>
      {view === 'wizard' && screen === 'tree' && <AutoSave />}
      <HelpOverlay />
    </div>
  )
}

/** The header: the app's name, start over (once there is something to start over), the staff's menu, help and the language. */
function AppHeader() {
  const { t } = useTranslation()
  const screen = useAppStore((state) => state.screen)
  const view = useAppStore((state) => state.view)
  const startFresh = useAppStore((state) => state.startFresh)
  const setHelpOpen = useAppStore((state) => state.setHelpOpen)
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ✉
        </span>
        <span className="brand-name">{t('common:app.name')}</span>
      </div>
      <div className="header-actions">
        {(screen !== 'welcome' || view !== 'wizard') && (
          <button type="button" className="button-quiet" onClick={startFresh}>
            {t('common:action.startOver')}
          </button>
        )}
        <StaffMenu />
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
  )
}
