/**
 * The renderer's old path to the languages, which now stand on the bottom floor
 * (shared/protocol/languages.ts). Remove once renderer/ imports them from there.
 */
export { LANGUAGES, isLanguage, pickLanguage, type Language } from '../protocol/languages'
