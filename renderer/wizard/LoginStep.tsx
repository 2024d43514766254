import { useTranslation } from 'react-i18next'
import type { TreeNode } from '../../shared/tree/types'
import { LOGIN_TESTS } from '../../shared/tree/walker'
import { useAppStore } from '../store/use-app-store'
import { LoginTest } from './LoginTest'
import { ScreenFrame } from '../components/ScreenFrame'
import { useProviderIdentity } from '../store/use-provider-identity'

/**
 * The login test as a step of its own, with the same settings as the card (provider-identity.ts):
 * the person types the password and tests it, or skips the test; what the server answered decides
 * the next screen.
 */
export function LoginStep({ node }: { node: Extract<TreeNode, { kind: 'login' }> }) {
  const { t } = useTranslation()
  const tested = useAppStore((state) =>
    state.runs.own.findings.some((finding) => LOGIN_TESTS.includes(finding.id)),
  )
  const proceed = useAppStore((state) => state.proceed)
  const client = useProviderIdentity().settings?.client
  const incoming = client?.imap ?? client?.pop3
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
      {client ? (
        <>
          <p className="login-servers">
            {t('discovery:loginServers', {
              smtp: `${client.smtp.host}:${client.smtp.port}`,
              incoming: incoming ? `${incoming.host}:${incoming.port}` : '—',
            })}
          </p>
          <LoginTest settings={client} />
        </>
      ) : (
        <p>{t('tree:ui.settingsUnknown')}</p>
      )}
    </ScreenFrame>
  )
}
