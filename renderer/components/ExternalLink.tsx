import { useTranslation } from 'react-i18next'
import { api } from '../bridge/api'

/** A link to a provider page, opened in the person's browser through the allowlist in main. */
export function ExternalLink({ url }: { url: string }) {
  const { t } = useTranslation()
  const host = new URL(url).hostname
  return (
    <a
      className="external-link"
      href={url}
      onClick={(event) => {
        event.preventDefault()
        void api().openExternal(url)
      }}
    >
      {t('tree:ui.openLink', { host })} <span aria-hidden="true">↗</span>
    </a>
  )
}
