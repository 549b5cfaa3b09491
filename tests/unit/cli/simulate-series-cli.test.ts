import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { simulate } from '@shared/model/engine/simulate'
import { PLAIN_CSV } from '@shared/format/csv'
import { readCsv } from '@shared/format/csv-read'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { levier } from '../../helpers/levier-in-memory'

/** The consumer's ledger as `levier simulate` names it. */
const CONSUMER = [
  'consumer_time_net_change',
  'people_losing_channel',
  'footprint_change',
  'data_value_users',
]

interface SimulateJson {
  years: number[]
  series: Array<{ id: string; unit: string; values: number[] }>
  indicators: Array<{ id: string; value: number }>
  monteCarlo?: { series: Array<{ id: string }> }
}

/** A default scenario, as `levier scenario default` prints it. */
async function defaultScenarioFile(): Promise<string> {
  const made = await levier(['scenario', 'default'])
  expect(made.code).toBe(0)
  return made.stdout
}

describe('levier simulate: the consumer’s ledger', () => {
  it('writes the consumer series by name, finite, as the engine computes them', async () => {
    const text = await defaultScenarioFile()
    const run = await levier(['simulate', 's.json'], { 's.json': text })
    expect(run.code, run.stderr).toBe(0)
    const out = JSON.parse(run.stdout) as SimulateJson
    const scenario = JSON.parse(text) as Scenario
    const engine = simulate(scenario, getBaseline(scenario.baseline))
    for (const id of CONSUMER) {
      const series = out.series.find((s) => s.id === id)
      if (!series) throw new Error(`levier simulate writes no series ${id}`)
      expect(series.values).toHaveLength(out.years.length)
      expect(series.values.every(Number.isFinite), id).toBe(true)
      expect(series.values).toEqual(engine.series.find((s) => s.id === id)?.values)
    }
    // A scenario that moves adoption moves the ledger: not a row of zeros.
    const people = out.series.find((s) => s.id === 'people_losing_channel')?.values ?? []
    expect(Math.max(...people)).toBeGreaterThan(0)
  })

  it('--series keeps the named series, in the order named, in JSON, CSV and bands', async () => {
    const files = { 's.json': await defaultScenarioFile() }
    const list = CONSUMER.join(',')
    const json = await levier(['simulate', 's.json', '--series', list], files)
    expect(json.code, json.stderr).toBe(0)
    const out = JSON.parse(json.stdout) as SimulateJson
    expect(out.series.map((s) => s.id)).toEqual(CONSUMER)
    // The indicators stay whole: they are the headline, not a series.
    expect(out.indicators.map((i) => i.id)).toContain('people_losing_channel_final')

    const csv = await levier(['simulate', 's.json', '--format', 'csv', `--series=${list}`], files)
    expect(csv.code, csv.stderr).toBe(0)
    const { rows } = readCsv(csv.stdout, PLAIN_CSV)
    const gap = rows.findIndex((row) => row.length === 0)
    expect(rows.slice(1, gap).map((row) => row[0])).toEqual(CONSUMER)
    for (const row of rows.slice(1, gap))
      expect(row.slice(2).map(Number).every(Number.isFinite)).toBe(true)

    const banded = await levier(
      ['simulate', 's.json', '--draws', '50', '--series', 'footprint_change'],
      files,
    )
    expect(banded.code, banded.stderr).toBe(0)
    const bands = JSON.parse(banded.stdout) as SimulateJson
    expect(bands.monteCarlo?.series.map((s) => s.id)).toEqual(['footprint_change'])
  })

  it('refuses an unknown series by name, writing nothing', async () => {
    const files = { 's.json': await defaultScenarioFile() }
    const run = await levier(
      ['simulate', 's.json', '--series', 'consumer_time_net_change,consumer_time,footprint'],
      files,
    )
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('--series')
    expect(run.stderr).toContain('unknown series "consumer_time"')
    expect(run.stderr).toContain('unknown series "footprint"')
    expect(run.stderr).not.toContain('"consumer_time_net_change"')
    expect(run.stderr).not.toMatch(/\n\s+at /)
    const empty = await levier(['simulate', 's.json', '--series', ','], files)
    expect(empty.code).toBe(2)
    expect(empty.stderr).toContain('names no series')
  })
})
