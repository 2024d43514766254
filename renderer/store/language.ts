import { isLanguage, pickLanguage, type Language } from '../../shared/protocol/languages'

const STORAGE_KEY = 'maildoctor-language'

/** The language to start in: `?lang=` if given, else the person's last choice, else the OS language. */
export function initialLanguage(): Language {
  const fromUrl = new URLSearchParams(window.location.search).get('lang')
  if (isLanguage(fromUrl)) return fromUrl
  const saved = window.localStorage.getItem(STORAGE_KEY)
  if (isLanguage(saved)) return saved
  return pickLanguage(navigator.language)
}

/** Remembers the person's choice of language for the next start. */
export function rememberLanguage(language: Language): void {
  window.localStorage.setItem(STORAGE_KEY, language)
}
