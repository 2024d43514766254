/**
 * Dated changes providers announced, as data with their date and source: each becomes a note on
 * the settings card (`discovery:providerChanges.<id>.<before|after>`) for the provider it concerns,
 * worded for before or after its date (provider-identity.ts, providerChanges, picks them).
 *
 * Only what the provider's own page confirms is here. Left out, for want of the provider's own page
 * among the sources we could read (see the notes of issue 20): Outlook.com refusing plain passwords
 * since 16 September 2024, Gmail ending POP fetching of other accounts and Gmailify in 2026, Italian
 * lines blocking port 25 (Fastweb's notice was read only as a newspaper's report).
 */

/** One change a provider announced. */
export interface ProviderChange {
  id: 'm365-smtp-basic-auth' | 'aruba-pec-dedicated-password'
  /** The catalogue entries it concerns. */
  providers: readonly string[]
  /** The day it takes effect (ISO date), or null when the page gives none: it applies already. */
  from: string | null
  /** The provider's page that announces it. */
  source: string
}

/** Every dated change we know, confirmed on the provider's own page. */
export const PROVIDER_CHANGES: readonly ProviderChange[] = [
  {
    // "End of December 2026: SMTP AUTH Basic Authentication will be disabled by default for existing
    // tenants"; the refusal reads "550 5.7.30 Basic authentication is not supported for Client Submission."
    id: 'm365-smtp-basic-auth',
    providers: ['microsoft365'],
    from: '2026-12-31',
    source:
      'https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835 (date); https://techcommunity.microsoft.com/blog/exchange/exchange-online-to-retire-basic-auth-for-client-submission-smtp-auth/4114750 (550 5.7.30)',
  },
  {
    // "se hai attivato la verifica in due passaggi, è necessario generare ... una password dedicata
    // per il programma di posta"; the page gives no date.
    id: 'aruba-pec-dedicated-password',
    providers: ['aruba-pec'],
    from: null,
    source: 'https://guide.pec.it/posta-pec/configurare-casella-pec/bozza.aspx',
  },
]
