import { useTranslation } from 'react-i18next'
import { StepIndicator } from '../components/StepIndicator'
import { useAppStore } from '../store/use-app-store'
import { answeredSteps } from '../store/wizard-slice'
import { FindingsPanel } from '../wizard/FindingsPanel'
import { TreeScreen } from '../wizard/TreeScreen'
import { MailboxPanel } from './MailboxPanel'
import { NotesField } from './NotesField'
import { CallViewTools } from './CallViewTools'
import { ProviderLine } from './ProviderLine'
import { ReportPanel } from './ReportPanel'
import { WithStaffFindingTools } from './StaffFindingTools'
import { TreeMap } from './TreeMap'
import './staff.css'

/**
 * The call view on a wide screen: the map of the guide, the person's current screen, the evidence
 * (each finding with the staff's tools, the timing chart under them), and the staff's column
 * (notes, then the report for the ticket once the checks are done) side by side, in a CSS grid
 * that folds to one column on a narrow window.
 */
export function CallView() {
  const { t } = useTranslation()
  const current = useAppStore((state) => answeredSteps(state.trail).length) + 1
  const reportReady = useAppStore(
    (state) => state.runs.own.report !== null && state.runs.own.phase !== 'running',
  )
  return (
    <WithStaffFindingTools>
      <div className="call-view-grid">
        <div className="call-view-map">
          <TreeMap />
        </div>
        <div className="call-view-screen">
          <StepIndicator current={current} />
          <TreeScreen />
        </div>
        <div className="call-view-notes">
          <section className="staff-card" aria-label={t('report:doc.notes')}>
            <NotesField />
          </section>
          {reportReady && <ReportPanel live />}
        </div>
        <div className="call-view-evidence">
          <ProviderLine />
          <MailboxPanel />
          <FindingsPanel>
            <CallViewTools />
          </FindingsPanel>
        </div>
      </div>
    </WithStaffFindingTools>
  )
}
