import i18next, { type i18n as I18n } from 'i18next'
import type { Msg } from '../report'
import enCommon from './en/common'
import enInput from './en/input'
import enDns from './en/dns'
import enProbe from './en/probe'
import enKnowledge from './en/knowledge'
import enTree from './en/tree'
import enReport from './en/report'
import itCommon from './it/common'
import itInput from './it/input'
import itDns from './it/dns'
import itProbe from './it/probe'
import itKnowledge from './it/knowledge'
import itTree from './it/tree'
import itReport from './it/report'

import type { Language } from './languages'

export { LANGUAGES, isLanguage, pickLanguage, type Language } from './languages'

/** Every text of the app, by language and namespace; a key reads `namespace:path.to.text`. */
export const resources = {
  en: {
    common: enCommon,
    input: enInput,
    dns: enDns,
    probe: enProbe,
    knowledge: enKnowledge,
    tree: enTree,
    report: enReport,
  },
  it: {
    common: itCommon,
    input: itInput,
    dns: itDns,
    probe: itProbe,
    knowledge: itKnowledge,
    tree: itTree,
    report: itReport,
  },
} as const

/** The namespaces of `resources`. */
export const NAMESPACES = Object.keys(resources.en) as (keyof typeof resources.en)[]

/** Options shared by every i18next instance of the app (renderer and CLI). */
export const I18N_OPTIONS = {
  resources,
  ns: NAMESPACES,
  defaultNS: 'common',
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
} as const

/** A ready i18next instance for a language, for code outside React (CLI, reports). */
export function createI18n(lang: Language): I18n {
  const instance = i18next.createInstance()
  void instance.init({ ...I18N_OPTIONS, lng: lang, initAsync: false })
  return instance
}

/** Renders a Msg in the instance's language. */
export function renderMsg(i18n: I18n, msg: Msg): string {
  return i18n.t(msg.key, msg.params ?? {})
}
