import type { DecisionTree } from '../../shared/tree/types'
import { chooseRoute, successors, type WalkState } from '../../shared/tree/walker'

/** An automatic step the walk went through, and the text that says why it went on as it did. */
export interface PassedRoute {
  nodeId: string
  /** A `tree:because` key, or null when the default route was taken. */
  because: string | null
}

/**
 * The automatic steps (route nodes) on the path taken: those entered from a step the person went
 * through whose chosen route leads on to another step of the path. The trail records only the
 * screens the person saw; the automatic steps are found between them.
 */
export function passedRoutes(
  tree: DecisionTree,
  path: readonly string[],
  current: string,
  walk: WalkState,
): PassedRoute[] {
  const onPath = new Set([...path, current])
  const passed = new Map<string, PassedRoute>()
  for (const from of path) {
    for (const first of successors(tree.nodes[from] ?? { kind: 'solved', id: from })) {
      const chain: PassedRoute[] = []
      let nodeId = first
      for (let node = tree.nodes[nodeId]; node?.kind === 'route'; node = tree.nodes[nodeId]) {
        if (chain.some((step) => step.nodeId === nodeId)) break
        const route = chooseRoute(node, walk)
        chain.push({ nodeId, because: route.because ?? null })
        nodeId = route.next
      }
      if (chain.length > 0 && onPath.has(nodeId)) for (const step of chain) passed.set(step.nodeId, step)
    }
  }
  return [...passed.values()]
}
