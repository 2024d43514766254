import { useTranslation } from 'react-i18next'
import type { ClientSettings, ServerSetting } from '../../shared/knowledge/provider-catalogue'
import { providerChanges, providerName, providerPages } from '../../shared/knowledge/provider-identity'
import { ExternalLink } from '../components/ExternalLink'
import { LoginTest } from './LoginTest'
import { SettingsCompare } from './SettingsCompare'
import { useProviderIdentity } from '../store/use-provider-identity'

/** The provider's own pages, each named for it. */
function ProviderPages({ name, pages }: { name: string; pages: ReturnType<typeof providerPages> }) {
  if (pages.length === 0) return null
  return (
    <p className="links">
      {pages.map((page) => (
        <ExternalLink key={page.url} url={page.url} labelKey={page.labelKey} provider={name} />
      ))}
    </p>
  )
}

/** An ISO day in the person's language ("31 dicembre 2026"). */
function localDate(day: string, language: string): string {
  return day ? new Date(`${day}T12:00:00Z`).toLocaleDateString(language, { dateStyle: 'long' }) : ''
}

/**
 * The server, port, security and user name a mail program needs, as provider-identity.ts gives them
 * for the provider in hand; with the provider's own pages, how its programs sign in, and the
 * person's settings compared with these; with `withLoginTest`, the login test one click away beneath it.
 */
export function SettingsCard({ withLoginTest }: { withLoginTest: boolean }) {
  const { t, i18n } = useTranslation()
  const identity = useProviderIdentity()
  const { provider, settings } = identity
  const name = providerName(identity) ?? ''
  const pages = providerPages(provider)
  if (!settings) {
    return (
      <section className="settings-card" aria-labelledby="settings-title">
        <h2 id="settings-title">{t('tree:ui.settingsTitle')}</h2>
        <p>
          {provider && !provider.client
            ? t('discovery:cardDiscoveryOnly', { provider: name })
            : t('tree:ui.settingsUnknown')}
        </p>
        <ProviderPages name={name} pages={pages} />
      </section>
    )
  }
  const { client } = settings
  return (
    <section className="settings-card" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('tree:ui.settingsTitle')}</h2>
      {provider && <p className="settings-provider">{t('discovery:card.provider', { provider: name })}</p>}
      <p className="settings-source">
        {t(`discovery:card.source.${settings.source === 'catalogue' ? 'profile' : settings.source}`)}
      </p>
      {settings.signIn !== 'password' && (
        <p className="settings-sign-in" role="note">
          {t(`discovery:card.signIn.${settings.signIn}`)}
        </p>
      )}
      {providerChanges(provider, new Date()).map((change) => (
        <p key={change.key} className="settings-change" role="note">
          {t(change.key, { date: localDate(change.params.date, i18n.language) })}
        </p>
      ))}
      <ServerTable client={client} />
      <p>
        <strong>{t('tree:ui.userName')}:</strong> {t('tree:ui.userNameValue')}
      </p>
      <ProviderPages name={name} pages={pages} />
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

/** The servers a mail program needs, a row each: incoming (IMAP, POP3) and outgoing, with port and security. */
function ServerTable({ client }: { client: ClientSettings }) {
  const { t } = useTranslation()
  const rows: { label: string; setting: ServerSetting }[] = [
    ...(client.imap ? [{ label: `${t('tree:ui.incoming')} (IMAP)`, setting: client.imap }] : []),
    ...(client.pop3 ? [{ label: `${t('tree:ui.incoming')} (POP3)`, setting: client.pop3 }] : []),
    { label: `${t('tree:ui.outgoing')} (SMTP)`, setting: client.smtp },
  ]
  return (
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
  )
}
