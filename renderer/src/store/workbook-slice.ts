import type { SliceCreator, WorkbookSlice } from './types'

export const createWorkbookSlice: SliceCreator<WorkbookSlice> = (api) => (set, get) => ({
  workbook: null,
  recentWorkbooks: [],
  whatChanged: null,
  async loadWorkbook() {
    const [info, recent] = await Promise.all([api.getWorkbook({}), api.listRecentWorkbooks({})])
    if (!info.ok) return set({ error: info.error.message, workbook: null })
    set({ workbook: info.value, recentWorkbooks: recent.ok ? recent.value.paths : [] })
    const report = await api.whatChanged({})
    set({ whatChanged: report.ok ? report.value : null })
  },
  async applyWorkbookAction(action, path, readOnly) {
    const result =
      action === 'new'
        ? await api.newWorkbook({ path })
        : action === 'saveAs'
          ? await api.saveWorkbookAs({ path })
          : await api.openWorkbook({ path, readOnly })
    if (!result.ok) return result.error
    set({ workbook: result.value, whatChanged: null })
    await get().loadWorkbook()
    return null
  },
})
