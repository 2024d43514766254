import type { StateCreator } from 'zustand'
import type { Language } from '../../shared/protocol/languages'
import type { AppState } from './store'

/** The person's settings: the language of every text. */
export interface SettingsSlice {
  language: Language
  setLanguage: (language: Language) => void
}

/** Creates the settings slice with the language picked at start-up. */
export const createSettingsSlice =
  (initialLanguage: Language): StateCreator<AppState, [], [], SettingsSlice> =>
  (set) => ({
    language: initialLanguage,
    setLanguage: (language) => set({ language }),
  })
