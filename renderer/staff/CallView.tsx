import { useTranslation } from 'react-i18next'
import { StepIndicator } from '../components/StepIndicator'
import { useAppStore } from '../store/use-app-store'
import { FindingsPanel } from '../wizard/FindingsPanel'
import { TreeScreen } from '../wizard/TreeScreen'
import { NotesField } from './NotesField'
import { TreeMap } from './TreeMap'
import './staff.css'

/**
 * The call view on a wide screen: the map of the guide, the person's current screen, the evidence
 * and the notes side by side (a CSS grid that folds to one column on a narrow window).
 */
export function CallView() {
  const { t } = useTranslation()
  const current = useAppStore((state) => state.trail.length) + 1
  return (
    <div className="call-view-grid">
      <div className="call-view-map">
        <TreeMap />
      </div>
      <div className="call-view-screen">
        <StepIndicator current={current} />
        <TreeScreen />
      </div>
      <section className="call-view-notes staff-card" aria-label={t('report:doc.notes')}>
        <NotesField />
      </section>
      <div className="call-view-evidence">
        <FindingsPanel />
      </div>
    </div>
  )
}
