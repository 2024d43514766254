import { useTranslation } from 'react-i18next'
import type { ResolvedLink } from '../../shared/knowledge/provider-identity'
import { api } from '../bridge/api'

/**
 * A link to a page, opened in the person's browser through the allowlist in main. A provider's own
 * page is named for that provider ("Aruba Hosting webmail (webmail.aruba.it)"); any other page by its host.
 */
export function ExternalLink({
  url,
  labelKey = null,
  provider = '',
}: {
  url: string
  labelKey?: ResolvedLink['labelKey']
  provider?: string
}) {
  const { t } = useTranslation()
  const host = new URL(url).hostname
  const text =
    labelKey && provider !== ''
      ? t('discovery:providerLink.open', { label: t(labelKey, { provider }), host })
      : t('tree:ui.openLink', { host })
  return (
    <a
      className="external-link"
      href={url}
      onClick={(event) => {
        event.preventDefault()
        void api().openExternal(url)
      }}
    >
      {text} <span aria-hidden="true">↗</span>
    </a>
  )
}
