/**
 * The offers a person can name in the wizard and the CLI, and how their domain's MX records compare
 * with what an offer expects. The offers are entries of the provider catalogue
 * (provider-catalogue.ts), which holds every fact about them with its source.
 */
import { mailProvider, type ExpectedMx, type MailProvider } from './provider-catalogue'

/** The offers MailDoctor knows, by catalogue id; `other` means a provider we have no profile for. */
export const PROVIDER_IDS = [
  'ovh-mxplan',
  'ovh-emailpro',
  'ovh-exchange',
  'microsoft365',
  'google-workspace',
  'other',
] as const
/** One provider offer. */
export type ProviderId = (typeof PROVIDER_IDS)[number]

/** The email offers the wizard asks about: every offer a person can name, and `unknown` (then recognised from the MX records). */
export const OFFERS = [...PROVIDER_IDS, 'unknown'] as const
/** One email offer. */
export type Offer = (typeof OFFERS)[number]

/** True when a value names one of the offers the wizard knows. */
export function isOffer(value: unknown): value is Offer {
  return typeof value === 'string' && (OFFERS as readonly string[]).includes(value)
}

/** True when a value is a known provider id. */
export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && (PROVIDER_IDS as readonly string[]).includes(value)
}

/** The catalogue entry of an offer; undefined for `other`. */
export function providerProfile(id: ProviderId): MailProvider | undefined {
  return mailProvider(id)
}

/** The offers a person can name, in the order the wizard lists them. */
export function namedOffers(): MailProvider[] {
  return PROVIDER_IDS.flatMap((id) => providerProfile(id) ?? [])
}

/** An offer's MX sets with `{domainDashed}` filled in for this domain. */
export function expectedMxFor(profile: MailProvider, domain: string): ExpectedMx[][] {
  const dashed = domain.replace(/\./g, '-')
  return (profile.expectedMx ?? []).map((set) =>
    set.map((record) => ({ ...record, exchange: record.exchange.replace('{domainDashed}', dashed) })),
  )
}

/** What to do to the MX records so they equal an expected set. */
export interface MxChanges {
  add: ExpectedMx[]
  remove: ExpectedMx[]
  /** Records whose host is right but whose preference is not. */
  change: { exchange: string; from: number; to: number }[]
}

/**
 * The smallest set of changes that turns the domain's MX records into one of the offer's sets;
 * empty lists mean the records already match.
 */
export function mxChanges(actual: readonly ExpectedMx[], expectedSets: readonly ExpectedMx[][]): MxChanges {
  let best: MxChanges = { add: [], remove: [...actual], change: [] }
  let bestSize = Number.POSITIVE_INFINITY
  for (const expected of expectedSets) {
    const add = expected.filter((want) => !actual.some((have) => have.exchange === want.exchange))
    const remove = actual.filter((have) => !expected.some((want) => want.exchange === have.exchange))
    const change = expected.flatMap((want) => {
      const have = actual.find((record) => record.exchange === want.exchange)
      return have && have.preference !== want.preference
        ? [{ exchange: want.exchange, from: have.preference, to: want.preference }]
        : []
    })
    const size = add.length + remove.length + change.length
    if (size < bestSize) {
      best = { add, remove, change }
      bestSize = size
    }
  }
  return best
}
