import { useTranslation } from 'react-i18next'
import { remedyKeys } from '../../shared/knowledge/remedy'
import { needsAttention, STATUS_MARK, type Finding, type Status } from '../../shared/report'
import { withUnicodeDomains } from '../../shared/unicode-domain'
import { EvidencePanel } from '../staff/EvidencePanel'
import { RerunButton } from '../staff/RerunButton'
import { useAppStore } from '../store/use-app-store'

const STATUS_ORDER: Record<Status, number> = { fail: 0, error: 1, warn: 2, info: 3, pass: 4, skipped: 5 }

/** Findings, each with its status in words (never colour alone), title and detail; worst first. */
export function FindingList({
  findings,
  withRemedies = false,
  showEvidence,
  label,
}: {
  findings: readonly Finding[]
  withRemedies?: boolean
  /** Shows each finding's raw evidence; by default, in the call view. */
  showEvidence?: boolean
  label: string
}) {
  const callView = useAppStore((state) => state.callView)
  const withEvidence = showEvidence ?? callView
  const sorted = [...findings].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])
  return (
    <ul className="findings" aria-label={label}>
      {sorted.map((finding) => (
        <FindingItem
          key={`${finding.id} ${finding.subject ?? ''}`}
          finding={finding}
          withRemedies={withRemedies}
          showEvidence={withEvidence}
        />
      ))}
    </ul>
  )
}

function FindingItem({
  finding,
  withRemedies,
  showEvidence,
}: {
  finding: Finding
  withRemedies: boolean
  showEvidence: boolean
}) {
  const { t } = useTranslation()
  const remedies = withRemedies && needsAttention(finding) ? finding.remedies : []
  return (
    <li
      className={`finding finding-${finding.status}`}
      data-check-id={finding.id}
      data-status={finding.status}
    >
      <span className="finding-icon" aria-hidden="true">
        {STATUS_MARK[finding.status]}
      </span>
      <div className="finding-body">
        <p className="finding-title">
          <span className="finding-status">{t(`common:status.${finding.status}`)}</span>
          <span className="visually-hidden">: </span>
          {withUnicodeDomains(t(finding.title.key, finding.title.params ?? {}))}
        </p>
        <p className="finding-detail">
          {withUnicodeDomains(t(finding.detail.key, finding.detail.params ?? {}))}
        </p>
        {remedies.map((id) => {
          const keys = remedyKeys(id)
          const steps = t(keys.steps, { returnObjects: true, ...(finding.detail.params ?? {}) }) as unknown
          return (
            <div className="finding-remedy" key={id}>
              <p className="finding-remedy-title">{t(keys.title, finding.detail.params ?? {})}</p>
              {Array.isArray(steps) && (
                <ol>
                  {steps.map((step) => (
                    <li key={String(step)}>{String(step)}</li>
                  ))}
                </ol>
              )}
            </div>
          )
        })}
        {showEvidence && <EvidencePanel finding={finding} />}
        {showEvidence && <RerunButton finding={finding} />}
      </div>
    </li>
  )
}
