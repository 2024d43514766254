import { useTranslation } from 'react-i18next'
import { checkNameKey } from '../../shared/report'
import type { TreeNode } from '../../shared/tree/types'
import { useAppStore } from '../store/use-app-store'
import { ScreenFrame } from '../components/ScreenFrame'

/** Shown while a route node waits for the findings it decides on; moves on by itself. */
export function WaitingScreen({ node }: { node: Extract<TreeNode, { kind: 'route' }> }) {
  const { t } = useTranslation()
  const cancelRuns = useAppStore((state) => state.cancelRuns)
  const target = node.needs?.target ?? 'own'
  const findings = useAppStore((state) => state.runs[target].findings)
  const pending = (node.needs?.waitFor ?? []).filter((id) => !findings.some((finding) => finding.id === id))
  return (
    <ScreenFrame
      title={t('tree:ui.waiting')}
      actions={
        <button type="button" className="button-secondary" onClick={cancelRuns}>
          {t('common:action.cancel')}
        </button>
      }
    >
      <div className="spinner" aria-hidden="true" />
      <p className="note">
        {t('tree:ui.waitingFor', { checks: pending.map((id) => t(checkNameKey(id, target))).join(', ') })}
      </p>
    </ScreenFrame>
  )
}
