import { OFFERS, type Offer } from './types'

/** True when a value names one of the offers the wizard knows. */
export function isOffer(value: unknown): value is Offer {
  return typeof value === 'string' && (OFFERS as readonly string[]).includes(value)
}
