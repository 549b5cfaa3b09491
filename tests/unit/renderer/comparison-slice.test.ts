import { describe, expect, it } from 'vitest'
import type { ApiCallName } from '@shared/api/calls'
import { createApiClient } from '../../../renderer/src/api/client'
import { createLevierStore } from '../../../renderer/src/store'
import type { Comparison, ComparisonDraft } from '../../../renderer/src/store/types'

/**
 * A host holding comparisons per workbook in memory, answering as the real one does: names
 * unique, `updatedAt` moving forward, not_found for unknown ids. `failList` makes listing fail.
 */
function comparisonsHost() {
  const books: Record<string, Comparison[]> = { '/d/A.levier': [], '/d/B.levier': [] }
  let path = '/d/A.levier'
  let tick = 0
  const state = { failList: false }
  const info = () => ({
    path,
    name: path.slice(3),
    readOnly: false,
    scenarioCount: 3,
    trashCount: 0,
  })
  const refuse = (code: string, message: string) => ({ ok: false, error: { code, message } })
  const answer = (name: ApiCallName, request: Record<string, unknown>): unknown => {
    const list = books[path] as Comparison[]
    const stamp = () => `2026-01-01T00:00:${String(++tick).padStart(2, '0')}.000Z`
    switch (name) {
      case 'getWorkbook':
        return { ok: true, value: info() }
      case 'openWorkbook':
        path = request.path as string
        return { ok: true, value: info() }
      case 'listRecentWorkbooks':
        return { ok: true, value: { paths: [path] } }
      case 'listScenarios':
        return { ok: true, value: [] }
      case 'getPreferences':
        return { ok: true, value: { language: 'fr' } }
      case 'listComparisons':
        if (state.failList) return refuse('storage', 'Lecture impossible')
        return { ok: true, value: [...list].sort((x, y) => (x.updatedAt < y.updatedAt ? 1 : -1)) }
      case 'getComparison': {
        const found = list.find((c) => c.id === request.id)
        return found
          ? { ok: true, value: found }
          : refuse('not_found', `No comparison ${request.id}`)
      }
      case 'saveComparison': {
        const draft = request as ComparisonDraft
        if (list.some((c) => c.name === draft.name && c.id !== draft.id))
          return refuse('conflict', `A comparison named “${draft.name}” already exists`)
        const previous = list.find((c) => c.id === draft.id)
        if (draft.id !== undefined && !previous) return refuse('not_found', 'gone')
        const now = stamp()
        // Stored 'no-lever' references read as current law, as the real store does.
        const reference =
          draft.reference.kind === 'preset'
            ? { kind: 'preset' as const, preset: 'current-law' as const }
            : draft.reference
        const saved = {
          ...draft,
          reference,
          id: draft.id ?? `c${tick}`,
          createdAt: previous?.createdAt ?? now,
          updatedAt: now,
        }
        books[path] = [...list.filter((c) => c.id !== saved.id), saved]
        return { ok: true, value: saved }
      }
      case 'deleteComparison':
        books[path] = list.filter((c) => c.id !== request.id)
        return { ok: true, value: {} }
      default:
        return refuse('not_found', name)
    }
  }
  const api = createApiClient({
    kind: 'http',
    invoke: async (name, request) => answer(name, request as Record<string, unknown>),
  })
  return { api, books, state, current: () => path }
}

const draft = (name: string, scenarioIds = ['s1', 's2']): ComparisonDraft => ({
  name,
  reference: { kind: 'preset', preset: 'current-law' },
  scenarioIds,
  settings: {},
})

async function loaded() {
  const host = comparisonsHost()
  const store = createLevierStore(host.api)
  await store.getState().loadWorkbook()
  return { host, store }
}

describe('the comparison slice', () => {
  it('loads the comparisons with the workbook, newest first', async () => {
    const host = comparisonsHost()
    const seed = createLevierStore(host.api)
    await seed.getState().saveComparison(draft('Ancienne'))
    await seed.getState().saveComparison(draft('Récente'))
    const store = createLevierStore(host.api)
    expect(store.getState().comparisons).toEqual([])
    await store.getState().loadWorkbook()
    expect(store.getState().comparisons.map((c) => c.name)).toEqual(['Récente', 'Ancienne'])
    expect(store.getState().view).toBe('scenario')
    expect(store.getState().error).toBeNull()
  })

  it('saves a draft as the active comparison, then replaces it under the same id', async () => {
    const { store } = await loaded()
    expect(await store.getState().saveComparison(draft('Leviers'))).toBeNull()
    const active = store.getState().activeComparison
    expect(active).toEqual({ ...draft('Leviers'), id: expect.any(String) })
    expect(
      await store.getState().saveComparison({ ...draft('Leviers 2'), id: active?.id }),
    ).toBeNull()
    expect(store.getState().comparisons.map((c) => [c.id, c.name])).toEqual([
      [active?.id, 'Leviers 2'],
    ])
    expect(store.getState().activeComparison?.name).toBe('Leviers 2')
  })

  it("returns the host's refusal and changes nothing, leaving the banner alone", async () => {
    const { store } = await loaded()
    await store.getState().saveComparison(draft('Prise'))
    const before = store.getState()
    const unsaved = draft('Prise', ['s2', 's3'])
    store.getState().setActiveComparison(unsaved)
    expect(await store.getState().saveComparison(unsaved)).toMatch(/“Prise” already exists/)
    expect(store.getState().comparisons).toEqual(before.comparisons)
    expect(store.getState().activeComparison).toEqual(unsaved)
    expect(store.getState().error).toBeNull()
  })

  it('opens a saved comparison in the compare view, and forgets it once deleted', async () => {
    const { store } = await loaded()
    await store.getState().saveComparison(draft('Première'))
    const first = store.getState().activeComparison?.id as string
    await store.getState().saveComparison(draft('Seconde'))
    await store.getState().openComparison(first)
    expect(store.getState().view).toBe('compare')
    expect(store.getState().activeComparison).toEqual({ ...draft('Première'), id: first })
    await store.getState().deleteComparison(first)
    expect(store.getState().activeComparison).toBeNull()
    expect(store.getState().comparisons.map((c) => c.name)).toEqual(['Seconde'])
    await store.getState().openComparison(first)
    expect(store.getState().error).toMatch(/No comparison/)
    store.getState().setView('scenario')
    expect(store.getState().view).toBe('scenario')
  })

  it('keeps the working copy across reloads, but not once the host has removed it', async () => {
    const { host, store } = await loaded()
    await store.getState().saveComparison(draft('Travail'))
    const edited = { ...(store.getState().activeComparison as ComparisonDraft), name: 'En cours' }
    store.getState().setActiveComparison(edited)
    await store.getState().loadWorkbook()
    expect(store.getState().activeComparison).toEqual(edited)
    // Emptying the trash can delete a comparison on the host's side.
    host.books['/d/A.levier'] = []
    await store.getState().loadWorkbook()
    expect(store.getState().activeComparison).toBeNull()
    const unsaved = draft('Brouillon')
    store.getState().setActiveComparison(unsaved)
    await store.getState().loadComparisons()
    expect(store.getState().activeComparison).toEqual(unsaved)
  })

  it('drops the comparisons and the draft of a workbook when another one is opened', async () => {
    const { host, store } = await loaded()
    await store.getState().saveComparison(draft('Dans A'))
    store.getState().setActiveComparison(draft('Brouillon dans A'))
    expect(await store.getState().applyWorkbookAction('open', '/d/B.levier')).toBeNull()
    expect(host.current()).toBe('/d/B.levier')
    expect(store.getState().comparisons).toEqual([])
    expect(store.getState().activeComparison).toBeNull()
  })

  it('reports a listing failure in the banner', async () => {
    const { host, store } = await loaded()
    host.state.failList = true
    await store.getState().loadComparisons()
    expect(store.getState().error).toBe('Lecture impossible')
  })
})
