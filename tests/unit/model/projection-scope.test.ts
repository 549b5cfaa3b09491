import { describe, expect, it } from 'vitest'
import { project } from '@shared/model/engine/project'
import { CONSUMER_INDICATORS, CONSUMER_SERIES } from '@shared/model/engine/series-catalogue'
import { INDICATORS, SERIES } from '@shared/model/engine/series'
import { createWorkspace } from '@shared/model/engine/workspace'
import { randomModelAndValues } from '../../helpers/random-scenario'

const SCENARIOS = 200
const consumerSeries = new Set<string>(CONSUMER_SERIES.map((s) => s.id))
const consumerIndicators = new Set<string>(CONSUMER_INDICATORS.map((s) => s.id))

describe('a projection of the balances alone', () => {
  it('gives every series and indicator but the consumer’s ledger as the whole projection does, and leaves the ledger untouched', () => {
    const mismatches: string[] = []
    for (let seed = 1; seed <= SCENARIOS; seed++) {
      const { model, values } = randomModelAndValues(seed)
      for (const params of values) {
        const whole = createWorkspace(model)
        project(model, params, whole)
        const balances = createWorkspace(model)
        balances.series.fill(Number.NaN)
        balances.indicators.fill(Number.NaN)
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
  })
})
