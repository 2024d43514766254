import { createContext, type ReactNode } from 'react'
import type { Finding } from '../../shared/report'

/** What a view adds under each finding of the lists inside it (one finding's tools), as a slot. */
export type FindingTools = (finding: Finding) => ReactNode

/**
 * The slot under each finding of a `FindingList`: empty for the person; the call view and a
 * reopened session fill it with the staff's tools (the raw evidence, "run this check again").
 */
export const FindingToolsSlot = createContext<FindingTools | null>(null)
