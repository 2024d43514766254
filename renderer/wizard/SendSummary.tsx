import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store/use-app-store'

/**
 * How the person sends the summary from the hand-off, in plain words: copy it to paste into a
 * support request, or save it as a page to attach. No staff options (formats, masking, history).
 */
export function SendSummary() {
  const { t } = useTranslation()
  const notice = useAppStore((state) => state.reportNotice)
  const copyReport = useAppStore((state) => state.copyReport)
  const exportReport = useAppStore((state) => state.exportReport)
  return (
    <div className="send-summary">
      <div className="report-actions">
        <button type="button" className="button-primary-inline" onClick={() => void copyReport()}>
          {t('tree:ui.handoffCopy')}
        </button>
        <button type="button" className="button-secondary" onClick={() => void exportReport('html')}>
          {t('tree:ui.handoffSave')}
        </button>
      </div>
      <p className={`report-notice${notice?.kind === 'error' ? ' report-notice-error' : ''}`} role="status">
        {notice ? t(notice.key, notice.params ?? {}) : ''}
      </p>
    </div>
  )
}
