import { describe, expect, it } from 'vitest'
import { project } from '@shared/model/engine/project'
import { CONSUMER_INDICATORS, CONSUMER_SERIES } from '@shared/model/engine/series-catalogue'
import { INDICATORS, SERIES } from '@shared/model/engine/series'
import { GLOBAL_TERMS, LEVER_EXPLANATION_TERMS } from '@shared/model/engine/terms'
import { createWorkspace } from '@shared/model/engine/workspace'
import { randomModelAndValues } from '../../helpers/random-scenario'

const SCENARIOS = 200
const consumerSeries = new Set<string>(CONSUMER_SERIES.map((s) => s.id))
const consumerIndicators = new Set<string>(CONSUMER_INDICATORS.map((s) => s.id))
/** Terms that explanations alone read: the consumer's ledger's and the levers'. */
const explanationTerms = new Set<string>([
  'time_value_hourly',
  'illectronism',
  'assisted_cost_per_request',
  ...LEVER_EXPLANATION_TERMS,
])

describe('a projection of the balances alone', () => {
  it('gives every series, indicator and term but the consumer’s ledger and the explanations’ as the whole projection does, and leaves those untouched', () => {
    const mismatches: string[] = []
    for (let seed = 1; seed <= SCENARIOS; seed++) {
      const { model, values } = randomModelAndValues(seed)
      for (const params of values) {
        const whole = createWorkspace(model)
        project(model, params, whole)
        const balances = createWorkspace(model)
        balances.series.fill(Number.NaN)
        balances.indicators.fill(Number.NaN)
        balances.terms.fill(Number.NaN)
        project(model, params, balances, 'balances')
        const n = model.years
        SERIES.forEach((spec, row) => {
          const got = Array.from(balances.series.subarray(row * n, row * n + n))
          const want = consumerSeries.has(spec.id)
            ? got.map(() => Number.NaN)
            : Array.from(whole.series.subarray(row * n, row * n + n))
          if (JSON.stringify(got) !== JSON.stringify(want))
            mismatches.push(`seed ${seed}: ${spec.id}`)
        })
        GLOBAL_TERMS.forEach((id, row) => {
          const got = Array.from(balances.terms.subarray(row * n, row * n + n))
          const want = explanationTerms.has(id)
            ? got.map(() => Number.NaN)
            : Array.from(whole.terms.subarray(row * n, row * n + n))
          if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`seed ${seed}: ${id}`)
        })
        INDICATORS.forEach((spec, k) => {
          const got = balances.indicators[k] as number
          const want = consumerIndicators.has(spec.id)
            ? Number.NaN
            : (whole.indicators[k] as number)
          if (!Object.is(got, want)) mismatches.push(`seed ${seed}: ${spec.id} ${got} ≠ ${want}`)
        })
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([])
    // The ledger is a real part of the projection: the whole one fills it.
    expect(CONSUMER_SERIES.length).toBeGreaterThan(10)
    expect(CONSUMER_INDICATORS.length).toBeGreaterThan(10)
    expect(LEVER_EXPLANATION_TERMS).toContain('platform_robss_rate')
    expect(LEVER_EXPLANATION_TERMS).not.toContain('staffed_cost_private')
  })
})
