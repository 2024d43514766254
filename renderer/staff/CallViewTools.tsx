import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store/use-app-store'
import { NotesField } from './NotesField'
import { TimingChart } from './TimingChart'
import './staff.css'

/** What the call view adds to the results: the timing chart and the notes for the report. */
export function CallViewTools() {
  const { t } = useTranslation()
  const callView = useAppStore((state) => state.callView)
  const findings = useAppStore((state) => state.runs.own.findings)
  const durationMs = useAppStore((state) => state.runs.own.report?.durationMs ?? 0)
  if (!callView) return null
  return (
    <div className="call-view-tools">
      <TimingChart findings={findings} runDurationMs={durationMs} />
      <section className="staff-card" aria-label={t('report:doc.notes')}>
        <NotesField />
      </section>
    </div>
  )
}
