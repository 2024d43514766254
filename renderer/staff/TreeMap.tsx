import { useTranslation } from 'react-i18next'
import { DECISION_TREE } from '../../shared/tree/decision-tree'
import { nodeLabelKey } from '../../shared/tree/labels'
import { nodeDepths, type WalkState } from '../../shared/tree/walker'
import { useAppStore } from '../store/use-app-store'
import { passedRoutes } from './passed-routes'
import './staff.css'

const DEPTHS = nodeDepths(DECISION_TREE)
const STAGES = [...new Set(DEPTHS.values())].sort((a, b) => a - b)

/**
 * The whole decision tree, stage by stage, with the path taken marked, the automatic steps included
 * with the finding that decided them; any step is one click away.
 */
export function TreeMap() {
  const { t } = useTranslation()
  const current = useAppStore((state) => state.nodeId)
  const trail = useAppStore((state) => state.trail)
  const answers = useAppStore((state) => state.answers)
  const runs = useAppStore((state) => state.runs)
  const bounce = useAppStore((state) => state.bounce)
  const walk: WalkState = {
    answers,
    bounce,
    findings: { own: runs.own.findings, recipient: runs.recipient.findings },
    runDone: { own: runs.own.phase !== 'running', recipient: runs.recipient.phase !== 'running' },
  }
  const path = trail.map((step) => step.nodeId)
  const routes = new Map(
    passedRoutes(DECISION_TREE, path, current, walk).map((route) => [route.nodeId, route]),
  )
  const visited = new Set([...path, ...routes.keys()])
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
                          <span className="tree-node-state">
                            {' '}
                            ({t(routes.has(node.id) ? 'report:map.automatic' : `report:map.${state}`)})
                          </span>
                        )}
                        {routes.get(node.id)?.because && (
                          <span className="tree-node-because">{t(routes.get(node.id)?.because ?? '')}</span>
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
