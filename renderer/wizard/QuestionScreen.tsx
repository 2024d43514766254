import { useTranslation } from 'react-i18next'
import { providerLinks } from '../../shared/knowledge/detected-provider'
import { linkUrl } from '../../shared/knowledge/remedies'
import type { TreeNode } from '../../shared/tree/types'
import { effectiveOffer } from '../../shared/tree/walker'
import { ExternalLink } from '../components/ExternalLink'
import { useAppStore } from '../store/use-app-store'
import { walkStateOf } from '../store/wizard-slice'
import { ScreenFrame } from './ScreenFrame'
import { useDetectedProvider } from './use-detected-provider'

/** A question of the tree: its answers as large buttons, help on where to look for the person's offer. */
export function QuestionScreen({ node }: { node: Extract<TreeNode, { kind: 'question' }> }) {
  const { t } = useTranslation()
  const answer = useAppStore((state) => state.answer)
  const offer = useAppStore((state) => effectiveOffer(walkStateOf(state)) ?? 'unknown')
  const base = `tree:nodes.${node.id}`
  const provider = useDetectedProvider()
  const link = node.link ? providerLinks([linkUrl(node.link)], provider)[0] : undefined
  return (
    <ScreenFrame title={t(`${base}.title`)} lead={t(`${base}.lead`)}>
      {(node.helpByOffer || link) && (
        <aside className="help" aria-label={t('tree:ui.helpWhereToLook')}>
          {node.helpByOffer && (
            <p>
              <strong>{t('tree:ui.helpWhereToLook')}: </strong>
              {t(`${base}.help.${offer}`)}
            </p>
          )}
          {link && <ExternalLink url={link} />}
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
                <span className="choice-title">{t(`${base}.answers.${choice.id}.label`)}</span>
                <span className="choice-hint" id={`answer-${choice.id}-hint`}>
                  {t(`${base}.answers.${choice.id}.hint`)}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </ScreenFrame>
  )
}
