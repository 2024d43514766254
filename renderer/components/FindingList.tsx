import { useTranslation } from 'react-i18next'
import type { Finding, Status } from '../../shared/report'
import { EvidencePanel } from '../staff/EvidencePanel'
import { useAppStore } from '../store/use-app-store'

const STATUS_ICON: Record<Status, string> = {
  pass: '✓',
  warn: '!',
  fail: '✕',
  info: 'i',
  skipped: '–',
  error: '?',
}

/**
 * The findings of the current check (or of a saved session), each with its status in words, title
 * and detail; in the call view (or with `showEvidence`) each also shows its raw evidence.
 */
export function FindingList(props: { findings?: Finding[]; showEvidence?: boolean }) {
  const { t } = useTranslation()
  const liveFindings = useAppStore((state) => state.findings)
  const callView = useAppStore((state) => state.callView)
  const findings = props.findings ?? liveFindings
  const showEvidence = props.showEvidence ?? callView
  if (findings.length === 0) return <p className="note">{t('common:findings.none')}</p>
  return (
    <ul className="findings" aria-label={t('common:findings.title')}>
      {findings.map((finding) => (
        <FindingItem
          key={`${finding.id} ${finding.subject ?? ''}`}
          finding={finding}
          showEvidence={showEvidence}
        />
      ))}
    </ul>
  )
}

function FindingItem({ finding, showEvidence }: { finding: Finding; showEvidence: boolean }) {
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
        {showEvidence && <EvidencePanel finding={finding} />}
      </div>
    </li>
  )
}
