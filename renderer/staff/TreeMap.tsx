import { useTranslation } from 'react-i18next'
import { DECISION_TREE } from '../../shared/tree/decision-tree'
import { nodeLabelKey } from '../../shared/tree/labels'
import { nodeDepths } from '../../shared/tree/walker'
import { useAppStore } from '../store/use-app-store'
import './staff.css'

const DEPTHS = nodeDepths(DECISION_TREE)
const STAGES = [...new Set(DEPTHS.values())].sort((a, b) => a - b)

/** The whole decision tree, stage by stage, with the path taken marked; any step is one click away. */
export function TreeMap() {
  const { t } = useTranslation()
  const current = useAppStore((state) => state.nodeId)
  const trail = useAppStore((state) => state.trail)
  const visited = new Set(trail.map((step) => step.nodeId))
  const jumpTo = useAppStore((state) => state.jumpTo)
  return (
    <section className="staff-card tree-map" aria-labelledby="tree-map-title">
      <h2 id="tree-map-title">{t('report:map.title')}</h2>
      <p className="staff-lead">{t('report:map.lead')}</p>
      <ol className="tree-stages">
        {STAGES.map((stage) => (
          <li key={stage}>
            <ul className="tree-nodes">
              {Object.values(DECISION_TREE.nodes)
                .filter((node) => DEPTHS.get(node.id) === stage)
                .map((node) => {
                  const label = t(nodeLabelKey(node))
                  const state = node.id === current ? 'current' : visited.has(node.id) ? 'visited' : 'other'
                  return (
                    <li key={node.id}>
                      <button
                        type="button"
                        className={`tree-node tree-node-${node.kind}`}
                        data-node-id={node.id}
                        data-state={state}
                        aria-current={state === 'current' ? 'step' : undefined}
                        aria-label={t('report:map.jump', { step: label })}
                        onClick={() => jumpTo(node.id)}
                      >
                        {label}
                        {state !== 'other' && (
                          <span className="tree-node-state"> ({t(`report:map.${state}`)})</span>
                        )}
                      </button>
                    </li>
                  )
                })}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  )
}
