/** The languages the app speaks; English is the one it falls back to. */
export const LANGUAGES = ['it', 'en'] as const
/** One of the app's languages. */
export type Language = (typeof LANGUAGES)[number]

/** True when a value names one of the app's languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** Picks the app's language from an OS or browser locale such as `it-IT`; English otherwise. */
export function pickLanguage(locale: string | undefined | null): Language {
  const primary = locale?.toLowerCase().split(/[-_]/)[0]
  return isLanguage(primary) ? primary : 'en'
}
