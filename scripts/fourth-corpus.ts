/**
 * Measures the bounce reader on a fourth held-out corpus, labelled before the reader was ever run
 * on it: providers' documented reply texts (shared/bounce/fixtures/provider-docs), each pasted as a
 * user pastes a line copied from an error window, and flanker's test messages
 * (shared/bounce/fixtures/flanker).
 */
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parseBounce } from '../shared/bounce/parse-bounce'
import {
  compareWithLabel,
  emptyThirdScore,
  measureThird,
  type ThirdLabel,
  type ThirdScore,
} from './third-corpus'

const FIXTURES = join(import.meta.dirname, '..', 'shared', 'bounce', 'fixtures')

/** Where the providers' documented texts and their labels are. */
export const PROVIDER_DOCS_FIXTURES = join(FIXTURES, 'provider-docs')

/** Where flanker's messages and our labels are. */
export const FLANKER_FIXTURES = join(FIXTURES, 'flanker')

/** One documented text: where it is printed, the text, and the label from the provider's own words. */
interface ProviderSample extends Omit<ThirdLabel, 'bounce'> {
  id: string
  provider: string
  url: string
  text: string
  why: string
}

/** The fourth corpus's score: both parts together, each part, and each provider's pastes. */
export interface FourthScore {
  total: ThirdScore
  pastes: ThirdScore
  messages: ThirdScore
  byProvider: Map<string, ThirdScore>
}

/** Adds one score's counts and misses into another. */
export function add(into: ThirdScore, from: ThirdScore): void {
  into.messages += from.messages
  into.wrongRemedies += from.wrongRemedies
  into.fullMailboxTransient += from.fullMailboxTransient
  for (const field of ['reasons', 'retry', 'recipients', 'notABounce', 'remedies'] as const) {
    into[field][0] += from[field][0]
    into[field][1] += from[field][1]
  }
  into.misses.push(...from.misses)
}

/**
 * Reads each documented text of `directory`'s labels.json with `parseBounce(text)`, exactly as the app
 * reads a pasted line, and scores it per provider; misses are named `<directory name>/<id>`.
 */
export async function measurePastes(directory: string): Promise<Map<string, ThirdScore>> {
  const { samples } = JSON.parse(readFileSync(join(directory, 'labels.json'), 'utf8')) as {
    samples: ProviderSample[]
  }
  const byProvider = new Map<string, ThirdScore>()
  for (const sample of samples) {
    const score = byProvider.get(sample.provider) ?? emptyThirdScore()
    byProvider.set(sample.provider, score)
    const info = await parseBounce(sample.text)
    const label: ThirdLabel = { ...sample, bounce: true }
    compareWithLabel(score, `${basename(directory)}/${sample.id}`, info, label, `"${sample.why}"`)
  }
  return byProvider
}

/** Reads both parts once and compares each labelled field. */
export async function measureFourth(
  providerDocs = PROVIDER_DOCS_FIXTURES,
  flanker = FLANKER_FIXTURES,
): Promise<FourthScore> {
  const byProvider = await measurePastes(providerDocs)
  const pastes = emptyThirdScore()
  for (const score of byProvider.values()) add(pastes, score)
  const messages = await measureThird(flanker)
  messages.misses = messages.misses.map((miss) => `flanker/${miss}`)
  const total = emptyThirdScore()
  add(total, pastes)
  add(total, messages)
  return { total, pastes, messages, byProvider }
}
