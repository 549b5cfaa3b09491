import { DEFAULT_LANGUAGE } from '@shared/app-identity'
import type { SessionSlice, SliceCreator } from './types'

export const createSessionSlice: SliceCreator<SessionSlice> = (api) => (set, get) => ({
  appInfo: null,
  error: null,
  async start() {
    // The workbook's calls go out with these rather than after them: one round trip less before
    // the first scenario opens and its first chart is drawn.
    const workbook = Promise.all([api.getWorkbook({}), api.listRecentWorkbooks({})])
    const languageAtStart = get().language
    const [info, preferences] = await Promise.all([api.getAppInfo({}), api.getPreferences({})])
    if (!info.ok) return set({ error: info.error.message })
    // A language chosen while the preferences were on their way is the analyst's latest word (it
    // is being saved): the stored one must not undo it.
    const chosenMeanwhile = get().language !== languageAtStart
    set({
      appInfo: info.value,
      language: chosenMeanwhile
        ? get().language
        : preferences.ok
          ? preferences.value.language
          : DEFAULT_LANGUAGE,
      openScenarios: preferences.ok ? (preferences.value.openScenarios ?? {}) : {},
      error: preferences.ok ? null : preferences.error.message,
    })
    await get().loadWorkbook(workbook)
    await get().reopenScenario()
    await get().checkWhatChanged()
  },
  dismissError() {
    set({ error: null })
  },
})
