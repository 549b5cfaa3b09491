import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import type { JobHandlers } from '../../../renderer/src/sim/drive-job'
import type { MonteCarloSettings } from '../../../renderer/src/sim/monte-carlo-runner'
import type { UncertaintyResult } from '../../../renderer/src/sim/uncertainty-job'
import { oneScenarioHost } from '../../helpers/one-scenario-host'
import { createLevierStore } from '../../../renderer/src/store'
import { selectUncertaintyStale } from '../../../renderer/src/store/uncertainty-slice'

/** A fake worker: records each run's settings and handlers, and whether it was cancelled. */
const fake = vi.hoisted(() => ({
  runs: [] as Array<{ settings: unknown; handlers: unknown; cancelled: boolean }>,
}))
vi.mock('../../../renderer/src/sim/monte-carlo-runner', () => ({
  runMonteCarlo: (settings: unknown, handlers: unknown) => {
    const run = { settings, handlers, cancelled: false }
    fake.runs.push(run)
    return { cancel: () => (run.cancelled = true) }
  },
}))

function lastRun() {
  const run = fake.runs.at(-1)
  if (!run) throw new Error('no run started')
  return run as { settings: MonteCarloSettings; handlers: JobHandlers; cancelled: boolean }
}

const RESULT = {
  draws: 1000,
  seed: 7,
  years: [2024],
  uncertainCount: 1,
  fans: [],
  indicators: [],
  tornadoes: [],
} satisfies UncertaintyResult

async function storeWithDraft() {
  const scenario = defaultScenario('current-law')
  const store = createLevierStore(oneScenarioHost(scenario).api)
  await store.getState().selectScenario('s1')
  return store
}

beforeEach(() => {
  fake.runs.length = 0
})

describe('the uncertainty slice', () => {
  it('runs the draft with its settings, shows progress, then the result', async () => {
    const store = await storeWithDraft()
    expect(store.getState().setUncertaintySettings({ draws: 1000, seed: 7 })).toBeNull()
    expect(store.getState().runUncertainty()).toBe(true)
    const run = lastRun()
    expect(run.settings).toMatchObject({ draws: 1000, seed: 7, scenario: store.getState().draft })
    expect(store.getState().uncertaintyStatus).toBe('running')
    run.handlers.onProgress(250, 1000)
    expect(store.getState().uncertaintyProgress).toMatchObject({ done: 250, total: 1000 })
    run.handlers.onProgress(600, 1000)
    expect(store.getState().uncertaintyProgress.done).toBe(600)
    run.handlers.onDone(RESULT)
    expect(store.getState().uncertaintyStatus).toBe('done')
    expect(store.getState().uncertaintyResult).toBe(RESULT)
    expect(store.getState().uncertaintyProgress.done).toBe(1000)
    expect(store.getState().uncertaintySource?.draftId).toBe('s1')
  })

  it('cancels: the run is stopped, says cancelled, and its late messages are ignored', async () => {
    const store = await storeWithDraft()
    store.getState().runUncertainty()
    const run = lastRun()
    run.handlers.onProgress(100, 10_000)
    store.getState().cancelUncertainty()
    expect(run.cancelled).toBe(true)
    expect(store.getState().uncertaintyStatus).toBe('cancelled')
    run.handlers.onProgress(5000, 10_000)
    run.handlers.onDone(RESULT)
    expect(store.getState().uncertaintyStatus).toBe('cancelled')
    expect(store.getState().uncertaintyResult).toBeNull()
    expect(store.getState().uncertaintyProgress.done).toBe(100)
  })

  it('a new run replaces the one in flight, whose result is then dropped', async () => {
    const store = await storeWithDraft()
    store.getState().runUncertainty()
    const first = lastRun()
    store.getState().runUncertainty()
    const second = lastRun()
    expect(first.cancelled).toBe(true)
    first.handlers.onDone(RESULT)
    expect(store.getState().uncertaintyStatus).toBe('running')
    second.handlers.onError('no memory')
    expect(store.getState().uncertaintyStatus).toBe('error')
    expect(store.getState().uncertaintyError).toBe('no memory')
  })

  it('marks the result stale when the draft changes, and current again when undone', async () => {
    const store = await storeWithDraft()
    store.getState().runUncertainty()
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
      .setDraftValue('levers.dst.rate', store.getState().uncertaintySource?.draft.levers.dst.rate)
    expect(selectUncertaintyStale(store.getState())).toBe(false)
  })

  it('refuses invalid draws and seeds, keeping the settings it had', async () => {
    const store = await storeWithDraft()
    const before = store.getState().uncertaintySettings
    for (const draws of [0, 99, 100_001, 2.5, Number.NaN])
      expect(store.getState().setUncertaintySettings({ draws })).toBe('draws')
    for (const seed of [-1, 2 ** 32, 0.5])
      expect(store.getState().setUncertaintySettings({ seed })).toBe('seed')
    expect(store.getState().setUncertaintySettings({ draws: 5000, seed: -3 })).toBe('seed')
    expect(store.getState().uncertaintySettings).toEqual(before)
    expect(store.getState().setUncertaintySettings({ draws: 100_000 })).toBeNull()
    expect(store.getState().uncertaintySettings).toEqual({ ...before, draws: 100_000 })
  })

  it('does not start without a draft', async () => {
    const store = await storeWithDraft()
    await store.getState().selectScenario(null)
    expect(store.getState().runUncertainty()).toBe(false)
    expect(fake.runs).toHaveLength(0)
    expect(store.getState().uncertaintyStatus).toBe('idle')
  })
})
