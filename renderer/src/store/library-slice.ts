import type { LibrarySlice, SliceCreator } from './types'

/** The open workbook's scenarios, as the library panel shows them. */
export const createLibrarySlice: SliceCreator<LibrarySlice> = (api) => (set, get) => {
  /** Report a failure in the banner; true when the call succeeded. */
  const ok = <T>(
    result: { ok: true; value: T } | { ok: false; error: { message: string } },
  ): result is { ok: true; value: T } => {
    if (!result.ok) set({ error: result.error.message })
    return result.ok
  }
  const refreshSelected = async () => {
    const id = get().selectedId
    if (!id) return set({ versions: [], comparison: null })
    const versions = await api.listVersions({ id })
    set({ versions: versions.ok ? versions.value : [], comparison: null })
  }
  return {
    scenarios: [],
    libraryQuery: '',
    showTrash: false,
    selectedId: null,
    versions: [],
    comparison: null,
    async loadScenarios() {
      const { libraryQuery, showTrash } = get()
      const result = await api.listScenarios({ query: libraryQuery || undefined, trash: showTrash })
      if (!ok(result)) return
      const selected = get().selectedId
      const stillThere = result.value.some((s) => s.id === selected)
      set({ scenarios: result.value, selectedId: stillThere ? selected : null })
      if (!stillThere && get().draftId !== null) await get().loadDraft(null)
      await refreshSelected()
    },
    async setLibraryQuery(query) {
      set({ libraryQuery: query })
      await get().loadScenarios()
    },
    async setShowTrash(show) {
      set({ showTrash: show, selectedId: null })
      await get().loadScenarios()
    },
    async selectScenario(id) {
      set({ selectedId: id })
      await Promise.all([
        refreshSelected(),
        get().loadDraft(id),
        ...(id ? [get().rememberOpenScenario(id)] : []),
      ])
    },
    async createScenario(presetId) {
      const created = await api.createScenario({ preset: presetId })
      if (!ok(created)) return
      set({ showTrash: false, libraryQuery: '' })
      await get().loadWorkbook()
      await get().selectScenario(created.value.id)
    },
    async createScenarioFromDocument(scenario, name) {
      // The refusal (a name already taken, a read-only workbook) goes back to the form, not the banner.
      const created = await api.createScenario({ scenario, name })
      if (!created.ok) return created.error.message
      await get().loadScenarios()
      return null
    },
    async duplicateScenario(id) {
      const copy = await api.duplicateScenario({ id })
      if (!ok(copy)) return
      await get().loadScenarios()
      await get().selectScenario(copy.value.id)
    },
    async editScenarioProperties(id, changes) {
      const current = get().scenarios.find((s) => s.id === id)
      if (!current) return null
      const steps = [
        changes.name !== current.name ? () => api.renameScenario({ id, name: changes.name }) : null,
        changes.description !== current.description
          ? () => api.describeScenario({ id, description: changes.description })
          : null,
        changes.tags.join('\u0000') !== current.tags.join('\u0000')
          ? () => api.tagScenario({ id, tags: changes.tags })
          : null,
      ]
      // One after the other: the first refusal stops the rest, and says why.
      for (const step of steps) {
        if (!step) continue
        const done = await step()
        if (!done.ok) {
          await get().loadScenarios()
          return done.error.message
        }
      }
      await get().loadScenarios()
      return null
    },
    async deleteScenario(id) {
      if (!ok(await api.deleteScenario({ id }))) return
      await get().loadWorkbook()
    },
    async restoreScenario(id) {
      if (!ok(await api.restoreScenario({ id }))) return
      await get().loadWorkbook()
    },
    async emptyTrash() {
      if (!ok(await api.emptyTrash({}))) return
      await get().loadWorkbook()
    },
    async compareWithVersion(version) {
      const id = get().selectedId
      if (!id || version === null) return set({ comparison: null })
      const diff = await api.diffScenarios({ a: { id, version }, b: { id } })
      if (ok(diff)) set({ comparison: { version, changes: diff.value } })
    },
    async restoreVersion(version) {
      const id = get().selectedId
      if (!id || !ok(await api.restoreVersion({ id, version }))) return
      await get().loadScenarios()
    },
  }
}
