import i18next, { type i18n as I18n } from 'i18next'
import type { Msg } from '../protocol'
import en from './en/index'
import it from './it/index'
import { I18N_BASE_OPTIONS } from './options'
import type { Language } from '../protocol/languages'

export { LANGUAGES, isLanguage, pickLanguage, type Language } from '../protocol/languages'

/** Every text of the app, by language and namespace; a key reads `namespace:path.to.text`. */
export const resources = { en, it } as const

/** The namespaces of `resources`. */
export const NAMESPACES = Object.keys(resources.en) as (keyof typeof resources.en)[]

/** Options shared by every i18next instance of the app (renderer and CLI). */
export const I18N_OPTIONS = { ...I18N_BASE_OPTIONS, resources, ns: NAMESPACES } as const

/** One instance per language, made once: building one reads every text of the app. */
const instances = new Map<Language, I18n>()

/** The ready i18next instance of a language, for code outside React (CLI, reports); read only. */
export function createI18n(lang: Language): I18n {
  const known = instances.get(lang)
  if (known) return known
  const instance = i18next.createInstance()
  void instance.init({ ...I18N_OPTIONS, lng: lang, initAsync: false })
  instances.set(lang, instance)
  return instance
}

/** Renders a Msg in the instance's language. */
export function renderMsg(i18n: I18n, msg: Msg): string {
  return i18n.t(msg.key, msg.params ?? {})
}
