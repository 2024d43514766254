/**
 * Layout tests over Sisimai's samples: each case names a message, a recipient's position in it, the
 * codes written in the message and the reason, and `expectCase` checks what the reader says.
 */
import { expect } from 'vitest'
import type { BounceReason } from '../shared/bounce/reasons'
import { readSisimai } from './corpus-measure'

/** A sample, the 1-based position of a recipient, its enhanced code, its reply code, its reason. */
export type SisimaiCase = readonly [
  file: string,
  position: number,
  enhancedCode: string | null,
  replyCode: number | null,
  reason: BounceReason,
]

/**
 * Reads the sample and checks the recipient at the case's position (the bounce as a whole for the
 * first, the report's own entry for the others): the codes when the case gives them (null: the
 * message writes none), and the reason.
 */
export async function expectCase([
  file,
  position,
  enhancedCode,
  replyCode,
  reason,
]: SisimaiCase): Promise<void> {
  const info = await readSisimai(file)
  const view = position > 1 ? info.recipients[position - 1] : info
  const expected = {
    reason,
    ...(enhancedCode === null ? {} : { enhancedCode }),
    ...(replyCode === null ? {} : { replyCode }),
  }
  expect(view).toMatchObject(expected)
}
