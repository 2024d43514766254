import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Finding } from '../../shared/report'
import { buildTimingChart, type ChartRow, type ChartSegment } from './timing-chart-model'
import './staff.css'

const WIDTH = 600
const LABEL_WIDTH = 230
const BAR_WIDTH = WIDTH - LABEL_WIDTH - 80
const ROW_HEIGHT = 34
const AXIS_HEIGHT = 26

/** The phases in chart order, each with a colour that stays readable next to its neighbours. */
export const PHASE_COLOURS: Record<ChartSegment['phase'], string> = {
  dns: '#6b8fb3',
  connect: '#1d5c8c',
  banner: '#b35900',
  ehlo: '#7a6a00',
  starttls: '#8a3f8f',
  tls: '#1e6b3a',
  auth: '#a3221b',
  other: '#8c8c8c',
}

/** Each phase of a row with its time, in words: "Connection 12 ms, TLS 40 ms". */
function phasesText(t: TFunction, segments: readonly ChartSegment[], separator: string): string {
  return segments
    .map((segment) => `${t(`report:phase.${segment.phase}`)} ${t('report:staff.ms', { value: segment.ms })}`)
    .join(separator)
}

function rowLabel(row: ChartRow): string {
  return row.subject ? `${row.checkId} · ${row.subject}` : row.checkId
}

/** One chart's rows, its scale, its text alternative and its name (for tests and styles). */
interface BarsProps {
  rows: ChartRow[]
  scaleMs: number
  label: string
  chart: string
}

/** One bar chart: a row a check or connection, coloured by phase, on a shared time axis. */
function Bars({ rows, scaleMs, label, chart }: BarsProps) {
  const { t } = useTranslation()
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT
  const x = (ms: number) => LABEL_WIDTH + (ms / scaleMs) * BAR_WIDTH
  const ticks = [0, scaleMs / 2, scaleMs]
  return (
    <svg
      className="timing-chart"
      data-chart={chart}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${height}`}
      preserveAspectRatio="xMinYMin meet"
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={0} y2={height - AXIS_HEIGHT + 4} className="timing-grid" />
          <text x={x(tick)} y={height - 6} textAnchor="middle" className="timing-axis">
            {t('report:staff.ms', { value: tick })}
          </text>
        </g>
      ))}
      {rows.map((row, index) => {
        const y = index * ROW_HEIGHT
        const segments: ChartSegment[] =
          row.segments.length > 0 ? row.segments : [{ phase: 'other', startMs: 0, ms: row.totalMs }]
        return (
          <g key={row.key} data-row={row.key}>
            <text x={0} y={y + ROW_HEIGHT / 2 + 5} className="timing-label">
              {rowLabel(row).length > 26 ? `${rowLabel(row).slice(0, 25)}…` : rowLabel(row)}
            </text>
            {segments.map((segment) => (
              <rect
                key={`${segment.phase}-${segment.startMs}`}
                data-phase={segment.phase}
                x={x(segment.startMs)}
                y={y + 6}
                width={Math.max(1, x(segment.startMs + segment.ms) - x(segment.startMs))}
                height={ROW_HEIGHT - 12}
                fill={row.segments.length > 0 ? PHASE_COLOURS[segment.phase] : PHASE_COLOURS.connect}
              />
            ))}
            <text x={x(row.totalMs) + 6} y={y + ROW_HEIGHT / 2 + 5} className="timing-value">
              {t('report:staff.ms', { value: row.totalMs })}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

/**
 * Where the time went: a bar per connection with its phases (from `evidence.timings`) and a bar per
 * check of the whole run, so "slow" has a shape. Each chart is an image with a text alternative,
 * and the same numbers are in a table for those who prefer one.
 */
export function TimingChart({ findings, runDurationMs }: { findings: Finding[]; runDurationMs: number }) {
  const { t } = useTranslation()
  const model = buildTimingChart(findings, runDurationMs)
  const probesAlt = model.probes
    .map((row) =>
      t('report:staff.timingAlt', {
        subject: rowLabel(row),
        total: row.totalMs,
        phases: phasesText(t, row.segments, ', '),
      }),
    )
    .join(' ')
  const wholeAlt = t('report:staff.timingWholeAlt', {
    total: model.wholeTotalMs,
    slowest: model.slowest ? rowLabel(model.slowest) : '—',
    slowestMs: model.slowest?.totalMs ?? 0,
  })
  const usedPhases = [...new Set(model.probes.flatMap((row) => row.segments.map((segment) => segment.phase)))]
  return (
    <section className="staff-card timing" aria-labelledby="timing-title">
      <h2 id="timing-title">{t('report:staff.timingTitle')}</h2>
      <p className="staff-lead">{t('report:staff.timingLead')}</p>
      <h3>{t('report:staff.timingProbes')}</h3>
      {model.probes.length === 0 ? (
        <p className="staff-lead" data-testid="timing-none">
          {t('report:staff.timingNone')}
        </p>
      ) : (
        <>
          <Bars rows={model.probes} scaleMs={model.probesScaleMs} label={probesAlt} chart="probes" />
          <ul className="timing-legend">
            {usedPhases.map((phase) => (
              <li key={phase}>
                <span
                  className="timing-swatch"
                  style={{ background: PHASE_COLOURS[phase] }}
                  aria-hidden="true"
                />
                {t(`report:phase.${phase}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('report:staff.timingWhole')}</h3>
      <Bars rows={model.whole} scaleMs={model.wholeScaleMs} label={wholeAlt} chart="whole" />
      <TimingTable model={model} />
    </section>
  )
}

/** The same numbers as a table, for those who prefer one: each check with its phases and total. */
function TimingTable({ model }: { model: ReturnType<typeof buildTimingChart> }) {
  const { t } = useTranslation()
  return (
    <details className="timing-table">
      <summary>{t('report:staff.timingTable')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('report:staff.check')}</th>
            <th scope="col">{t('report:doc.timings')}</th>
            <th scope="col">{t('report:phase.total')}</th>
          </tr>
        </thead>
        <tbody>
          {model.whole.map((row) => {
            const probe = model.probes.find((candidate) => candidate.key === row.key)
            return (
              <tr key={row.key}>
                <th scope="row">{rowLabel(row)}</th>
                <td>{probe ? phasesText(t, probe.segments, ' · ') : '—'}</td>
                <td>{t('report:staff.ms', { value: probe?.totalMs ?? row.totalMs })}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </details>
  )
}
