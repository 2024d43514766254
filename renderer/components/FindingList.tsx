import { useContext } from 'react'
import { useTranslation } from 'react-i18next'
import { panelTextParams, providerName, resolveLinks } from '../../shared/knowledge/provider-identity'
import { remedyKeys, remedyLinks } from '../../shared/knowledge/remedies'
import { useProviderIdentity } from '../store/use-provider-identity'
import { needsAttention, STATUS_MARK, type Finding, type RemedyId, type Status } from '../../shared/report'
import { displayParams } from '../../shared/unicode-domain'
import { ExternalLink } from './ExternalLink'
import { FindingToolsSlot, type FindingTools } from './finding-tools'

const STATUS_ORDER: Record<Status, number> = { fail: 0, error: 1, warn: 2, info: 3, pass: 4, skipped: 5 }

/** Findings, each with its status in words (never colour alone), title and detail; worst first. */
export function FindingList({
  findings,
  withRemedies = false,
  hideRemedy,
  label,
}: {
  findings: readonly Finding[]
  withRemedies?: boolean
  /** A remedy the screen already shows in full, left out under the findings. */
  hideRemedy?: RemedyId
  label: string
}) {
  const tools = useContext(FindingToolsSlot)
  const sorted = [...findings].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])
  return (
    <ul className="findings" aria-label={label}>
      {sorted.map((finding) => (
        <FindingItem
          key={`${finding.id} ${finding.subject ?? ''}`}
          finding={finding}
          withRemedies={withRemedies}
          hideRemedy={hideRemedy}
          tools={tools}
        />
      ))}
    </ul>
  )
}

function FindingItem({
  finding,
  withRemedies,
  hideRemedy,
  tools,
}: {
  finding: Finding
  withRemedies: boolean
  hideRemedy: RemedyId | undefined
  tools: FindingTools | null
}) {
  const { t } = useTranslation()
  const remedies =
    withRemedies && needsAttention(finding) ? finding.remedies.filter((id) => id !== hideRemedy) : []
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
          {t(finding.title.key, displayParams(finding.title.params))}
        </p>
        <p className="finding-detail">{t(finding.detail.key, displayParams(finding.detail.params))}</p>
        {remedies.map((id) => (
          <FindingRemedy key={id} id={id} />
        ))}
        {tools?.(finding)}
      </div>
    </li>
  )
}

/** One remedy under a finding: its title, numbered steps and links. */
function FindingRemedy({ id }: { id: RemedyId }) {
  const { t } = useTranslation()
  const keys = remedyKeys(id)
  const { provider } = useProviderIdentity()
  const links = resolveLinks(remedyLinks(id), provider)
  const name = providerName({ provider }) ?? ''
  const params = panelTextParams(provider, (key, values) => t(key, values))
  return (
    <div className="finding-remedy">
      <p className="finding-remedy-title">{t(keys.title)}</p>
      <ol>
        {keys.steps.map((key) => (
          <li key={key}>{t(key, params)}</li>
        ))}
      </ol>
      {links.length > 0 && (
        <p className="links">
          {links.map((link) => (
            <ExternalLink key={link.url} url={link.url} labelKey={link.labelKey} provider={name} />
          ))}
        </p>
      )}
    </div>
  )
}
