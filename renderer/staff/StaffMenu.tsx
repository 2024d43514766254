import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store/use-app-store'
import { SettingsDialog } from './SettingsDialog'

/**
 * The support staff's tools, folded in one menu of the header so the person sees only language and
 * help: History, Call view and Settings. History and Call view are also one shortcut away.
 */
export function StaffMenu() {
  const { t } = useTranslation()
  const callView = useAppStore((state) => state.callView)
  const showHistory = useAppStore((state) => state.showHistory)
  const toggleCallView = useAppStore((state) => state.toggleCallView)
  return (
    <details className="staff-menu">
      <summary className="button-quiet">{t('report:staff.menu')}</summary>
      <div className="staff-menu-items">
        <button type="button" className="button-quiet" onClick={() => void showHistory()}>
          {t('report:history.open')}
        </button>
        <button type="button" className="button-quiet" aria-pressed={callView} onClick={toggleCallView}>
          {t('report:staff.callView')}
        </button>
        <SettingsDialog />
      </div>
    </details>
  )
}
