import { describe, expect, it, vi } from 'vitest'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { oneScenarioHost } from '../../helpers/one-scenario-host'
import { createLevierStore } from '../../../renderer/src/store'

/** A host holding one scenario; counts saves. */
function host() {
  const { api, saves } = oneScenarioHost(defaultScenario('current-law'))
  return { store: createLevierStore(api), saves }
}

const rate = (store: ReturnType<typeof host>['store']) => store.getState().draft?.levers.dst.rate

describe('editing a scenario', () => {
  it('applies valid values, refuses invalid ones with a message, and undoes and redoes', async () => {
    const { store } = host()
    await store.getState().selectScenario('s1')
    store.getState().setDraftValue('levers.dst.rate', 0.06)
    store.getState().setDraftValue('levers.dst.rate', 0.9)
    expect(rate(store)).toBe(0.06)
    expect(store.getState().fieldErrors['levers.dst.rate']).toContain('must be between 0 and 0.5')
    store.getState().setDraftValue('levers.dst.enabled', true)
    store.getState().undo()
    expect(store.getState().draft?.levers.dst.enabled).toBe(false)
    store.getState().undo()
    expect(rate(store)).toBe(0.03)
    store.getState().undo()
    expect(rate(store)).toBe(0.03)
    store.getState().redo()
    store.getState().redo()
    expect(rate(store)).toBe(0.06)
    expect(store.getState().draft?.levers.dst.enabled).toBe(true)
  })

  it('keeps beside the live figures the draft they were computed from, until the next ones come', async () => {
    const { store } = host()
    await store.getState().selectScenario('s1')
    await vi.waitFor(() => expect(store.getState().liveProjection).not.toBeNull())
    const first = store.getState().draft
    expect(store.getState().projectedDraft).toBe(first)
    const firstBalance = store.getState().liveProjection?.indicators[0]?.value
    store.getState().setDraftValue('levers.dst.enabled', true)
    // Edited, not yet projected: the figures and the draft beside them are still the first ones.
    expect(store.getState().projectedDraft).toBe(first)
    expect(store.getState().liveProjection?.indicators[0]?.value).toBe(firstBalance)
    const edited = store.getState().draft
    await vi.waitFor(() => expect(store.getState().projectedDraft).toBe(edited))
    expect(store.getState().liveProjection?.scenario).toBe(edited?.name)
  })

  it('makes one undo step of a slider gesture, and forgets redo after a new edit', async () => {
    const { store } = host()
    await store.getState().selectScenario('s1')
    for (const value of [0.031, 0.032, 0.033])
      store.getState().setDraftValue('levers.dst.rate', value, true)
    expect(store.getState().undoStack).toHaveLength(1)
    store.getState().undo()
    expect(rate(store)).toBe(0.03)
    store.getState().setDraftValue('levers.dst.rate', 0.05)
    expect(store.getState().redoStack).toEqual([])
  })

  it('changes the store once for an edit, an undo and a redo, the draft and its save state together', async () => {
    const { store } = host()
    await store.getState().selectScenario('s1')
    // Every change of the store runs every subscriber's selector (hundreds on the workbench).
    const seen: Array<[unknown, string]> = []
    const stop = store.subscribe((state) =>
      seen.push([state.draft?.levers.dst.rate, state.saveState]),
    )
    store.getState().setDraftValue('levers.dst.rate', 0.05, true)
    expect(seen).toEqual([[0.05, 'pending']])
    store.getState().undo()
    store.getState().redo()
    stop()
    expect(seen).toEqual([
      [0.05, 'pending'],
      [0.03, 'pending'],
      [0.05, 'pending'],
    ])
  })

  it('saves the latest draft once after a burst of edits', async () => {
    const { store, saves } = host()
    await store.getState().selectScenario('s1')
    for (const value of [0.04, 0.05, 0.06]) store.getState().setDraftValue('levers.dst.rate', value)
    await store.getState().flushSave()
    expect(saves).toHaveLength(1)
    expect(
      (saves[0] as { scenario: { levers: { dst: { rate: number } } } }).scenario.levers.dst.rate,
    ).toBe(0.06)
    expect(store.getState().saveState).toBe('saved')
  })

  it('saves a pending edit in its own workbook before another workbook is opened', async () => {
    let open = '/d/A.levier'
    const savedIn: string[] = []
    const { api } = oneScenarioHost(defaultScenario('current-law'), {
      saveScenario: () => {
        savedIn.push(open)
        return { summary: { id: 's1' }, version: 2 }
      },
      openWorkbook: (request) => {
        open = (request as { path: string }).path
        return { path: open }
      },
    })
    const store = createLevierStore(api)
    await store.getState().selectScenario('s1')
    store.getState().setDraftValue('levers.dst.rate', 0.06)
    expect(store.getState().saveState).toBe('pending')
    await store.getState().applyWorkbookAction('open', '/d/B.levier')
    expect(open).toBe('/d/B.levier')
    expect(savedIn).toEqual(['/d/A.levier'])
  })

  it('makes one undo step of each named gesture, however long it lasts and however close the next', async () => {
    const { store } = host()
    await store.getState().selectScenario('s1')
    let clock = 1_000_000
    const now = vi.spyOn(Date, 'now').mockImplementation(() => clock)
    try {
      const edit = (rate: number, gesture: string) => {
        store.getState().setDraftValue('levers.dst.rate', rate, gesture)
        clock += 100
      }
      edit(0.04, 'stroke-1')
      clock += 5_000 // a long pause within the same stroke
      edit(0.05, 'stroke-1')
      edit(0.06, 'stroke-2') // the next stroke, at once
      edit(0.07, 'stroke-2')
      expect(store.getState().undoStack).toHaveLength(2)
      store.getState().undo()
      expect(rate(store)).toBe(0.05)
      store.getState().undo()
      expect(rate(store)).toBe(0.03)
    } finally {
      now.mockRestore()
    }
  })
})
