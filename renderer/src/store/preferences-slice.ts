import { DEFAULT_LANGUAGE } from '@shared/app-identity'
import type { PreferencesSlice, SliceCreator } from './types'

export const createPreferencesSlice: SliceCreator<PreferencesSlice> = (api) => (set, get) => ({
  language: DEFAULT_LANGUAGE,
  async setLanguage(language) {
    const previous = get().language
    if (language === previous) return
    // Switch at once; put the old language back if the host could not save the choice.
    set({ language })
    const saved = await api.setPreferences({ language })
    if (!saved.ok) set({ language: previous, error: saved.error.message })
  },
})
