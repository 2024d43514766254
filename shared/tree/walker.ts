import type { CheckId, Finding, Msg, Status } from '../report'
import { headerVerdicts } from './header-verdicts'
import { isOffer } from './offers'
import { detectProvider, identifyProvider } from '../knowledge/provider-identity'
import type {
  BounceFacts,
  CheckNeeds,
  Condition,
  DecisionTree,
  Fact,
  Offer,
  Route,
  TreeNode,
  WalkState,
} from './types'

export type { BounceFacts, WalkState } from './types'

/** The offer the person named, else the one found for the address (unless they rejected it). */
export function effectiveOffer(state: WalkState): Offer | null {
  return identifyProvider(state).offer
}

/** Probe failures that say nothing about the server: the attempt never got an answer from it. */
const NO_ANSWER_FAILURES = new Set([
  'dns-timeout',
  'connect-timeout',
  'connect-unreachable',
  'no-greeting',
  'timeout',
  'aborted',
])

/** Login refusals that are about the account itself (password, lock, spam block, suspension, or one of two). */
const ACCOUNT_REFUSALS = new Set([
  'wrong-credentials',
  'blocked-spam',
  'suspended',
  'locked',
  'wrong-or-app-password',
  'wrong-or-modern-auth',
])

function field(record: unknown, name: string): unknown {
  return typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[name] : undefined
}

/**
 * The status a route may read: a probe that timed out (or could not reach the network) counts as
 * `error`, a check that could not run, never as a `fail` of the server.
 */
export function evidenceStatus(finding: Finding): Status {
  if (finding.status !== 'fail') return finding.status
  const code = field(field(finding.evidence, 'failure'), 'code')
  return typeof code === 'string' && NO_ANSWER_FAILURES.has(code) ? 'error' : 'fail'
}

/** True when a finding ran and says something (not `error`, `skipped` or a timeout). */
export function isEvidence(finding: Finding): boolean {
  const status = evidenceStatus(finding)
  return status !== 'error' && status !== 'skipped'
}

function findingsOf(state: WalkState, target: CheckNeeds['target'], id: Finding['id']): Finding[] {
  return state.findings[target].filter((finding) => finding.id === id)
}

/** The checks that test the person's login: the sending and incoming logins, and the round trip. */
export const LOGIN_TESTS: readonly CheckId[] = ['smtp.auth', 'mailbox.auth', 'smtp.roundtrip']

/**
 * How one login test went: its `outcome`; for a round trip, the refusal of the login that failed,
 * or `ok` when the message went out (both logins, or the sending one, worked).
 */
function loginOutcomeOf(finding: Finding): string | null {
  if (finding.id !== 'smtp.roundtrip') {
    const outcome = field(finding.evidence, 'outcome')
    return typeof outcome === 'string' ? outcome : null
  }
  const outcome = field(finding.evidence, 'outcome')
  const side = outcome === 'not-sent' ? 'send' : outcome === 'mailbox-failed' ? 'receive' : null
  // Arrived anywhere, or sent and not found: the logins that were tried worked.
  if (side === null)
    return typeof outcome === 'string' && (outcome.startsWith('arrived') || outcome === 'not-received')
      ? 'ok'
      : null
  const refused = field(field(field(finding.evidence, side), 'auth'), 'outcome')
  return typeof refused === 'string' && refused !== 'ok' ? refused : null
}

/** The latest login test that ran and says how the login went (null when none did). */
export function lastLoginTest(state: WalkState): Finding | null {
  const tests = state.findings.own.filter(
    (finding) => LOGIN_TESTS.includes(finding.id) && isEvidence(finding) && loginOutcomeOf(finding) !== null,
  )
  return tests.at(-1) ?? null
}

/** How the latest login test that ran went (its `outcome`), or null when none ran. */
export function lastLoginOutcome(state: WalkState): string | null {
  const test = lastLoginTest(state)
  return test ? loginOutcomeOf(test) : null
}

/** How each fact is read from the findings and the bounce. */
const FACTS: Record<Fact, (state: WalkState, target: CheckNeeds['target']) => boolean> = {
  offline: (state, target) => {
    const mx = findingsOf(state, target, 'dns.mx')
    const registration = findingsOf(state, target, 'domain.registration')
    const outcome = field(field(mx[0]?.evidence, 'query'), 'outcome')
    return (
      mx.length > 0 &&
      mx.every((finding) => !isEvidence(finding)) &&
      (outcome === 'timeout' || !registration.some(isEvidence))
    )
  },
  domainMissing: (state, target) =>
    findingsOf(state, target, 'dns.mx').some(
      (finding) =>
        evidenceStatus(finding) === 'fail' && field(field(finding.evidence, 'mx'), 'outcome') === 'nxdomain',
    ),
  sendingUnreachable: (state, target) => {
    const sending = [
      ...findingsOf(state, target, 'smtp.submission'),
      ...findingsOf(state, target, 'smtp.submissions'),
    ]
    return sending.length > 0 && sending.every((finding) => evidenceStatus(finding) === 'error')
  },
  noMx: (state, target) =>
    findingsOf(state, target, 'dns.mx').some(
      (finding) =>
        evidenceStatus(finding) === 'fail' ||
        (finding.status === 'warn' && field(finding.evidence, 'a') !== undefined),
    ),
  mxUnreachable: (state, target) => {
    const probes = findingsOf(state, target, 'smtp.mx').map(evidenceStatus)
    return probes.includes('fail') && !probes.some((status) => status === 'pass' || status === 'warn')
  },
  providerDetected: (state) => detectProvider(state.findings.own) !== null,
  bounceRecipientKnown: (state) => /@[^@\s]+$/.test(state.bounce?.recipient ?? ''),
  loginRefused: (state) => ACCOUNT_REFUSALS.has(lastLoginOutcome(state) ?? ''),
  loginModernSignIn: (state) => lastLoginOutcome(state) === 'modern-auth-required',
  loginAppPassword: (state) => lastLoginOutcome(state) === 'app-password',
  loginWorks: (state) => lastLoginOutcome(state) === 'ok',
  sendingRefused: (state, target) => {
    const sending = [
      ...findingsOf(state, target, 'smtp.submission'),
      ...findingsOf(state, target, 'smtp.submissions'),
    ].map(evidenceStatus)
    return sending.includes('fail') && !sending.some((status) => status === 'pass' || status === 'warn')
  },
}

/** The bounce's class: the reply code's first digit, or the enhanced code's when only that is known. */
function bounceClass(bounce: BounceFacts | null): number | null {
  if (bounce?.replyCode != null) return Math.floor(bounce.replyCode / 100)
  const digit = Number(bounce?.enhancedCode?.charAt(0))
  return Number.isInteger(digit) && digit > 0 ? digit : null
}

/** True when a condition holds for the state. Findings count only when they are evidence. */
export function holds(condition: Condition, state: WalkState, target: CheckNeeds['target'] = 'own'): boolean {
  if ('all' in condition) return condition.all.every((inner) => holds(inner, state, target))
  if ('any' in condition) return condition.any.some((inner) => holds(inner, state, target))
  if ('not' in condition) return !holds(condition.not, state, target)
  if ('headers' in condition) {
    const verdicts = headerVerdicts(state.headers)
    return condition.headers.some((verdict) => verdicts.includes(verdict))
  }
  if ('answer' in condition) return condition.is.includes(state.answers[condition.answer] ?? '')
  if ('fact' in condition) return FACTS[condition.fact](state, target)
  if ('finding' in condition)
    return findingsOf(state, target, condition.finding).some((finding) => {
      const status = evidenceStatus(finding)
      return status !== 'error' && status !== 'skipped' && condition.status.includes(status)
    })
  if ('providerKind' in condition) {
    const kind = identifyProvider(state).provider?.kind
    return kind !== undefined && condition.providerKind.includes(kind)
  }
  if ('offer' in condition) {
    const offer = effectiveOffer(state)
    return offer !== null && condition.offer.includes(offer)
  }
  const code = state.bounce?.replyCode ?? null
  if ('replyCode' in condition) return code !== null && condition.replyCode.includes(code)
  if ('replyClass' in condition) {
    const replyClass = bounceClass(state.bounce)
    return replyClass !== null && condition.replyClass.includes(replyClass)
  }
  if ('reason' in condition) {
    const reason = state.bounce?.reason ?? null
    return reason !== null && condition.reason.includes(reason)
  }
  if ('retry' in condition) {
    const retry = state.bounce?.retry
    return retry !== undefined && condition.retry.includes(retry)
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

/** A finding that decided an automatic step, as it was when the step was taken. */
export interface DecidingFinding {
  id: CheckId
  subject: string | null
  /** The status the route read (a probe that got no answer counts as `error`). */
  status: Status
  title: Msg
}

/** The checks each fact reads (see FACTS). */
const FACT_CHECKS: Record<Fact, readonly CheckId[]> = {
  offline: ['dns.mx', 'domain.registration'],
  domainMissing: ['dns.mx'],
  sendingUnreachable: ['smtp.submission', 'smtp.submissions'],
  noMx: ['dns.mx'],
  mxUnreachable: ['smtp.mx'],
  bounceRecipientKnown: [],
  loginRefused: ['smtp.auth', 'mailbox.auth', 'smtp.roundtrip'],
  loginModernSignIn: ['smtp.auth', 'mailbox.auth', 'smtp.roundtrip'],
  loginAppPassword: ['smtp.auth', 'mailbox.auth', 'smtp.roundtrip'],
  loginWorks: ['smtp.auth', 'mailbox.auth', 'smtp.roundtrip'],
  sendingRefused: ['smtp.submission', 'smtp.submissions'],
  providerDetected: ['client.discovery', 'dns.mx.provider'],
}

/** True when a condition reads what was pasted (a bounce or an error message). */
export function readsPasted(condition: Condition): boolean {
  if ('all' in condition) return condition.all.some(readsPasted)
  if ('any' in condition) return condition.any.some(readsPasted)
  if ('not' in condition) return readsPasted(condition.not)
  if ('fact' in condition) return condition.fact === 'bounceRecipientKnown'
  return (
    'replyCode' in condition || 'replyClass' in condition || 'serverText' in condition || 'retry' in condition
  )
}

/** True when a condition reads the pasted headers of a message. */
export function readsHeaders(condition: Condition): boolean {
  if ('all' in condition) return condition.all.some(readsHeaders)
  if ('any' in condition) return condition.any.some(readsHeaders)
  if ('not' in condition) return readsHeaders(condition.not)
  return 'headers' in condition
}

/** The codes of a pasted text as the route read them ("535 5.7.139"), or null when it had none. */
export function pastedCodes(bounce: BounceFacts | null): string | null {
  const codes = [bounce?.replyCode, bounce?.enhancedCode].filter((code) => code != null).join(' ')
  return codes === '' ? null : codes
}

/** The checks a condition reads, each with the statuses it looks for (null: any status). */
function conditionChecks(condition: Condition, state: WalkState): [CheckId, readonly Status[] | null][] {
  if ('all' in condition) return condition.all.flatMap((inner) => conditionChecks(inner, state))
  if ('any' in condition) return condition.any.flatMap((inner) => conditionChecks(inner, state))
  if ('not' in condition) return []
  if ('finding' in condition) return [[condition.finding, condition.status]]
  if ('fact' in condition) return FACT_CHECKS[condition.fact].map((id) => [id, null])
  // A provider the person did not name was found from the settings discovery or the MX records.
  if ('offer' in condition || 'providerKind' in condition) {
    const answered = state.answers.offer
    return isOffer(answered) && answered !== 'unknown'
      ? []
      : [
          ['client.discovery', null],
          ['dns.mx.provider', null],
        ]
  }
  return []
}

/**
 * The findings that decided the route a route node took: those its condition read (with the
 * statuses it looked for), or, for the default route, every finding the node waited for. Empty when
 * the answers or the bounce decided it.
 */
export function decidingFindings(
  node: Extract<TreeNode, { kind: 'route' }>,
  route: Route,
  state: WalkState,
): DecidingFinding[] {
  const target = node.needs?.target ?? 'own'
  const checks: [CheckId, readonly Status[] | null][] = route.when
    ? conditionChecks(route.when, state)
    : (node.needs?.waitFor ?? []).map((id) => [id, null])
  return state.findings[target]
    .filter((finding) =>
      checks.some(
        ([id, statuses]) =>
          id === finding.id && (statuses === null || statuses.includes(evidenceStatus(finding))),
      ),
    )
    .map((finding) => ({
      id: finding.id,
      subject: finding.subject ?? null,
      status: evidenceStatus(finding),
      title: finding.title,
    }))
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
    case 'login':
    case 'programs':
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
