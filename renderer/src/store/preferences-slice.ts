import { DEFAULT_LANGUAGE } from '@shared/app-identity'
import { OPEN_SCENARIOS_KEPT } from '@shared/api/contract'
import type { PreferencesSlice, SliceCreator } from './types'

export const createPreferencesSlice: SliceCreator<PreferencesSlice> = (api) => (set, get) => ({
  language: DEFAULT_LANGUAGE,
  openScenarios: {},
  async setLanguage(language) {
    const previous = get().language
    if (previous === language) return
    // Switch at once; put the old language back if the host could not save the choice.
    set({ language })
    const saved = await api.setPreferences({ language })
    if (!saved.ok) set({ language: previous, error: saved.error.message })
  },
  async rememberOpenScenario(id) {
    const path = get().workbook?.path
    if (!path || get().openScenarios[path] === id) return
    // Most recent last, so the oldest workbooks are the ones forgotten.
    const entries = Object.entries(get().openScenarios).filter(([key]) => key !== path)
    const openScenarios = Object.fromEntries(
      [...entries, [path, id] as const].slice(-OPEN_SCENARIOS_KEPT),
    )
    set({ openScenarios })
    const saved = await api.setPreferences({ openScenarios })
    if (!saved.ok) set({ error: saved.error.message })
  },
  async reopenScenario() {
    const path = get().workbook?.path
    // The scenario last open in this workbook, or else the one the host made for a newcomer.
    const id = (path ? get().openScenarios[path] : undefined) ?? get().workbook?.welcomeScenario
    const live = get().scenarios.some((s) => s.id === id && s.deletedAt === null)
    if (id && live && get().selectedId !== id) await get().selectScenario(id)
  },
})
