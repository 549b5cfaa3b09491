import type { Comparison, ComparisonDraft, ComparisonSlice, SliceCreator } from './types'

/** The part of a stored comparison that is edited and saved. */
function asDraft(comparison: Comparison): ComparisonDraft {
  const { id, name, reference, scenarioIds, settings } = comparison
  return { id, name, reference, scenarioIds, settings }
}

/** Newest change first, as the host lists them. */
function withSaved(list: readonly Comparison[], saved: Comparison): Comparison[] {
  return [saved, ...list.filter((c) => c.id !== saved.id)]
}

/**
 * The workbook's named comparisons and the one open in the compare view. The active comparison is
 * the user's working copy: reloading the list never overwrites it, but it is dropped once it no
 * longer exists (deleted, or removed when the trash was emptied) or belongs to another workbook.
 */
export const createComparisonSlice: SliceCreator<ComparisonSlice> = (api) => (set, get) => {
  /** The workbook the list was loaded from, to tell a reload from a switch of workbook. */
  let loadedFor: string | null = null
  return {
    comparisons: [],
    activeComparison: null,
    view: 'scenario',
    async loadComparisons() {
      const result = await api.listComparisons({})
      if (!result.ok) return set({ error: result.error.message })
      const path = get().workbook?.path ?? null
      const switched = path !== loadedFor
      loadedFor = path
      const active = get().activeComparison
      // A draft never saved cannot be told apart from one of another workbook: dropped on a switch.
      const keep =
        active !== null &&
        (active.id === undefined ? !switched : result.value.some((c) => c.id === active.id))
      set({ comparisons: result.value, activeComparison: keep ? active : null })
    },
    async saveComparison(draft) {
      const result = await api.saveComparison(draft)
      if (!result.ok) return result.error.message
      set({
        comparisons: withSaved(get().comparisons, result.value),
        activeComparison: asDraft(result.value),
      })
      return null
    },
    async deleteComparison(id) {
      const result = await api.deleteComparison({ id })
      if (!result.ok) return set({ error: result.error.message })
      set({
        comparisons: get().comparisons.filter((c) => c.id !== id),
        activeComparison: get().activeComparison?.id === id ? null : get().activeComparison,
      })
    },
    async openComparison(id) {
      const result = await api.getComparison({ id })
      if (!result.ok) return set({ error: result.error.message })
      set({
        comparisons: get().comparisons.map((c) => (c.id === id ? result.value : c)),
        activeComparison: asDraft(result.value),
        view: 'compare',
      })
    },
    setActiveComparison(draft) {
      set({ activeComparison: draft })
    },
    setView(view) {
      set({ view })
    },
  }
}
