import { TEXT_FACTS } from '../knowledge/facts'

/**
 * i18next options every instance shares; the resources are added by whoever loads the texts. The
 * shared facts are default variables, so any text can quote them (`{{providerFacts.spfText}}`).
 */
export const I18N_BASE_OPTIONS = {
  defaultNS: 'common',
  fallbackLng: false,
  interpolation: { escapeValue: false, defaultVariables: TEXT_FACTS },
  returnNull: false,
} as const
