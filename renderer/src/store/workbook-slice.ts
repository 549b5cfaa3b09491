import { translator } from '../i18n/translate'
import type { SliceCreator, WorkbookSlice } from './types'

export const createWorkbookSlice: SliceCreator<WorkbookSlice> = (api) => (set, get) => ({
  workbook: null,
  recentWorkbooks: [],
  whatChanged: null,
  async loadWorkbook(asked) {
    const [info, recent] = await (asked ??
      Promise.all([api.getWorkbook({}), api.listRecentWorkbooks({})]))
    if (!info.ok) return set({ error: info.error.message, workbook: null })
    set({ workbook: info.value, recentWorkbooks: recent.ok ? recent.value.paths : [] })
    // The workbook last used could not be opened at start-up: say why the default one is shown.
    const refused = info.value.lastWorkbookRefused
    if (refused) set({ error: `${translator(get().language)('lastWorkbookRefused')} ${refused}` })
    await Promise.all([get().loadScenarios(), get().loadComparisons()])
  },
  async checkWhatChanged() {
    const report = await api.whatChanged({})
    set({ whatChanged: report.ok ? report.value : null })
  },
  async applyWorkbookAction(action, path, readOnly) {
    // An edit still waiting for its autosave belongs to the workbook open now: save it there
    // before another takes its place, or the save would go to (and fail in) the next one.
    await get().flushSave()
    const result =
      action === 'new'
        ? await api.newWorkbook({ path })
        : action === 'saveAs'
          ? await api.saveWorkbookAs({ path })
          : await api.openWorkbook({ path, readOnly })
    if (!result.ok) return result.error
    set({ workbook: result.value })
    await get().enterOpenedWorkbook()
    return null
  },
  async enterOpenedWorkbook() {
    set({ whatChanged: null })
    await get().loadWorkbook()
    await get().reopenScenario()
    await get().checkWhatChanged()
  },
  async chooseFilePath(purpose, defaultPath) {
    const chosen = await api.chooseFilePath({ purpose, ...(defaultPath ? { defaultPath } : {}) })
    if (!chosen.ok) return { error: chosen.error.message }
    return { path: chosen.value.path }
  },
  importOutcome: null,
  async importScenarioFiles(files, onConflict) {
    const documents: unknown[] = []
    for (const file of files) {
      try {
        const parsed: unknown = JSON.parse(file.text)
        documents.push(...(Array.isArray(parsed) ? parsed : [parsed]))
      } catch {
        const notJson = translator(get().language)('notJson')
        set({
          importOutcome: {
            imported: 0,
            error: { code: 'invalid_input', message: `${file.name} ${notJson}` },
            pending: [],
          },
        })
        return
      }
    }
    if (documents.length === 0) return
    const result = await api.importScenarios({ documents, onConflict })
    if (!result.ok) {
      set({ importOutcome: { imported: 0, error: result.error, pending: files } })
      return
    }
    set({ importOutcome: { imported: result.value.length, error: null, pending: [] } })
    await get().loadWorkbook()
  },
  dismissImport() {
    set({ importOutcome: null })
  },
  async exportAllScenarios() {
    const list = await api.listScenarios({})
    if (!list.ok) {
      set({ error: list.error.message })
      return null
    }
    if (list.value.length === 0) return []
    const exported = await api.exportScenarios({ ids: list.value.map((s) => s.id) })
    if (!exported.ok) {
      set({ error: exported.error.message })
      return null
    }
    return exported.value.documents
  },
})
