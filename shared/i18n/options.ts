/** i18next options every instance shares; the resources are added by whoever loads the texts. */
export const I18N_BASE_OPTIONS = {
  defaultNS: 'common',
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
} as const
