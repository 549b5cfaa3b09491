import { describe, expect, it } from 'vitest'
import type { ApiCallName } from '@shared/api/calls'
import { defaultScenario } from '@shared/model/default-scenario'
import { createApiClient } from '../../../renderer/src/api/client'
import { createLevierStore } from '../../../renderer/src/store'

/** A host holding one scenario; counts saves. */
function host() {
  const saves: unknown[] = []
  const scenario = defaultScenario('no-lever')
  const summary = {
    id: 's1',
    name: scenario.name,
    description: '',
    tags: [],
    parentId: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    deletedAt: null,
    currentVersion: 1,
  }
  const answers: Partial<Record<ApiCallName, (request: unknown) => unknown>> = {
    getScenario: () => ({ summary, version: 1, scenario }),
    saveScenario: (request) => (saves.push(request), { summary, version: 2 }),
    listScenarios: () => [summary],
    listVersions: () => [],
  }
  const api = createApiClient({
    kind: 'http',
    invoke: async (name, request) => {
      const answer = answers[name]
      return answer
        ? { ok: true, value: answer(request) }
        : { ok: false, error: { code: 'not_found', message: name } }
    },
  })
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
})
