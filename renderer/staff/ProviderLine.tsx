import { useTranslation } from 'react-i18next'
import { identityText } from '../../shared/knowledge/provider-identity'
import { useProviderIdentity } from '../store/use-provider-identity'

/** Who runs the person's mail and from what, for support staff (the same answer as the wizard's). */
export function ProviderLine() {
  const { t } = useTranslation()
  const identity = useProviderIdentity()
  return (
    <p className="call-view-provider" data-provider-id={identity.provider?.id ?? ''}>
      <strong>{t('report:provider.label')}:</strong>{' '}
      {identityText(identity, (key, params) => t(key, params ?? {}))}
    </p>
  )
}
