import { leversSchema, scenarioSchema } from '@shared/model/scenario/scenario-schema'
import { describeIssues } from '@shared/api/validation'
import { withValueAt } from '@shared/model/scenario/value-path'
import { projectScenario } from '../sim/engine-runner'
import { LatestWins } from '../sim/latest-wins'
import type { EditorSlice, ScenarioDocument, SliceCreator } from './types'

const AUTOSAVE_DELAY_MS = 600

/** The editor's state with no scenario loaded; loading one starts from it too. */
const NO_DRAFT = {
  draft: null,
  draftId: null,
  liveProjection: null,
  projectedDraft: null,
  fieldErrors: {},
  saveState: 'idle',
  undoStack: [],
  redoStack: [],
} satisfies Partial<EditorSlice>
const COALESCE_MS = 800
const MAX_UNDO = 200

/** Editing the selected scenario: live results from the engine worker, autosave to the workbook. */
export const createEditorSlice: SliceCreator<EditorSlice> = (api) => (set, get) => {
  const runner = new LatestWins(
    (scenario: ScenarioDocument) => projectScenario(scenario),
    (projection, draft) => {
      set({ liveProjection: projection, projectedDraft: draft })
      // Read by the interface benchmark (npm run bench): slider move → result in the store.
      performance.mark('levier:projection')
    },
    (error) => set({ error: (error as Error).message }),
  )
  let timer: ReturnType<typeof setTimeout> | null = null
  // A slider dragged over one field makes one undo step, not one per pixel.
  let lastEdit: { path: string; at: number; sliding: boolean | string } = {
    path: '',
    at: 0,
    sliding: false,
  }
  const save = async () => {
    timer = null
    const { draft, draftId } = get()
    if (!draft || !draftId) return
    set({ saveState: 'saving' })
    const saved = await api.saveScenario({ id: draftId, scenario: draft })
    if (!saved.ok) return set({ saveState: 'error', error: saved.error.message })
    set({ saveState: get().saveState === 'saving' ? 'saved' : get().saveState })
    // The library shows the new version number and order; the history its new row.
    await get().loadScenarios()
  }
  /** Undo or redo: take the top draft of one stack, keeping the current one on the other. */
  const travel = (from: 'undoStack' | 'redoStack', to: 'undoStack' | 'redoStack') => {
    const { draft } = get()
    const source = get()[from]
    const target = source[source.length - 1]
    if (!target || !draft) return
    lastEdit = { path: '', at: 0, sliding: false }
    apply({
      draft: target,
      fieldErrors: {},
      [from]: source.slice(0, -1),
      [to]: [...get()[to], draft],
    })
  }
  /**
   * Make `edit.draft` the draft, show its results and save it shortly (edits in quick succession
   * make one save). The engine is asked first, so that it projects while this thread renders the
   * edit; and the store changes once, since every change runs every subscriber's selector.
   */
  const apply = (edit: Partial<EditorSlice> & { draft: ScenarioDocument }) => {
    runner.request(edit.draft)
    set({ ...edit, saveState: 'pending' })
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS)
  }
  return {
    ...NO_DRAFT,
    async loadDraft(id) {
      if (timer) await get().flushSave()
      if (!id) return set(NO_DRAFT)
      const stored = await api.getScenario({ id })
      if (!stored.ok) return set({ error: stored.error.message })
      set({ ...NO_DRAFT, draft: stored.value.scenario, draftId: id })
      runner.request(stored.value.scenario)
    },
    setDraftValue(path, value, sliding = false) {
      const { draft } = get()
      if (!draft) return
      // No value means the default: an assumption or sector setting taken back to the baseline's.
      const next = withValueAt(draft, path, value)
      // Levers are checked on their own (the quicker check a slider needs); anything else with the
      // whole document, since sector curves and assumptions have cross-field rules.
      const checked = path.startsWith('levers.')
        ? leversSchema.safeParse(next.levers)
        : scenarioSchema.safeParse(next)
      const errors = { ...get().fieldErrors }
      if (!checked.success) {
        errors[path] = describeIssues(
          checked.error,
          path.startsWith('levers.') ? next.levers : next,
        ).join('; ')
        return set({ fieldErrors: errors })
      }
      delete errors[path]
      const now = Date.now()
      // A named gesture (a stroke drawn on a chart) is one step however long it lasts; an unnamed
      // one (a slider, whose events do not say when the drag ends) while edits keep coming.
      const sameGesture =
        lastEdit.path === path &&
        (typeof sliding === 'string'
          ? sliding === lastEdit.sliding
          : sliding && lastEdit.sliding === true && now - lastEdit.at < COALESCE_MS)
      lastEdit = { path, at: now, sliding }
      const undoStack = sameGesture ? get().undoStack : [...get().undoStack, draft].slice(-MAX_UNDO)
      apply({ draft: next, fieldErrors: errors, undoStack, redoStack: [] })
    },
    undo() {
      travel('undoStack', 'redoStack')
    },
    redo() {
      travel('redoStack', 'undoStack')
    },
    setFieldError(path, message) {
      const errors = { ...get().fieldErrors }
      if (message === null) delete errors[path]
      else errors[path] = message
      set({ fieldErrors: errors })
    },
    takePendingSave() {
      const { draft, draftId } = get()
      if (!timer || !draft || !draftId) return null
      clearTimeout(timer)
      timer = null
      return { id: draftId, scenario: draft }
    },
    async flushSave() {
      if (!timer) return
      clearTimeout(timer)
      await save()
    },
  }
}
