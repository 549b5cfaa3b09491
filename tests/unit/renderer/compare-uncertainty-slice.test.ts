import { beforeEach, describe, expect, it, vi } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { INDICATORS } from '@shared/model/engine/series'
import { simulate } from '@shared/model/engine/simulate'
import type { UncertaintyResult } from '../../../renderer/src/sim/uncertainty-job'
import { createLevierStore } from '../../../renderer/src/store'
import { compareMcStale } from '../../../renderer/src/store/monte-carlo-slice'
import type { ComparedScenario } from '../../../renderer/src/store/types'
import { oneScenarioHost } from '../../helpers/one-scenario-host'
import { lastRun, runs } from '../../helpers/fake-monte-carlo'

vi.mock(
  '../../../renderer/src/sim/monte-carlo-runner',
  () => import('../../helpers/fake-monte-carlo'),
)

const compared = (id: string, name: string, document: Scenario): ComparedScenario => ({
  id,
  name,
  inTrash: false,
  document,
  projection: simulate(document, getBaseline(document.baseline)),
})
const SCENARIOS = [
  compared('a', 'TSN 6 %', defaultScenario('dst-6')),
  compared('b', 'Plateformes', defaultScenario('platform-profit-10')),
  compared('c', 'Sans levier', defaultScenario('current-law')),
]

/** A finished run's summary whose indicators sit at `level`, with `draws` draws of each. */
function resultAt(level: number, draws = 100): UncertaintyResult {
  return {
    draws,
    seed: 1,
    years: [2024],
    uncertainCount: 3,
    fans: [],
    tornadoes: [],
    indicators: INDICATORS.map((i) => ({
      id: i.id,
      unit: i.unit,
      p5: level - 1,
      p25: level - 0.5,
      p50: level,
      p75: level + 0.5,
      p95: level + 1,
      central: level,
      skipped: 0,
    })),
    indicatorDraws: INDICATORS.map(() => new Float32Array(draws).fill(level)),
  }
}

const store = () => createLevierStore(oneScenarioHost(defaultScenario('current-law')).api)

beforeEach(() => {
  runs.length = 0
})

describe('the compare uncertainty slice', () => {
  it('runs the scenarios one after the other with the same draws and seed, then keeps all', () => {
    const s = store()
    expect(s.getState().setMcSettings('compare', { draws: 500, seed: 42 })).toBeNull()
    s.getState().runMonteCarlo('compare', SCENARIOS)
    expect(runs).toHaveLength(1)
    expect(lastRun().settings).toEqual({
      scenario: SCENARIOS[0]?.document,
      draws: 500,
      seed: 42,
      indicatorDraws: true,
    })
    lastRun().handlers.onProgress(250, 500)
    expect(s.getState().monteCarlo.compare.progress).toMatchObject({
      scenario: 0,
      name: 'TSN 6 %',
      scenarios: 3,
      done: 250,
      total: 500,
    })
    for (let k = 0; k < 3; k++) {
      expect(runs).toHaveLength(k + 1)
      expect(lastRun().settings).toMatchObject({ scenario: SCENARIOS[k]?.document, seed: 42 })
      expect(s.getState().monteCarlo.compare.status).toBe('running')
      lastRun().handlers.onDone(resultAt(k, 500))
    }
    const state = s.getState()
    expect(state.monteCarlo.compare.status).toBe('done')
    expect(state.monteCarlo.compare.result?.scenarios.map((r) => r.id)).toEqual(['a', 'b', 'c'])
    expect(
      state.monteCarlo.compare.result?.scenarios.map((r) => r.result.indicators[0]?.p50),
    ).toEqual([0, 1, 2])
    expect(state.monteCarlo.compare.result?.scenarios[2]?.document).toBe(SCENARIOS[2]?.document)
    expect(state.monteCarlo.compare.result).toMatchObject({ draws: 500, seed: 42 })
    expect(compareMcStale(state.monteCarlo.compare, SCENARIOS)).toBe(false)
  })

  it('cancels: the running scenario is stopped, the next never starts, late messages change nothing', () => {
    const s = store()
    s.getState().runMonteCarlo('compare', SCENARIOS)
    lastRun().handlers.onDone(resultAt(0))
    const second = lastRun()
    second.handlers.onProgress(40, 2000)
    s.getState().cancelMonteCarlo('compare')
    expect(second.cancelled).toBe(true)
    expect(s.getState().monteCarlo.compare.status).toBe('cancelled')
    second.handlers.onDone(resultAt(1))
    second.handlers.onProgress(90, 2000)
    expect(runs).toHaveLength(2)
    expect(s.getState().monteCarlo.compare.status).toBe('cancelled')
    expect(s.getState().monteCarlo.compare.result).toBeNull()
    expect(s.getState().monteCarlo.compare.progress).toMatchObject({ scenario: 1, done: 40 })
  })

  it('stops at a failing scenario and says which one', () => {
    const s = store()
    s.getState().runMonteCarlo('compare', SCENARIOS)
    lastRun().handlers.onError('invalid scenario')
    expect(s.getState().monteCarlo.compare.status).toBe('error')
    expect(s.getState().monteCarlo.compare.error).toBe('TSN 6 % : invalid scenario')
    expect(runs).toHaveLength(1)
  })

  it('refuses draws and seeds out of range, and unknown indicators, changing nothing (nor the other run)', () => {
    const s = store()
    const before = s.getState().monteCarlo.compare.settings
    expect(before).toEqual({ draws: 2000, seed: 1 })
    expect(s.getState().compareMcIndicator).toBe('robss_balance_change_cumulative')
    expect(s.getState().setMcSettings('compare', { draws: 99 })).toBe('draws')
    expect(s.getState().setMcSettings('compare', { draws: 100_001 })).toBe('draws')
    expect(s.getState().setMcSettings('compare', { draws: 2500.5 })).toBe('draws')
    expect(s.getState().setMcSettings('compare', { seed: -1 })).toBe('seed')
    expect(s.getState().setCompareMcIndicator('nope' as never)).toBe(false)
    expect(s.getState().setCompareMcIndicator('gap_final' as never)).toBe(false)
    expect(s.getState().monteCarlo.compare.settings).toBe(before)
    expect(s.getState().compareMcIndicator).toBe('robss_balance_change_cumulative')
    expect(s.getState().setCompareMcIndicator('robss_balance_final')).toBe(true)
    expect(s.getState().compareMcIndicator).toBe('robss_balance_final')
    // The scenario's run keeps its own settings.
    expect(s.getState().setMcSettings('compare', { draws: 500 })).toBeNull()
    expect(s.getState().monteCarlo.scenario.settings).toEqual({ draws: 10_000, seed: 1 })
  })

  it('marks a result stale when a document, the list or the order changes, by content', () => {
    const s = store()
    s.getState().runMonteCarlo('compare', SCENARIOS)
    for (let k = 0; k < 3; k++) lastRun().handlers.onDone(resultAt(k))
    const result = s.getState().monteCarlo.compare
    // Read again from the workbook: new objects, same content.
    const reread = SCENARIOS.map((x) => ({ ...x, document: structuredClone(x.document) }))
    expect(compareMcStale(result, reread)).toBe(false)
    const edited = structuredClone(SCENARIOS[1]?.document) as Scenario
    edited.levers.dst.rate = 0.09
    expect(
      compareMcStale(result, [reread[0]!, { ...reread[1]!, document: edited }, reread[2]!]),
    ).toBe(true)
    expect(compareMcStale(result, reread.slice(0, 2))).toBe(true)
    expect(compareMcStale(result, [reread[1]!, reread[0]!, reread[2]!])).toBe(true)
    expect(compareMcStale({ ...result, result: null }, reread)).toBe(false)
  })
})
