import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { CheckId, Finding } from '../../shared/report'
import { useAppStore } from '../store/use-app-store'

/**
 * The check whose button was pressed last. A new status can move the finding to another list (and
 * so to a new button); that button takes the focus back, so the keyboard is not left on the page.
 */
let focusAfterRerun: CheckId | null = null

/**
 * The call view's "run this check again" for one finding of the current run: busy while the check
 * runs, then the finding is replaced in place. Nothing for findings of other runs (history).
 */
export function RerunButton({ finding }: { finding: Finding }) {
  const { t } = useTranslation()
  const ofCurrentRun = useAppStore((state) => state.runs.own.findings.includes(finding))
  const runIdle = useAppStore((state) => state.runs.own.phase !== 'running')
  const busy = useAppStore((state) => state.rerunning.includes(finding.id))
  const rerunCheck = useAppStore((state) => state.rerunCheck)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const shown = ofCurrentRun && finding.id !== 'input.domain'

  useEffect(() => {
    const lostFocus = document.activeElement === null || document.activeElement === document.body
    if (shown && !busy && focusAfterRerun === finding.id && lostFocus) {
      buttonRef.current?.focus()
      focusAfterRerun = null
    }
  }, [shown, busy, finding.id])

  if (!shown) return null
  return (
    <div className="rerun">
      <button
        ref={buttonRef}
        type="button"
        className="button-quiet"
        aria-busy={busy}
        aria-disabled={busy || !runIdle}
        onClick={() => {
          focusAfterRerun = finding.id
          void rerunCheck(finding.id)
        }}
      >
        {busy ? t('report:staff.rerunning') : t('report:staff.rerun')}
      </button>
    </div>
  )
}
