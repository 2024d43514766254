import { useTranslation } from 'react-i18next'
import { discoveredSettingsOf } from '../../shared/knowledge/detected-provider'
import { providerDisplayName, type ServerSetting } from '../../shared/knowledge/provider-catalogue'
import { isProviderId, providerProfile } from '../../shared/knowledge/providers'
import { effectiveOffer } from '../../shared/tree/walker'
import { ExternalLink } from '../components/ExternalLink'
import { useAppStore } from '../store/use-app-store'
import { LoginTest } from './LoginTest'
import { SettingsCompare } from './SettingsCompare'
import { useDetectedProvider } from './use-detected-provider'
import { walkStateOf } from '../store/wizard-slice'

/**
 * The server, port, security and user name a mail program needs: what settings discovery found for
 * the address (any provider), else the profile of the offer the person named; with the provider's
 * own pages, how its programs sign in, and the person's settings compared with these; with
 * `withLoginTest`, the login test one click away beneath it.
 */
export function SettingsCard({ withLoginTest }: { withLoginTest: boolean }) {
  const { t } = useTranslation()
  const offer = useAppStore((state) => effectiveOffer(walkStateOf(state)))
  const discovered = useAppStore((state) => discoveredSettingsOf(state.runs.own.findings))
  const provider = useDetectedProvider()
  const client = discovered?.client ?? (isProviderId(offer) ? providerProfile(offer)?.client : undefined)
  if (!client) {
    return (
      <section className="settings-card" aria-labelledby="settings-title">
        <h2 id="settings-title">{t('tree:ui.settingsTitle')}</h2>
        <p>{t('tree:ui.settingsUnknown')}</p>
      </section>
    )
  }
  const rows: { label: string; setting: ServerSetting }[] = [
    ...(client.imap ? [{ label: `${t('tree:ui.incoming')} (IMAP)`, setting: client.imap }] : []),
    ...(client.pop3 ? [{ label: `${t('tree:ui.incoming')} (POP3)`, setting: client.pop3 }] : []),
    { label: `${t('tree:ui.outgoing')} (SMTP)`, setting: client.smtp },
  ]
  return (
    <section className="settings-card" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('tree:ui.settingsTitle')}</h2>
      {provider && (
        <p className="settings-provider">
          {t('discovery:card.provider', { provider: providerDisplayName(provider) })}
        </p>
      )}
      {discovered && <p className="settings-source">{t(`discovery:card.source.${discovered.source}`)}</p>}
      {discovered && discovered.signIn !== 'password' && (
        <p className="settings-sign-in" role="note">
          {t(`discovery:card.signIn.${discovered.signIn}`)}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('tree:ui.settingsTitle')}</span>
            </th>
            <th scope="col">{t('tree:ui.server')}</th>
            <th scope="col">{t('tree:ui.port')}</th>
            <th scope="col">{t('tree:ui.security')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, setting }) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td data-label={t('tree:ui.server')}>
                <code>{setting.host}</code>
              </td>
              <td data-label={t('tree:ui.port')}>
                <code>{setting.port}</code>
              </td>
              <td data-label={t('tree:ui.security')}>{t(`tree:ui.${setting.security}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>{t('tree:ui.userName')}:</strong> {t('tree:ui.userNameValue')}
      </p>
      {provider && (provider.webmailUrl ?? provider.supportUrl) && (
        <p className="links">
          {[provider.webmailUrl, provider.panelUrl, provider.statusUrl, provider.supportUrl]
            .filter((url): url is string => url !== undefined)
            .map((url) => (
              <ExternalLink key={url} url={url} />
            ))}
        </p>
      )}
      <SettingsCompare right={client} />
      {withLoginTest && (
        <details className="login-disclosure">
          <summary>{t('tree:login.title')}</summary>
          <LoginTest settings={client} />
        </details>
      )}
    </section>
  )
}
