import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import type { UncertaintyResult } from '../../../renderer/src/sim/uncertainty-job'
import { oneScenarioHost } from '../../helpers/one-scenario-host'
import { createLevierStore } from '../../../renderer/src/store'
import {
  selectScenarioMc,
  selectUncertaintyStale,
} from '../../../renderer/src/store/monte-carlo-slice'
import type { LevierStore } from '../../../renderer/src/store'
import { lastRun, runs } from '../../helpers/fake-monte-carlo'

vi.mock(
  '../../../renderer/src/sim/monte-carlo-runner',
  () => import('../../helpers/fake-monte-carlo'),
)

const RESULT = {
  draws: 1000,
  seed: 7,
  years: [2024],
  uncertainCount: 1,
  fans: [],
  indicators: [],
  tornadoes: [],
} satisfies UncertaintyResult

/** Run the open draft, as the uncertainty tab does. */
function runDraft(store: LevierStore): boolean {
  const { draft, draftId } = store.getState()
  const scenarios = draft && draftId ? [{ id: draftId, name: 'Mon scénario', document: draft }] : []
  return store.getState().runMonteCarlo('scenario', scenarios)
}
const scenarioRun = (store: LevierStore) => store.getState().monteCarlo.scenario

async function storeWithDraft() {
  const scenario = defaultScenario('current-law')
  const store = createLevierStore(oneScenarioHost(scenario).api)
  await store.getState().selectScenario('s1')
  return store
}

beforeEach(() => {
  runs.length = 0
})

describe('the Monte Carlo slice, on the open scenario', () => {
  it('runs the draft with its settings, shows progress, then the result', async () => {
    const store = await storeWithDraft()
    expect(store.getState().setMcSettings('scenario', { draws: 1000, seed: 7 })).toBeNull()
    expect(runDraft(store)).toBe(true)
    const run = lastRun()
    expect(run.settings).toMatchObject({ draws: 1000, seed: 7, scenario: store.getState().draft })
    expect(scenarioRun(store).status).toBe('running')
    run.handlers.onProgress(250, 1000)
    expect(scenarioRun(store).progress).toMatchObject({ done: 250, total: 1000 })
    run.handlers.onProgress(600, 1000)
    expect(scenarioRun(store).progress.done).toBe(600)
    run.handlers.onDone(RESULT)
    expect(scenarioRun(store).status).toBe('done')
    expect(selectScenarioMc(store.getState())?.result).toBe(RESULT)
    expect(scenarioRun(store).result).toMatchObject({ draws: 1000, seed: 7 })
    expect(scenarioRun(store).progress.done).toBe(1000)
    expect(scenarioRun(store).inputs.map((i) => i.id)).toEqual(['s1'])
    expect(selectScenarioMc(store.getState())?.id).toBe('s1')
  })

  it('cancels: the run is stopped, says cancelled, and its late messages are ignored', async () => {
    const store = await storeWithDraft()
    runDraft(store)
    const run = lastRun()
    run.handlers.onProgress(100, 10_000)
    store.getState().cancelMonteCarlo('scenario')
    expect(run.cancelled).toBe(true)
    expect(scenarioRun(store).status).toBe('cancelled')
    run.handlers.onProgress(5000, 10_000)
    run.handlers.onDone(RESULT)
    expect(scenarioRun(store).status).toBe('cancelled')
    expect(scenarioRun(store).result).toBeNull()
    expect(scenarioRun(store).progress.done).toBe(100)
  })

  it('a new run replaces the one in flight, whose result is then dropped', async () => {
    const store = await storeWithDraft()
    runDraft(store)
    const first = lastRun()
    runDraft(store)
    const second = lastRun()
    expect(first.cancelled).toBe(true)
    first.handlers.onDone(RESULT)
    expect(scenarioRun(store).status).toBe('running')
    second.handlers.onError('no memory')
    expect(scenarioRun(store).status).toBe('error')
    expect(scenarioRun(store).error).toBe('no memory')
  })

  it('marks the result stale when the draft changes, and current again when undone', async () => {
    const store = await storeWithDraft()
    runDraft(store)
    lastRun().handlers.onDone(RESULT)
    expect(selectUncertaintyStale(store.getState())).toBe(false)
    store.getState().setDraftValue('levers.dst.rate', 0.06)
    expect(selectUncertaintyStale(store.getState())).toBe(true)
    store.getState().undo()
    expect(selectUncertaintyStale(store.getState())).toBe(false)
    // A refused value changes nothing, so the bands stay as they were.
    store.getState().setDraftValue('levers.dst.rate', 0.9)
    expect(selectUncertaintyStale(store.getState())).toBe(false)
    // The same content reached another way is not a change.
    store.getState().setDraftValue('levers.dst.rate', 0.05)
    store
      .getState()
      .setDraftValue('levers.dst.rate', scenarioRun(store).inputs[0]?.document.levers.dst.rate)
    expect(selectUncertaintyStale(store.getState())).toBe(false)
  })

  it('refuses invalid draws and seeds, keeping the settings it had', async () => {
    const store = await storeWithDraft()
    const before = scenarioRun(store).settings
    for (const draws of [0, 99, 100_001, 2.5, Number.NaN])
      expect(store.getState().setMcSettings('scenario', { draws })).toBe('draws')
    for (const seed of [-1, 2 ** 32, 0.5])
      expect(store.getState().setMcSettings('scenario', { seed })).toBe('seed')
    expect(store.getState().setMcSettings('scenario', { draws: 5000, seed: -3 })).toBe('seed')
    expect(scenarioRun(store).settings).toEqual(before)
    expect(store.getState().setMcSettings('scenario', { draws: 100_000 })).toBeNull()
    expect(scenarioRun(store).settings).toEqual({ ...before, draws: 100_000 })
  })

  it('does not start without a scenario', async () => {
    const store = await storeWithDraft()
    await store.getState().selectScenario(null)
    expect(runDraft(store)).toBe(false)
    expect(runs).toHaveLength(0)
    expect(scenarioRun(store).status).toBe('idle')
  })
})
