import type { parseTarget } from '../../shared/target'

let loading: Promise<typeof parseTarget> | null = null

/**
 * The domain parser, loaded on demand: its Unicode tables (UTS-46) are a third of the renderer's
 * size and only the address step needs them, so they stay out of the first screen's bundle.
 */
export function loadTargetParser(): Promise<typeof parseTarget> {
  loading ??= import('../../shared/target').then((module) => module.parseTarget)
  return loading
}
