/** The languages the app speaks. */
export const LANGUAGES = ['it', 'en'] as const
/** One of the app's languages. */
export type Language = (typeof LANGUAGES)[number]

/** Picks the app's language from an OS or browser locale such as `it-IT`; English otherwise. */
export function pickLanguage(locale: string | undefined | null): Language {
  return locale?.toLowerCase().startsWith('it') ? 'it' : 'en'
}

/** True when a value names one of the app's languages. */
export function isLanguage(value: unknown): value is Language {
  return value === 'it' || value === 'en'
}
