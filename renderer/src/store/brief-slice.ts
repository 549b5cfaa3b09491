import { translator } from '../i18n/translate'
import { briefOptionsSchema, DEFAULT_BRIEF_OPTIONS } from '@shared/brief/brief-options'
import type { BriefSlice, SliceCreator } from './types'

/**
 * The brief dialog: what it prints (the scenario shown or the comparison shown) and the options
 * last used, kept for the session so a second brief starts from the first one's settings. The
 * analyst's own summary is kept per kind of brief: a scenario's summary says nothing true of a
 * comparison, so a comparison brief never starts from it (nor the reverse).
 */
export const createBriefSlice: SliceCreator<BriefSlice> = (api) => (set, get) => ({
  briefOptions: DEFAULT_BRIEF_OPTIONS,
  briefTarget: null,
  briefPreview: false,
  briefSummaries: { scenario: '', comparison: '' },
  openBrief() {
    const state = get()
    const target =
      state.view === 'compare' && state.activeComparison
        ? 'comparison'
        : state.selectedId !== null
          ? 'scenario'
          : null
    if (!target) return false
    set({
      briefTarget: target,
      briefPreview: false,
      briefOptions: { ...state.briefOptions, summary: state.briefSummaries[target] },
    })
    return true
  },
  closeBrief() {
    set({ briefTarget: null, briefPreview: false })
  },
  setBriefOptions(options) {
    const parsed = briefOptionsSchema.safeParse(options)
    if (!parsed.success)
      return parsed.error.issues.map((issue) => ({
        field: issue.path.join('.'),
        message: issue.message,
      }))
    const target = get().briefTarget
    set({
      briefOptions: parsed.data,
      ...(target
        ? { briefSummaries: { ...get().briefSummaries, [target]: parsed.data.summary } }
        : {}),
    })
    return null
  },
  setBriefPreview(open) {
    set({ briefPreview: open && get().briefTarget !== null })
  },
  async saveBriefPdf(path) {
    const result = await api.saveBriefPdf({ path, paper: get().briefOptions.paper })
    if (result.ok) return { path: result.value.path }
    // A PDF held open by a viewer (Windows): said in the interface's language, with the file.
    if (result.error.code === 'locked')
      return { error: translator(get().language)('briefPdfHeldOpen', { path }) }
    return { error: result.error.message }
  },
})
