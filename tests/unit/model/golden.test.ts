import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { PRESETS } from '@shared/model/scenario/presets'
import { simulate } from '@shared/model/engine/simulate'
import { MODEL_VERSION } from '@shared/model/engine/version'

/**
 * Golden projections of the presets: any change to the engine or the baseline that moves a
 * result shows up here as a diff to review. After reviewing, refresh them with
 *   UPDATE_GOLDEN=1 npx vitest run tests/unit/model/golden.test.ts
 * and bump MODEL_VERSION if the equations changed.
 */
const DIR = join(import.meta.dirname, '../../golden')
const KEY_SERIES = [
  'adoption.retail_checkout',
  'jobs_displaced_total',
  'unemployed_pool',
  'labour_force_exits',
  'wage_bill_lost',
  'contributions_lost',
  'contributions_lost_unedic',
  'benefits_cost',
  'coproduction_effect',
  'coproduction_effect_apu',
  'revenue_dst',
  'increment_dst',
  'increment_data_levy',
  'increment_platform',
  'increment_robss',
  'robss_balance_baseline',
  'robss_balance',
  'unedic_balance',
  'apu_effect',
]
const RELATIVE_TOLERANCE = 1e-9

function snapshot(presetId: string) {
  const scenario = defaultScenario(presetId)
  const projection = simulate(scenario, getBaseline(scenario.baseline))
  return {
    preset: presetId,
    modelVersion: MODEL_VERSION,
    years: projection.years,
    indicators: Object.fromEntries(projection.indicators.map((i) => [i.id, i.value])),
    series: Object.fromEntries(
      projection.series.filter((s) => KEY_SERIES.includes(s.id)).map((s) => [s.id, s.values]),
    ),
  }
}

/** JSON writes an undefined ratio (NaN) as null: both mean "no value" and match each other. */
function close(actual: number, expected: number | null): boolean {
  if (expected === null || Number.isNaN(actual)) return expected === null && Number.isNaN(actual)
  return Math.abs(actual - expected) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(expected))
}

describe('golden projections of the presets', () => {
  for (const preset of PRESETS) {
    it(preset.id, () => {
      const file = join(DIR, `${preset.id}.json`)
      const current = snapshot(preset.id)
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, `${JSON.stringify(current, null, 2)}\n`)
      expect(existsSync(file), `missing ${file}: run with UPDATE_GOLDEN=1 after review`).toBe(true)
      const golden = JSON.parse(readFileSync(file, 'utf8')) as {
        years: number[]
        indicators: Record<string, number | null>
        series: Record<string, (number | null)[]>
      }
      expect(current.years).toEqual(golden.years)
      const moved: string[] = []
      for (const [id, value] of Object.entries(golden.indicators)) {
        if (!close(current.indicators[id] as number, value))
          moved.push(`${id}: ${value} → ${current.indicators[id]}`)
      }
      for (const [id, values] of Object.entries(golden.series)) {
        values.forEach((value, y) => {
          const now = current.series[id]?.[y] as number
          if (!close(now, value)) moved.push(`${id}[${golden.years[y]}]: ${value} → ${now}`)
        })
      }
      expect(moved).toEqual([])
    })
  }
})
