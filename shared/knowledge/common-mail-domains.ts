import { MAIL_PROVIDERS } from './provider-catalogue'

/**
 * Mailbox domains many people have, for "did you mean …?" when a typed domain does not exist: the
 * address domains of the catalogue's mailboxes (not a business suite's tenant domain).
 */
export const COMMON_MAIL_DOMAINS: readonly string[] = MAIL_PROVIDERS.filter(
  (provider) => provider.kind !== 'business-suite',
).flatMap((provider) => provider.addressDomains)
