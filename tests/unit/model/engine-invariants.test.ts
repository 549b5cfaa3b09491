import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { compileScenario } from '@shared/model/engine/compile'
import { SECTOR_IDS } from '@shared/model/engine/ids'
import { project } from '@shared/model/engine/project'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { COVERAGE_MIN_DENOMINATOR, G, I, INDICATORS } from '@shared/model/engine/series'
import { SECTOR_TERMS } from '@shared/model/engine/terms'
import { createWorkspace } from '@shared/model/engine/workspace'
import type { Workspace } from '@shared/model/engine/workspace'
import { INCREMENT_SERIES } from '@shared/model/engine/series-catalogue'
import { LEVER_IDS } from '@shared/model/levers/lever-table'
import { randomScenario } from '../../helpers/random-scenario'

const SCENARIOS = 1_000
const INCREMENTS = INCREMENT_SERIES
const POOLS = [
  'jobs_displaced_attrition',
  'unemployed_pool',
  'labour_force_exits',
  'wage_bill_lost',
] as const

interface Projected {
  readonly ws: Workspace
  readonly n: number
  readonly first: number
  readonly ceilings: Float64Array
}

function projected(scenario: Scenario): Projected {
  const model = compileScenario(scenario, getBaseline(scenario.baseline))
  const ws = createWorkspace(model)
  project(model, model.central, ws)
  return { ws, n: model.years, first: model.firstOutput, ceilings: model.ceilings }
}

/** Collects what breaks an invariant, so a failure names the scenario and the year. */
function failures(check: (fail: (what: string) => void) => void): string[] {
  const found: string[] = []
  check((what) => {
    if (found.length < 10) found.push(what)
  })
  return found
}

/** Equal within rounding: relative 1e-9 of the largest magnitude involved, absolute 1e-12. */
function close(a: number, b: number, scale = Math.max(Math.abs(a), Math.abs(b))): boolean {
  return Math.abs(a - b) <= 1e-12 + 1e-9 * scale
}

function leversOff(scenario: Scenario): Scenario {
  const copy = structuredClone(scenario)
  for (const id of LEVER_IDS) copy.levers[id].enabled = false
  return copy
}

describe(`model 2 invariants over ${SCENARIOS} random valid scenarios`, () => {
  const cases = Array.from({ length: SCENARIOS }, (_, seed) => randomScenario(seed + 1))
  const runs = cases.map(projected)

  it('every figure is finite (the ratio to a negligible cost excepted), identities hold year by year', () => {
    const found = failures((fail) =>
      runs.forEach(({ ws, n }, k) => {
        const s = ws.series
        if (!s.every(Number.isFinite)) fail(`scenario ${k}: a series is not finite`)
        INDICATORS.forEach((spec, i) => {
          const value = ws.indicators[i] as number
          if (spec.id === 'coverage_ratio_cumulative') {
            const cost = ws.indicators[I.coproduction_effect_cumulative] as number
            if (Number.isNaN(value) !== cost < COVERAGE_MIN_DENOMINATOR)
              fail(`scenario ${k}: coverage ${value} with a cost of ${cost}`)
          } else if (!Number.isFinite(value)) fail(`scenario ${k}: ${spec.id} = ${value}`)
        })
        const v = (row: number, i: number) => s[row * n + i] as number
        for (let i = 0; i < n; i++) {
          const identities: [string, number, number][] = [
            [
              'ROBSS balance',
              v(G.robss_balance, i),
              v(G.robss_balance_baseline, i) + v(G.robss_balance_change, i),
            ],
            [
              'ROBSS change',
              v(G.robss_balance_change, i),
              v(G.increment_robss, i) - v(G.coproduction_effect, i),
            ],
            [
              'Unédic balance',
              v(G.unedic_balance, i),
              v(G.unedic_balance_baseline, i) - v(G.coproduction_effect_unedic, i),
            ],
            [
              'APU effect',
              v(G.apu_effect, i),
              v(G.increment_total, i) - v(G.coproduction_effect_apu, i),
            ],
            [
              'ROBSS cost',
              v(G.coproduction_effect, i),
              v(G.contributions_lost, i) + v(G.itaf_lost, i) - v(G.value_sharing_robss, i),
            ],
            [
              'Unédic cost',
              v(G.coproduction_effect_unedic, i),
              v(G.contributions_lost_unedic, i) + v(G.benefits_cost, i),
            ],
            [
              'APU cost',
              v(G.coproduction_effect_apu, i),
              v(G.coproduction_effect, i) +
                v(G.coproduction_effect_unedic, i) +
                v(G.contributions_lost_complementary, i) +
                v(G.state_taxes_lost, i) -
                v(G.state_savings, i) -
                v(G.value_sharing_state, i),
            ],
            [
              'increments',
              v(G.increment_total, i),
              INCREMENTS.reduce((total, id) => total + v(G[id], i), 0),
            ],
            [
              'DST increment',
              v(G.increment_dst, i),
              v(G.revenue_dst, i) - v(G.revenue_dst_current_law, i),
            ],
          ]
          for (const [name, left, right] of identities)
            if (!close(left, right)) fail(`scenario ${k}, year ${i}: ${name} ${left} ≠ ${right}`)
        }
      }),
    )
    expect(found).toEqual([])
  })

  it('no pool is ever negative, and adoption stays within [0, ceiling]', () => {
    const found = failures((fail) =>
      runs.forEach(({ ws, n, ceilings }, k) => {
        for (const id of POOLS)
          for (let i = 0; i < n; i++)
            if ((ws.series[G[id] * n + i] as number) < 0)
              fail(`scenario ${k}: ${id} < 0 in year ${i}`)
        ws.sectorTerms.forEach((x, j) => {
          if (x < 0) fail(`scenario ${k}: sector term ${j} = ${x}`)
        })
        SECTOR_IDS.forEach((sector, index) => {
          const ceiling = ceilings[index] as number
          const row = (G.gdp + 1 + index) * n
          for (let i = 0; i < n; i++) {
            const a = ws.series[row + i] as number
            if (a < 0 || a > ceiling + 1e-12) fail(`scenario ${k}: adoption of ${sector} = ${a}`)
          }
        })
      }),
    )
    expect(found).toEqual([])
    expect(runs[0]?.ws.sectorTerms.length).toBe(
      SECTOR_IDS.length * SECTOR_TERMS.length * (runs[0]?.n ?? 0),
    )
  })

  it('with every lever off (current law), every increment is exactly zero', () => {
    const found = failures((fail) =>
      cases.slice(0, 300).forEach((scenario, k) => {
        const { ws, n } = projected(leversOff(scenario))
        for (const id of [...INCREMENTS, 'increment_total', 'increment_robss'] as const)
          for (let i = 0; i < n; i++)
            if (ws.series[G[id] * n + i] !== 0) fail(`scenario ${k}: ${id} ≠ 0 in year ${i}`)
      }),
    )
    expect(found).toEqual([])
  })

  it('DST revenue rises with its rate while the elasticity (ε·rate/reference) stays below 1', () => {
    for (const scenario of cases.slice(0, 200)) {
      const base = structuredClone(scenario)
      base.levers.dst.enabled = true
      base.levers.dst.tier.enabled = false
      base.assumptions['adoption.cost_response'] = 0
      const elasticity = base.assumptions['dst.rate_elasticity']
      const epsilon = typeof elasticity === 'number' ? elasticity : 0.1
      const reference = 0.03
      let previous: Float64Array | null = null
      for (let k = 0; k <= 10; k++) {
        const rate = (k / 10) * Math.min(0.5, reference / Math.max(epsilon, 1e-6))
        base.levers.dst.rate = rate
        const { ws, n, first } = projected(base)
        const gross = ws.series.slice(G.revenue_dst_gross * n + first, G.revenue_dst_gross * n + n)
        if (previous)
          gross.forEach((g, i) =>
            expect(g).toBeGreaterThanOrEqual(((previous as Float64Array)[i] as number) - 1e-12),
          )
        previous = gross
      }
    }
  })

  it('incidence shares are 0 without a lever burden, and otherwise add up to 1', () => {
    for (const { ws } of runs) {
      const shares = [
        I.incidence_platforms,
        I.incidence_french_firms,
        I.incidence_consumers,
        I.incidence_workers,
      ].map((i) => ws.indicators[i] as number)
      const total = shares.reduce((a, b) => a + b, 0)
      expect(shares.every((x) => x === 0) || Math.abs(total - 1) < 1e-9).toBe(true)
    }
  })
})
