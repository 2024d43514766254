import { useTranslation } from 'react-i18next'
import { LANGUAGES, isLanguage } from '../../shared/protocol/languages'
import { rememberLanguage } from '../store/language'
import { api } from '../bridge/api'
import { useAppStore } from '../store/use-app-store'

/** A labelled select that switches every text of the app, and the menus, at once. */
export function LanguageSwitch() {
  const { t } = useTranslation()
  const language = useAppStore((state) => state.language)
  const setLanguage = useAppStore((state) => state.setLanguage)
  return (
    <label className="language-switch">
      <span>{t('common:language.label')}</span>
      <select
        value={language}
        onChange={(event) => {
          const next = event.target.value
          if (!isLanguage(next)) return
          setLanguage(next)
          rememberLanguage(next)
          void api().setLanguage(next)
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`common:language.${code}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
