import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store/use-app-store'

/** The first screen: what the app does, in two sentences, and one button to start. */
export function WelcomeStep() {
  const { t } = useTranslation()
  const begin = useAppStore((state) => state.begin)
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('common:welcome.title')}
      </h1>
      <p className="lead">{t('common:welcome.lead')}</p>
      <p className="note">{t('common:welcome.privacy')}</p>
      <div className="actions">
        <button type="button" className="button-primary" onClick={begin}>
          {t('common:action.start')}
        </button>
      </div>
    </section>
  )
}
