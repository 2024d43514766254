import { useAppStore } from '../store/use-app-store'
import { TimingChart } from './TimingChart'
import './staff.css'

/** What the call view adds to the results: the timing chart (the notes have their own column). */
export function CallViewTools() {
  const findings = useAppStore((state) => state.runs.own.findings)
  const durationMs = useAppStore((state) => state.runs.own.report?.durationMs ?? 0)
  return (
    <div className="call-view-tools">
      <TimingChart findings={findings} runDurationMs={durationMs} />
    </div>
  )
}
