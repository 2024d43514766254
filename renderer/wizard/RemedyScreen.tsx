import { useTranslation } from 'react-i18next'
import { remedyDef, remedyKeys, remedyLinks, whoActsKey } from '../../shared/knowledge/remedies'
import type { TreeNode } from '../../shared/tree/types'
import { ExternalLink } from '../components/ExternalLink'
import { FindingList } from '../components/FindingList'
import { useAppStore } from '../store/use-app-store'
import { CodeExplanationCard } from './CodeExplanationCard'
import { EnvelopeTest } from './EnvelopeTest'
import { HeadersReportView } from './headers/HeadersReportView'
import { ScreenFrame } from './ScreenFrame'
import { SettingsCard } from './SettingsCard'

/** The remedy: what is wrong in one sentence, who acts, numbered steps, links, "did this solve it?". */
export function RemedyScreen({ node }: { node: Extract<TreeNode, { kind: 'remedy' }> }) {
  const { t } = useTranslation()
  const resolve = useAppStore((state) => state.resolve)
  const explanation = useAppStore((state) => state.bounce?.explanation ?? null)
  const headers = useAppStore((state) => state.headers)
  const headersDkim = useAppStore((state) => state.headersDkim)
  const role = useAppStore((state) =>
    state.answers['headers-role'] === 'recipient' ? 'recipient' : 'sender',
  )
  const target = node.id.startsWith('recipient-domain') ? 'recipient' : 'own'
  const findings = useAppStore((state) => state.runs[target].findings)
  const shown = findings.filter(
    (finding) => finding.status !== 'skipped' && node.showFindings?.includes(finding.id),
  )
  const keys = remedyKeys(node.id)
  const links = remedyLinks(node.id)
  return (
    <ScreenFrame title={t(keys.title)} lead={t(keys.summary)}>
      <p className="who-acts">
        <span>{t('common:whoActs.label')}: </span>
        <strong>{t(whoActsKey(remedyDef(node.id).whoActs))}</strong>
      </p>
      <h2>{t('tree:ui.steps')}</h2>
      <ol className="steps">
        {keys.steps.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
      {links.length > 0 && (
        <p className="links">
          {links.map((url) => (
            <ExternalLink key={url} url={url} />
          ))}
        </p>
      )}
      {node.settingsCard && <SettingsCard />}
      {node.envelopeTest && <EnvelopeTest />}
      {node.headersReport && headers && (
        <HeadersReportView dkim={headersDkim} report={headers} topic={node.headersReport} role={role} />
      )}
      {node.bounceExplanation && explanation && (
        <CodeExplanationCard explanation={explanation} withSteps={node.id === 'bounce-explained'} />
      )}
      {shown.length > 0 && (
        <>
          <h2>{t('tree:ui.weChecked')}</h2>
          <FindingList findings={shown} withRemedies hideRemedy={node.id} label={t('tree:ui.weChecked')} />
        </>
      )}
      <fieldset className="solved">
        <legend>{t('tree:ui.solvedQuestion')}</legend>
        <div className="solved-buttons">
          <button type="button" className="button-primary" onClick={() => resolve(true)}>
            {t('tree:ui.solvedYes')}
          </button>
          <button type="button" className="button-secondary" onClick={() => resolve(false)}>
            {t('tree:ui.solvedNo')}
          </button>
        </div>
      </fieldset>
    </ScreenFrame>
  )
}
