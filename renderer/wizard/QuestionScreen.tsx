import { useTranslation } from 'react-i18next'
import { providerDisplayName } from '../../shared/knowledge/provider-catalogue'
import { detectProvider, providerName, resolveLinks } from '../../shared/knowledge/provider-identity'
import type { TreeNode } from '../../shared/tree/types'
import { ExternalLink } from '../components/ExternalLink'
import { useAppStore } from '../store/use-app-store'
import { ProviderEvidence } from './ProviderEvidence'
import { ScreenFrame } from '../components/ScreenFrame'
import { useProviderIdentity } from '../store/use-provider-identity'

/**
 * A question of the tree: its answers as large buttons, help on where to look for the person's
 * offer; a question about the provider names the one found and what it was found from.
 */
export function QuestionScreen({ node }: { node: Extract<TreeNode, { kind: 'question' }> }) {
  const { t } = useTranslation()
  const answer = useAppStore((state) => state.answer)
  const identity = useProviderIdentity()
  const offer = identity.offer ?? 'unknown'
  const findings = useAppStore((state) => state.runs.own.findings)
  const detection = node.aboutProvider ? detectProvider(findings) : null
  const base = `tree:nodes.${node.id}`
  const link = node.link ? resolveLinks([node.link], identity.provider)[0] : undefined
  const params = {
    provider: detection ? providerDisplayName(detection.provider) : t('tree:ui.yourProvider'),
  }
  const lead = node.aboutProvider && !detection ? [`${base}.leadNone`, `${base}.lead`] : `${base}.lead`
  return (
    <ScreenFrame title={t(`${base}.title`, params)} lead={t(lead, params)}>
      {detection && <ProviderEvidence detection={detection} />}
      {(node.helpByOffer || link) && (
        <aside className="help" aria-label={t('tree:ui.helpWhereToLook')}>
          {node.helpByOffer && (
            <p>
              <strong>{t('tree:ui.helpWhereToLook')}: </strong>
              {t(`${base}.help.${offer}`)}
            </p>
          )}
          {link && (
            <ExternalLink url={link.url} labelKey={link.labelKey} provider={providerName(identity) ?? ''} />
          )}
        </aside>
      )}
      <ul className="choices">
        {node.answers.map((choice) => (
          <li key={choice.id}>
            <button
              type="button"
              className="choice"
              aria-describedby={`answer-${choice.id}-hint`}
              onClick={() => answer(choice.id)}
            >
              <span className="choice-text">
                <span className="choice-title">{t(`${base}.answers.${choice.id}.label`, params)}</span>
                <span className="choice-hint" id={`answer-${choice.id}-hint`}>
                  {t(`${base}.answers.${choice.id}.hint`, params)}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </ScreenFrame>
  )
}
