import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { DECISION_TREE } from '../../shared/tree/decision-tree'
import { fewestScreensLeft } from '../../shared/tree/walker'
import { LanguageSwitch } from '../components/LanguageSwitch'
import { StepIndicator } from '../components/StepIndicator'
import { useAppStore } from '../store/use-app-store'
import { FindingsPanel } from '../wizard/FindingsPanel'
import { TreeScreen } from '../wizard/TreeScreen'
import { WelcomeStep } from '../wizard/WelcomeStep'

/** The app's frame: header with language and start over, the step indicator, the current screen. */
export function App() {
  const { t, i18n } = useTranslation()
  const screen = useAppStore((state) => state.screen)
  const nodeId = useAppStore((state) => state.nodeId)
  const stepsDone = useAppStore((state) => state.trail.length)
  const language = useAppStore((state) => state.language)
  const startOver = useAppStore((state) => state.startOver)
  const mainRef = useRef<HTMLElement>(null)

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language)
    document.documentElement.lang = language
    document.title = t('common:app.name')
  }, [i18n, language, t])

  useEffect(() => {
    mainRef.current?.querySelector('h1')?.focus()
  }, [screen, nodeId])

  const current = stepsDone + 1
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
          {screen !== 'welcome' && (
            <button type="button" className="button-quiet" onClick={startOver}>
              {t('common:action.startOver')}
            </button>
          )}
          <LanguageSwitch />
        </div>
      </header>
      <main className="app-main" ref={mainRef}>
        {screen === 'welcome' ? (
          <WelcomeStep />
        ) : (
          <>
            <StepIndicator current={current} total={current + fewestScreensLeft(DECISION_TREE, nodeId)} />
            <TreeScreen />
            <FindingsPanel />
          </>
        )}
      </main>
    </div>
  )
}
