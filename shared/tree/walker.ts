import type { Finding } from '../report'
import { isOffer } from './offers'
import type { CheckNeeds, Condition, DecisionTree, Offer, Route, TreeNode } from './types'

/** What the bounce told us, as far as the tree needs it. */
export interface BounceFacts {
  replyCode: number | null
  enhancedCode: string | null
  /** Tags recognised in the server's text, such as `blocklist` or `quota`. */
  serverText: readonly string[]
}

/** Everything the walk can decide on. */
export interface WalkState {
  answers: Readonly<Record<string, string>>
  findings: { own: readonly Finding[]; recipient: readonly Finding[] }
  /** Whether each check run has finished (a missing finding then means "not checked"). */
  runDone: { own: boolean; recipient: boolean }
  bounce: BounceFacts | null
}

/** The offer the person named, or the one recognised from the MX records when they did not know. */
export function effectiveOffer(state: WalkState): Offer | null {
  const answered = state.answers.offer
  if (isOffer(answered) && answered !== 'unknown') return answered
  const provider = state.findings.own.find((finding) => finding.id === 'dns.mx.provider')
  const recognised = provider?.evidence.recognised
  const first = Array.isArray(recognised) ? (recognised[0] as unknown) : undefined
  return isOffer(first) ? first : null
}

/** True when a condition holds for the state. */
export function holds(condition: Condition, state: WalkState, target: CheckNeeds['target'] = 'own'): boolean {
  if ('all' in condition) return condition.all.every((inner) => holds(inner, state, target))
  if ('any' in condition) return condition.any.some((inner) => holds(inner, state, target))
  if ('answer' in condition) return condition.is.includes(state.answers[condition.answer] ?? '')
  if ('finding' in condition)
    return state.findings[target].some(
      (finding) => finding.id === condition.finding && condition.status.includes(finding.status),
    )
  if ('offer' in condition) {
    const offer = effectiveOffer(state)
    return offer !== null && condition.offer.includes(offer)
  }
  const code = state.bounce?.replyCode ?? null
  if ('replyCode' in condition) return code !== null && condition.replyCode.includes(code)
  if ('replyClass' in condition) {
    const enhanced = Number(state.bounce?.enhancedCode?.charAt(0) ?? Number.NaN)
    const codeClass = code !== null ? Math.floor(code / 100) : enhanced
    return condition.replyClass.includes(codeClass)
  }
  return condition.serverText.some((tag) => state.bounce?.serverText.includes(tag) ?? false)
}

/** True when a route node has what it needs to decide: its findings, or a finished run. */
export function isReady(node: Extract<TreeNode, { kind: 'route' }>, state: WalkState): boolean {
  if (!node.needs) return true
  const { target, waitFor } = node.needs
  if (state.runDone[target]) return true
  return waitFor.every((id) => state.findings[target].some((finding) => finding.id === id))
}

/** The route a route node takes for the state: the first whose condition holds. */
export function chooseRoute(node: Extract<TreeNode, { kind: 'route' }>, state: WalkState): Route {
  const target = node.needs?.target ?? 'own'
  const chosen = node.routes.find((route) => route.when === undefined || holds(route.when, state, target))
  if (!chosen) throw new Error(`route node ${node.id} has no default route`)
  return chosen
}

/** Where an answer to a question leads. */
export function nextAfterAnswer(tree: DecisionTree, nodeId: string, answerId: string): string | null {
  const node = tree.nodes[nodeId]
  if (node?.kind !== 'question') return null
  return node.answers.find((answer) => answer.id === answerId)?.next ?? null
}

/** Every node a node can lead to. */
export function successors(node: TreeNode): string[] {
  switch (node.kind) {
    case 'question':
      return node.answers.map((answer) => answer.next)
    case 'input':
      return [node.next]
    case 'route':
      return node.routes.map((route) => route.next)
    case 'remedy':
      return ['solved', node.notSolved]
    case 'handoff':
    case 'solved':
      return []
  }
}

/** What is wrong with a tree: dangling links, unreachable nodes, loops, routes without a default. */
export function treeProblems(tree: DecisionTree): string[] {
  const problems: string[] = []
  const ids = Object.keys(tree.nodes)
  for (const node of Object.values(tree.nodes)) {
    for (const next of successors(node)) if (!tree.nodes[next]) problems.push(`${node.id} → missing ${next}`)
    if (node.kind === 'route' && node.routes.at(-1)?.when !== undefined)
      problems.push(`${node.id} has no default route`)
  }
  const reached = new Set<string>()
  const visiting = new Set<string>()
  const visit = (id: string) => {
    if (visiting.has(id)) {
      problems.push(`loop through ${id}`)
      return
    }
    if (reached.has(id)) return
    visiting.add(id)
    const node = tree.nodes[id]
    if (node) for (const next of successors(node)) visit(next)
    visiting.delete(id)
    reached.add(id)
  }
  visit(tree.start)
  for (const id of ids) if (!reached.has(id)) problems.push(`${id} is unreachable`)
  return problems
}

/** Every path from the start to an end, as lists of node ids (for tests and the staff map). */
export function allPaths(tree: DecisionTree, from = tree.start, prefix: string[] = []): string[][] {
  const node = tree.nodes[from]
  if (!node) return []
  const path = [...prefix, from]
  const next = successors(node)
  if (next.length === 0) return [path]
  return [...new Set(next)].flatMap((id) => allPaths(tree, id, path))
}

/** The fewest screens still to come after a node on the way to an end (route nodes are not screens). */
export function fewestScreensLeft(tree: DecisionTree, nodeId: string): number {
  const memo = new Map<string, number>()
  const screensFrom = (id: string): number => {
    const known = memo.get(id)
    if (known !== undefined) return known
    const node = tree.nodes[id]
    if (!node) return 0
    const next = successors(node)
    const own = node.kind === 'route' ? 0 : 1
    const result = own + (next.length === 0 ? 0 : Math.min(...next.map(screensFrom)))
    memo.set(id, result)
    return result
  }
  const node = tree.nodes[nodeId]
  if (!node) return 0
  const next = successors(node)
  return next.length === 0 ? 0 : Math.min(...next.map(screensFrom))
}

/** Each node's depth: the length of the longest path from the start to it (the map's columns). */
export function nodeDepths(tree: DecisionTree): Map<string, number> {
  const depths = new Map<string, number>([[tree.start, 0]])
  const order: string[] = []
  const seen = new Set<string>()
  const visit = (id: string) => {
    if (seen.has(id)) return
    seen.add(id)
    const node = tree.nodes[id]
    if (node) for (const next of successors(node)) visit(next)
    order.unshift(id)
  }
  visit(tree.start)
  for (const id of order) {
    const node = tree.nodes[id]
    const depth = depths.get(id) ?? 0
    if (node)
      for (const next of successors(node)) depths.set(next, Math.max(depths.get(next) ?? 0, depth + 1))
  }
  return depths
}
