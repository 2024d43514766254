import { useTranslation } from 'react-i18next'
import type { HeaderRole } from '../../../shared/headers/types'
import type { HeaderRemedy, HeaderReport, LocalDkimCheck } from '../../../shared/headers/types'
import { authResultKey, remediesFor, remedyWhoActs, topicsOf } from '../../../shared/headers/verdict'
import { remedyKeys } from '../../../shared/knowledge/remedies'
import { HeaderTimeline } from './HeaderTimeline'
import './headers.css'

const AUTH_METHODS = ['spf', 'dkim', 'dmarc', 'arc'] as const

function AuthVerdicts({ report }: { report: HeaderReport }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="headers-auth-title">
      <h2 id="headers-auth-title">{t('headers:auth.title')}</h2>
      <dl className="auth-verdicts">
        {AUTH_METHODS.map((method) => (
          <div key={method} data-auth={method} data-result={report.auth[method] ?? 'null'}>
            <dt>{method.toUpperCase()}</dt>
            <dd>
              <strong>{t(authResultKey(report.auth[method]))}</strong>
              <span className="field-hint"> {t(`headers:auth.explain.${method}`)}</span>
            </dd>
          </div>
        ))}
      </dl>
      {report.auth.recordedBy && (
        <p className="field-hint">{t('headers:auth.recordedBy', { server: report.auth.recordedBy })}</p>
      )}
    </section>
  )
}

/** DKIM as the engine verified it again here, with mailauth and the keys in the DNS. */
function LocalDkim({ check }: { check: LocalDkimCheck }) {
  const { t } = useTranslation()
  const text = (signature: LocalDkimCheck['signatures'][number]) => {
    const params = { domain: signature.domain, selector: signature.selector ?? '', reason: signature.comment }
    if (signature.result === 'pass') return t('headers:auth.dkimLocal.pass', params)
    if (signature.result === 'temperror') return t('headers:auth.dkimLocal.offline', params)
    return t('headers:auth.dkimLocal.fail', params)
  }
  return (
    <section className="dkim-local" aria-labelledby="headers-dkim-local-title" data-outcome={check.outcome}>
      <h3 id="headers-dkim-local-title">{t('headers:auth.dkimLocal.title')}</h3>
      {check.outcome === 'headers-only' && <p>{t('headers:auth.dkimLocal.noBody')}</p>}
      {check.outcome === 'no-signature' && <p>{t('headers:auth.dkimLocal.none')}</p>}
      <ul>
        {check.signatures.map((signature) => (
          <li key={`${signature.domain}-${signature.selector}`} data-result={signature.result ?? 'null'}>
            {text(signature)}
          </li>
        ))}
      </ul>
    </section>
  )
}

function SpamVerdicts({ report }: { report: HeaderReport }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="headers-spam-title">
      <h2 id="headers-spam-title">{t('headers:spam.title')}</h2>
      {report.spam.length === 0 && <p>{t('headers:spam.none')}</p>}
      <ul className="spam-verdicts">
        {report.spam.map((verdict) => (
          <li key={`${verdict.source}-${verdict.rules.join()}`} data-verdict={verdict.verdict}>
            <strong>
              {t('headers:spam.verdict', {
                filter: t(`headers:spam.filters.${verdict.filter}`),
                verdict: t(`headers:spam.verdicts.${verdict.verdict}`),
              })}
            </strong>
            {verdict.score !== null && (
              <span>
                {' · '}
                {verdict.threshold === null
                  ? t('headers:spam.score', { score: verdict.score })
                  : t('headers:spam.scoreOf', { score: verdict.score, threshold: verdict.threshold })}
              </span>
            )}
            <span className="field-hint"> ({verdict.source})</span>
            {verdict.rules.length > 0 && (
              <p className="spam-rules">{t('headers:spam.rules', { rules: verdict.rules.join(', ') })}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}

/**
 * The remedies the headers support on some topics, each with its numbered steps; who acts is said
 * on a card only where it differs from `whoActs`, the screen's own answer (the first card's).
 */
export function HeaderRemedies({
  report,
  topics,
  role,
  whoActs,
}: {
  report: HeaderReport
  topics: readonly HeaderRemedy['topic'][]
  role: HeaderRole
  whoActs?: string
}) {
  const { t } = useTranslation()
  const remedies = remediesFor(report, topics)
  return (
    <ol className="header-remedies">
      {remedies.map((remedy) => {
        const keys = remedyKeys(remedy.id)
        return (
          <li key={remedy.id} className="card" data-remedy={remedy.id}>
            <h3>{t(keys.title, remedy.params)}</h3>
            {remedyWhoActs(remedy.id, role) !== whoActs && (
              <p className="who-acts">
                <span>{t('common:whoActs.label')}: </span>
                <strong>{t(`common:whoActs.${remedyWhoActs(remedy.id, role)}`)}</strong>
              </p>
            )}
            <ol className="steps">
              {keys.steps.map((key) => (
                <li key={key}>{t(key, remedy.params)}</li>
              ))}
            </ol>
          </li>
        )
      })}
    </ol>
  )
}

/** Why the screen speaks from the other side than the person answered: the From domain said so. */
function RoleNote({ report }: { report: HeaderReport }) {
  const { t } = useTranslation()
  const correction = report.roleCorrection
  if (!correction) return null
  const key = correction.role === 'recipient' ? 'headers:role.toRecipient' : 'headers:role.toSender'
  return (
    <p className="note" data-role-correction={correction.role}>
      {t(key, { fromDomain: correction.fromDomain, ownDomain: correction.ownDomain })}
    </p>
  )
}

/** What a message's headers say on one topic: the timeline, the verdicts, and the remedies. */
export function HeadersReportView({
  dkim,
  report,
  topic,
  role,
  whoActs,
}: {
  dkim: LocalDkimCheck | null
  report: HeaderReport
  topic: 'delay' | 'spam'
  role: HeaderRole
  /** Who acts, as the screen says it once. */
  whoActs?: string
}) {
  return (
    <div className="headers-report" data-topic={topic}>
      <RoleNote report={report} />
      <HeaderRemedies
        report={report}
        topics={topicsOf(topic)}
        role={role}
        {...(whoActs ? { whoActs } : {})}
      />
      {topic === 'spam' && <AuthVerdicts report={report} />}
      {topic === 'spam' && dkim && <LocalDkim check={dkim} />}
      {topic === 'spam' && <SpamVerdicts report={report} />}
      <HeaderTimeline report={report} />
    </div>
  )
}
