import type { ReactNode } from 'react'
import type { Finding } from '../../shared/report'
import { FindingToolsSlot } from '../components/finding-tools'
import { EvidencePanel } from './EvidencePanel'
import { RerunButton } from './RerunButton'

/** The staff's tools under one finding: its raw evidence, and "run this check again" (current run only). */
function staffFindingTools(finding: Finding): ReactNode {
  return (
    <>
      <EvidencePanel finding={finding} />
      <RerunButton finding={finding} />
    </>
  )
}

/** Fills the slot under every finding listed inside it with the staff's tools. */
export function WithStaffFindingTools({ children }: { children: ReactNode }) {
  return <FindingToolsSlot.Provider value={staffFindingTools}>{children}</FindingToolsSlot.Provider>
}
