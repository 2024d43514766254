import { useTranslation } from 'react-i18next'
import type { HeaderReport } from '../../../shared/headers/types'
import { authResultKey, hasAuthVerdicts, remediesFor } from '../../../shared/headers/verdict'
import { remedyKeys } from '../../../shared/knowledge/remedies'
import { HeaderRemedies } from './HeadersReportView'
import './headers.css'

/** How the receiving server judged the round trip's test message, and what to fix first. */
export function RoundTripVerdict({ report }: { report: HeaderReport }) {
  const { t } = useTranslation()
  const { spf, dkim, dmarc } = report.auth
  const fixes = remediesFor(report, ['auth'])
  const first = fixes[0]
  if (!hasAuthVerdicts(report))
    return (
      <p className="round-trip-verdict" data-verdict="none">
        {t('headers:roundTrip.noAuth')}
      </p>
    )
  return (
    <section
      className="round-trip-verdict"
      aria-label={t('headers:auth.title')}
      data-verdict={first ? 'fix' : 'ok'}
    >
      <p>
        <strong>
          {t('headers:roundTrip.verdict', {
            spf: t(authResultKey(spf)),
            dkim: t(authResultKey(dkim)),
            dmarc: t(authResultKey(dmarc)),
          })}
        </strong>{' '}
        {first
          ? t('headers:roundTrip.fix', { remedy: t(remedyKeys(first.id).title, first.params) })
          : t('headers:roundTrip.allGood')}
      </p>
      {first && <HeaderRemedies report={report} topics={['auth']} role="sender" />}
    </section>
  )
}
