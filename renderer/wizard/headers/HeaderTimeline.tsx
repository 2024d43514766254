import { useTranslation } from 'react-i18next'
import { formatDuration } from '../../../shared/headers/duration'
import type { HeaderReport } from '../../../shared/headers/types'
import { timelineRows, type TimelineRow } from './timeline-model'

function timeOf(at: string | null, language: string): string | null {
  if (at === null) return null
  return new Date(at).toLocaleString(language, { dateStyle: 'short', timeStyle: 'medium' })
}

function RowWait({ row }: { row: TimelineRow }) {
  const { t } = useTranslation()
  if (row.index === 0) return <span className="hop-wait">{t('headers:timeline.first')}</span>
  if (row.duration === null) return <span className="hop-wait">{t('headers:timeline.noDate')}</span>
  if (row.clockSkew)
    return <span className="hop-wait hop-skew">{t('headers:timeline.skew', { duration: row.duration })}</span>
  return (
    <span className="hop-wait">
      {t('headers:timeline.delay', { duration: row.duration })}
      {row.area && ` · ${t(`headers:timeline.areas.${row.area}`)}`}
      {row.slowest && <strong className="hop-slowest"> · {t('headers:timeline.slowest')}</strong>}
    </span>
  )
}

/** The way the message took as a timeline: one row per server, a bar for the wait before it. */
export function HeaderTimeline({ report }: { report: HeaderReport }) {
  const { t, i18n } = useTranslation()
  const rows = timelineRows(report)
  const host = (name: string | null) => name ?? t('headers:timeline.unknownHost')
  return (
    <section className="headers-timeline" aria-labelledby="headers-timeline-title">
      <h2 id="headers-timeline-title">{t('headers:timeline.title')}</h2>
      <p className="field-hint">{t('headers:timeline.caption')}</p>
      <ol className="hop-list" data-chart="headers-timeline">
        {rows.map((row) => (
          <li
            key={row.index}
            className="hop"
            data-slowest={row.slowest || undefined}
            data-skew={row.clockSkew || undefined}
          >
            <span className="hop-route">
              {t('headers:timeline.hop', { from: host(row.from), by: host(row.by) })}
            </span>
            <span className="hop-time">{timeOf(row.at, i18n.language) ?? t('headers:timeline.noDate')}</span>
            <span className="hop-bar" aria-hidden="true">
              <span style={{ width: `${row.barPercent}%` }} />
            </span>
            <RowWait row={row} />
          </li>
        ))}
      </ol>
      {report.beforeFirstHopSeconds !== null && report.beforeFirstHopSeconds > 0 && (
        <p>
          {t('headers:timeline.beforeSending', { duration: formatDuration(report.beforeFirstHopSeconds) })}
        </p>
      )}
      {report.totalDelaySeconds !== null && (
        <p>{t('headers:timeline.total', { duration: formatDuration(report.totalDelaySeconds) })}</p>
      )}
    </section>
  )
}
