import { remedyKeys } from '../knowledge/remedies'
import type { TreeNode } from './types'

/** The i18n key that names a node in the map and in reports. */
export function nodeLabelKey(node: TreeNode): string {
  switch (node.kind) {
    case 'question':
      // A question about the provider names it on screen; the map and reports use a label without it.
      return node.aboutProvider ? `tree:nodes.${node.id}.label` : `tree:nodes.${node.id}.title`
    case 'input':
    case 'login':
    case 'programs':
      return `tree:nodes.${node.id}.title`
    case 'route':
      return `tree:routes.${node.id}`
    case 'remedy':
      return remedyKeys(node.id).title
    case 'handoff':
      return 'tree:ui.handoffTitle'
    case 'solved':
      return 'tree:ui.solvedTitle'
  }
}
