import { useTranslation } from 'react-i18next'
import { isProviderId, providerProfile } from '../../shared/knowledge/providers'
import type { TreeNode } from '../../shared/tree/types'
import { effectiveOffer } from '../../shared/tree/walker'
import { useAppStore } from '../store/use-app-store'
import { walkStateOf } from '../store/wizard-slice'
import { LoginTest } from './LoginTest'
import { ScreenFrame } from './ScreenFrame'

/**
 * The login test as a step of its own: the person types the password and tests it, or skips the
 * test; what the server answered decides the next screen.
 */
export function LoginStep({ node }: { node: Extract<TreeNode, { kind: 'login' }> }) {
  const { t } = useTranslation()
  const offer = useAppStore((state) => effectiveOffer(walkStateOf(state)))
  const tested = useAppStore((state) => state.runs.own.findings.some((finding) => finding.id === 'smtp.auth'))
  const proceed = useAppStore((state) => state.proceed)
  const client = isProviderId(offer) ? providerProfile(offer)?.client : undefined
  const base = `tree:nodes.${node.id}`
  return (
    <ScreenFrame
      title={t(`${base}.title`)}
      lead={t(`${base}.lead`)}
      actions={
        <button type="button" className={tested ? 'button-primary' : 'button-secondary'} onClick={proceed}>
          {tested ? t(`${base}.next`) : t(`${base}.skip`)}
        </button>
      }
    >
      {client ? <LoginTest settings={client} /> : <p>{t('tree:ui.settingsUnknown')}</p>}
    </ScreenFrame>
  )
}
