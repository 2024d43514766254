import { useTranslation } from 'react-i18next'
import type { Finding, Status } from '../../shared/report'
import { useAppStore } from '../store/use-app-store'

const STATUS_ICON: Record<Status, string> = {
  pass: '✓',
  warn: '!',
  fail: '✕',
  info: 'i',
  skipped: '–',
  error: '?',
}

/** The findings of the current check, each with its status in words, title and detail. */
export function FindingList() {
  const { t } = useTranslation()
  const findings = useAppStore((state) => state.findings)
  if (findings.length === 0) return <p className="note">{t('common:findings.none')}</p>
  return (
    <ul className="findings" aria-label={t('common:findings.title')}>
      {findings.map((finding) => (
        <FindingItem key={`${finding.id} ${finding.subject ?? ''}`} finding={finding} />
      ))}
    </ul>
  )
}

function FindingItem({ finding }: { finding: Finding }) {
  const { t } = useTranslation()
  return (
    <li
      className={`finding finding-${finding.status}`}
      data-check-id={finding.id}
      data-status={finding.status}
    >
      <span className="finding-icon" aria-hidden="true">
        {STATUS_ICON[finding.status]}
      </span>
      <div className="finding-body">
        <p className="finding-title">
          <span className="finding-status">{t(`common:status.${finding.status}`)}</span>
          <span className="visually-hidden">: </span>
          {t(finding.title.key, finding.title.params ?? {})}
        </p>
        <p className="finding-detail">{t(finding.detail.key, finding.detail.params ?? {})}</p>
      </div>
    </li>
  )
}
