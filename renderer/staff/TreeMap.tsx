import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { renderMsg } from '../../shared/i18n'
import { DECISION_TREE } from '../../shared/tree/decision-tree'
import { nodeLabelKey } from '../../shared/tree/labels'
import type { TreeNode } from '../../shared/tree/types'
import { nodeDepths } from '../../shared/tree/walker'
import { useAppStore } from '../store/use-app-store'
import type { AutomaticDecision } from '../../shared/tree/walk'
import { becauseParams } from '../store/screen-context'
import './staff.css'

const DEPTHS = nodeDepths(DECISION_TREE)
const STAGES = [...new Set(DEPTHS.values())].sort((a, b) => a - b)

/** What decided an automatic step, under its node: why, and each finding with its status then. */
function Decision({ node, decision }: { node: TreeNode; decision: AutomaticDecision }) {
  const { t, i18n } = useTranslation()
  const params = useAppStore(useShallow((state) => becauseParams(state, t('tree:ui.yourProvider'))))
  const noChecks = node.kind === 'route' && node.needs === undefined
  return (
    <div className="tree-node-decided" data-decided-for={node.id}>
      {decision.because && (
        <p className="tree-node-because">
          {t(`tree:because.${decision.because}`, { ...params, ...decision.becauseParams })}
        </p>
      )}
      {decision.pasted && <p>{t('report:map.decidedByPasted', { codes: decision.pasted })}</p>}
      {decision.findings.length === 0 ? (
        !decision.pasted && (
          <p>{t(noChecks ? 'report:map.decidedByAnswers' : 'report:map.decidedByNothing')}</p>
        )
      ) : (
        <ul>
          {decision.findings.map((finding, index) => (
            <li key={`${finding.id}-${finding.subject ?? ''}-${index}`} data-status={finding.status}>
              {t('report:map.decidedBy', {
                finding: renderMsg(i18n, finding.title),
                status: t(`common:status.${finding.status}`),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/**
 * The whole decision tree, stage by stage, with the path taken marked, the automatic steps included
 * with the findings that decided them (recorded when the wizard took each step); any step is one
 * click away.
 */
export function TreeMap() {
  const { t } = useTranslation()
  const current = useAppStore((state) => state.nodeId)
  const trail = useAppStore((state) => state.trail)
  const jumpTo = useAppStore((state) => state.jumpTo)
  const visited = new Set(trail.map((step) => step.nodeId))
  const decisions = new Map<string, AutomaticDecision>()
  for (const step of trail) if (step.decided) decisions.set(step.nodeId, step.decided)
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
                  const decision = state === 'visited' ? decisions.get(node.id) : undefined
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
                            ({t(decision ? 'report:map.automatic' : `report:map.${state}`)})
                          </span>
                        )}
                      </button>
                      {decision && <Decision node={node} decision={decision} />}
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
