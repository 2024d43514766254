import { useTranslation } from 'react-i18next'
import { providerDisplayName } from '../../shared/knowledge/provider-catalogue'
import type { ProviderDetection } from '../../shared/knowledge/provider-identity'

/** What the provider was found from, one click away ("We saw your domain's mail servers are …"). */
export function ProviderEvidence({ detection }: { detection: ProviderDetection }) {
  const { t } = useTranslation()
  const { basis } = detection
  const params = {
    provider: providerDisplayName(detection.provider),
    domain: basis.kind === 'mx' ? '' : basis.domain,
    hosts: basis.kind === 'mx' ? basis.hosts.join(', ') : '',
  }
  return (
    <details className="why provider-evidence">
      <summary>{t('tree:provider.howWeKnow')}</summary>
      <p>{t(`tree:provider.basis.${basis.kind}`, params)}</p>
    </details>
  )
}
