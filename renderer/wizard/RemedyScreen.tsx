import { useTranslation } from 'react-i18next'
import { panelTextParams, providerName, resolveLinks } from '../../shared/knowledge/provider-identity'
import { remedyDef, remedyKeys, remedyLinks, whoActsKey, type WhoActs } from '../../shared/knowledge/remedies'
import { headersWhoActs } from '../../shared/headers/verdict'
import { needsAttention } from '../../shared/report'
import { remedyLeadKey } from '../../shared/tree/premises'
import { isEvidence } from '../../shared/tree/walker'
import type { TreeNode } from '../../shared/tree/types'
import { ExternalLink } from '../components/ExternalLink'
import { FindingList } from '../components/FindingList'
import { useAppStore } from '../store/use-app-store'
import { walkStateOf } from '../store/wizard-slice'
import { CodeExplanationCard } from './CodeExplanationCard'
import { EnvelopeTest } from './EnvelopeTest'
import { HeadersReportView } from './headers/HeadersReportView'
import { MxValuesList } from './MxValuesList'
import { ProgramFixes } from './ProgramAccounts'
import { ScreenFrame } from '../components/ScreenFrame'
import { SettingsCard } from './SettingsCard'
import { TargetCorrection } from './TargetCorrection'
import { useProviderIdentity } from '../store/use-provider-identity'

type RemedyNode = Extract<TreeNode, { kind: 'remedy' }>

/** The why behind a remedy, one click away: the findings it rests on (only checks that ran) and the bounce's code. */
function WhyDisclosure({ node }: { node: RemedyNode }) {
  const { t } = useTranslation()
  const explanation = useAppStore((state) => state.bounce?.explanation ?? null)
  const findings = useAppStore((state) => state.runs[node.findingsOf ?? 'own'].findings)
  const ran = findings.filter((finding) => isEvidence(finding) && node.showFindings?.includes(finding.id))
  // Beside a problem, a check that passed (the web site's address, say) is no "all good": only the problems.
  const problems = ran.filter(needsAttention)
  const shown = problems.length > 0 ? problems : ran
  const withExplanation = node.bounceExplanation === true && explanation !== null
  if (shown.length === 0 && !withExplanation) return null
  return (
    <details className="why">
      <summary>{t('tree:ui.why')}</summary>
      {withExplanation && <CodeExplanationCard explanation={explanation} withSteps={false} />}
      {shown.length > 0 && (
        <FindingList findings={shown} withRemedies hideRemedy={node.id} label={t('tree:ui.weChecked')} />
      )}
    </details>
  )
}

/** "Did this solve it?", or nothing on a screen whose only way on is to check again. */
function SolvedQuestion({ node }: { node: RemedyNode }) {
  const { t } = useTranslation()
  const resolve = useAppStore((state) => state.resolve)
  if (node.recheck === 'only') return null
  return (
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
  )
}

/** The tools a remedy node asks for: program fixes, the settings card, the envelope test, the headers' report, the code's explanation. */
function RemedyTools({ node, whoActs }: { node: RemedyNode; whoActs: WhoActs }) {
  const headers = useAppStore((state) => state.headers)
  const headersDkim = useAppStore((state) => state.headersDkim)
  const role = useHeadersRole()
  const explanation = useAppStore((state) => state.bounce?.explanation ?? null)
  return (
    <>
      {node.programFixes && <ProgramFixes />}
      {node.settingsCard && <SettingsCard withLoginTest={node.loginTest === true} />}
      {node.envelopeTest && <EnvelopeTest />}
      {node.headersReport && headers && (
        <HeadersReportView
          dkim={headersDkim}
          report={headers}
          topic={node.headersReport}
          role={role}
          whoActs={whoActs}
        />
      )}
      {node.explanationCard && explanation && <CodeExplanationCard explanation={explanation} withSteps />}
    </>
  )
}

/** Whose side the person is on in the headers they pasted: their answer, unless the From domain overruled it. */
function useHeadersRole(): 'sender' | 'recipient' {
  return useAppStore(
    (state) =>
      state.headers?.roleCorrection?.role ??
      (state.answers['headers-role'] === 'recipient' ? 'recipient' : 'sender'),
  )
}

/**
 * Who acts on this screen, answered once: on a headers screen whoever acts on the first remedy the
 * headers support; where the code's explanation is the remedy, whoever its reason names first.
 */
function useWhoActs(node: RemedyNode): WhoActs {
  const headers = useAppStore((state) => state.headers)
  const explained = useAppStore((state) => state.bounce?.explanation?.whoActs[0])
  const role = useHeadersRole()
  return (
    (node.headersReport && headers && headersWhoActs(headers, node.headersReport, role)) ||
    (node.explanationCard && explained) ||
    remedyDef(node.id).whoActs
  )
}

/** The remedy: what is wrong in one sentence, the steps first, links, the why one click away, "did this solve it?". */
export function RemedyScreen({ node }: { node: RemedyNode }) {
  const { t } = useTranslation()
  const checkAgain = useAppStore((state) => state.checkAgain)
  const keys = remedyKeys(node.id)
  const leadKey = useAppStore((state) => remedyLeadKey(node.id, walkStateOf(state)))
  const { provider } = useProviderIdentity()
  const links = resolveLinks(remedyLinks(node.id), provider)
  const name = providerName({ provider }) ?? ''
  const panel = panelTextParams(provider, (key, params) => t(key, params))
  const whoActs = useWhoActs(node)
  return (
    <ScreenFrame
      title={t(keys.title)}
      lead={t(leadKey)}
      actions={
        node.recheck && (
          <button type="button" className="button-primary" onClick={checkAgain}>
            {t('tree:recheck.button')}
          </button>
        )
      }
    >
      <h2>{t('tree:ui.steps')}</h2>
      <ol className="steps">
        {keys.steps.map((key, index) => (
          <li key={key}>
            <span className="step-text">{t(key, panel)}</span>
            {node.mxValuesUnderStep === index + 1 && <MxValuesList />}
          </li>
        ))}
      </ol>
      {node.correctTarget && <TargetCorrection side={node.correctTarget} />}
      {links.length > 0 && (
        <p className="links">
          {links.map((link) => (
            <ExternalLink key={link.url} url={link.url} labelKey={link.labelKey} provider={name} />
          ))}
        </p>
      )}
      <RemedyTools node={node} whoActs={whoActs} />
      <p className="who-acts">
        <span>{t('common:whoActs.label')}: </span>
        <strong>{t(whoActsKey(whoActs))}</strong>
      </p>
      <WhyDisclosure node={node} />
      <SolvedQuestion node={node} />
    </ScreenFrame>
  )
}
