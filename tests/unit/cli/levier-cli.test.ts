import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backcastMarkdown } from '@shared/model/baseline/backcast'
import { DEFAULT_BASELINE_ID, getBaseline } from '@shared/model/baseline/baselines'
import { DEFAULT_TORNADO_TARGET, TORNADO_TARGETS } from '../../../electron/cli/levier-args'
import { SCENARIO_SCHEMA_VERSION } from '@shared/model/scenario/scenario-schema'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { PRESETS } from '@shared/model/scenario/presets'
import { scenarioJsonSchema } from '@shared/model/scenario/scenario-json-schema'
import { INDICATORS, SERIES } from '@shared/model/engine/series'
import { PLAIN_CSV } from '@shared/format/csv'
import { readCsv } from '@shared/format/csv-read'
import { versionText } from '@shared/format/export-provenance'
import { shownDigits } from '@shared/format/format-value'
import type { Unit } from '@shared/model/engine/units'
import { levier } from '../../helpers/levier-in-memory'

/** Units written as fractions: two more decimals than their percentage. */
const PERCENT: readonly Unit[] = ['share', 'share_per_year', 'ratio']

/** The decimals a number is written with. */
const decimals = (v: number) => (String(v).split('.')[1] ?? '').length

const scenarioText = (preset = 'dst-6') => JSON.stringify(defaultScenario(preset))

/** A projection CSV read back: its head, the years, each series' values, each indicator's value. */
function parseCsv(text: string) {
  const { head, rows: all } = readCsv(text, PLAIN_CSV)
  const gap = all.findIndex((row) => row.length === 0)
  const [header = [], ...lines] = all.slice(0, gap)
  const years = header.slice(2).map(Number)
  const rows = new Map(lines.map(([id = '', , ...values]) => [id, values.map(Number)] as const))
  const indicators = new Map(
    all
      .slice(gap + 2)
      .map(([id = '', , value = '']) => [id, value === '' ? Number.NaN : Number(value)] as const),
  )
  return { head, years, rows, indicators }
}

/**
 * How far a sum of CSV figures may be from its rounded total: each figure was rounded to the digits
 * the screen shows (half a unit of its last digit at most), the total too.
 */
const slack = (figures: readonly number[], unit: Unit = 'bn_eur') =>
  figures.reduce((sum, v) => sum + 0.5 * 10 ** -shownDigits(v, unit), 0) + 1e-9

function expectWithin(value: number | undefined, expected: number, tolerance: number) {
  expect(Math.abs((value as number) - expected)).toBeLessThanOrEqual(tolerance)
}

describe('levier CLI', () => {
  it('prints a complete, valid scenario for each preset', async () => {
    for (const preset of PRESETS) {
      const { code, stdout } = await levier(['scenario', 'default', '--preset', preset.id])
      expect(code).toBe(0)
      const simulated = await levier(['simulate', 's.json'], { 's.json': stdout })
      expect(simulated.code).toBe(0)
    }
  })

  it('lists the presets: current law first, no model-1 "no-lever"', async () => {
    const { code, stdout } = await levier(['presets', '--format', 'json'])
    expect(code).toBe(0)
    const ids = JSON.parse(stdout).map((p: { id: string }) => p.id)
    expect(ids).toEqual(PRESETS.map((p) => p.id))
    expect(ids[0]).toBe('current-law')
    expect(ids).not.toContain('no-lever')
    const text = await levier(['presets'])
    expect(text.stdout).not.toContain('no-lever')
  })

  it('writes scenario files of schema version 4, without model 1’s at-source switch, the staffed channel off', async () => {
    for (const preset of PRESETS) {
      const { stdout } = await levier(['scenario', 'default', '--preset', preset.id])
      const scenario = JSON.parse(stdout)
      expect(scenario.schemaVersion).toBe(SCENARIO_SCHEMA_VERSION)
      expect(scenario.schemaVersion).toBe(4)
      expect(scenario.levers.staffedChannel.enabled).toBe(false)
      expect(['750m', '2bn']).toContain(scenario.levers.dst.worldwideThreshold)
      expect(scenario.levers.platformContribution).not.toHaveProperty('atSourceCollection')
    }
    const old = await levier(['scenario', 'default', '--preset', 'no-lever'])
    expect(old.code).toBe(2)
    expect(old.stderr).toContain('unknown preset "no-lever"')
    expect(old.stderr).toContain('current-law')
  })

  it('round trip: scenario file → simulate --format csv → parsed rows keep model 2’s identities', async () => {
    const file = (await levier(['scenario', 'default', '--preset', 'dst-6'])).stdout
    const { code, stdout } = await levier(['simulate', '-', '--format', 'csv'], { '-': file })
    expect(code).toBe(0)
    const { head, years, rows, indicators } = parseCsv(stdout)
    const row = (id: string) => {
      const found = rows.get(id)
      if (!found) throw new Error(`no row ${id}`)
      return found
    }
    const json = JSON.parse((await levier(['simulate', '-'], { '-': file })).stdout)
    expect(years).toEqual(json.years)
    years.forEach((_, i) => {
      const at = (id: string) => row(id)[i] as number
      // ROBSS balance = current-law path + change; change = earmarked increment − coproduction cost,
      // each figure rounded as the screen shows it.
      const balance = [
        at('robss_balance'),
        at('robss_balance_baseline'),
        at('robss_balance_change'),
      ]
      expectWithin(
        balance[0],
        at('robss_balance_baseline') + at('robss_balance_change'),
        slack(balance),
      )
      const change = [at('robss_balance_change'), at('increment_robss'), at('coproduction_effect')]
      expectWithin(change[0], at('increment_robss') - at('coproduction_effect'), slack(change))
      const unedic = [
        at('unedic_balance'),
        at('unedic_balance_baseline'),
        at('coproduction_effect_unedic'),
      ]
      expectWithin(
        unedic[0],
        at('unedic_balance_baseline') - at('coproduction_effect_unedic'),
        slack(unedic),
      )
    })
    const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0)
    const total = row('increment_total')
    const cumulative = indicators.get('increment_total_cumulative') as number
    expectWithin(cumulative, sum(total), slack([...total, cumulative]))
    expect(indicators.get('increment_total_final')).toBe(total.at(-1))
    expect(indicators.get('robss_balance_final')).toBe(row('robss_balance').at(-1))
    // The head says what produced the file, as the JSON does.
    expect(head).toEqual(
      expect.arrayContaining([
        ['Levier', versionText(json.appVersion)],
        ['Scenario', JSON.parse(file).name],
        ['Model version', versionText(json.modelVersion)],
        ['Baseline (vintage)', `${json.baselineId} (${json.baselineVintage})`],
      ]),
    )
    // No figure has more decimals than the screen gives it.
    for (const s of json.series as Array<{ id: string; unit: Unit }>)
      for (const v of row(s.id))
        expect(decimals(v), `${s.id} ${v}`).toBeLessThanOrEqual(
          shownDigits(v, s.unit) + (PERCENT.includes(s.unit) ? 2 : 0),
        )
    // The DST-6 preset reforms the DST: it yields something over current law.
    expect(indicators.get('increment_dst_cumulative')).toBeGreaterThan(0)
    for (const gone of ['financing_gap', 'coverage_ratio', 'lever_revenue_total'])
      expect(rows.has(gone)).toBe(false)
    expect(json.currentLaw.robss).toContain('PLFSS')
  })

  it('a scenario with every lever off (current law) yields nothing over current law', async () => {
    const file = (await levier(['scenario', 'default', '--preset', 'current-law'])).stdout
    const { indicators } = parseCsv(
      (await levier(['simulate', '-', '--format', 'csv'], { '-': file })).stdout,
    )
    for (const lever of ['total', 'dst', 'data_levy', 'platform'])
      for (const way of ['final', 'full', 'cumulative', 'pv'])
        expect(indicators.get(`increment_${lever}_${way}`)).toBe(0)
  })

  it('simulates to JSON with years, every series with its unit, indicators and versions', async () => {
    const { code, stdout, stderr } = await levier(['simulate', 's.json'], {
      's.json': scenarioText(),
    })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    expect(out.years[0]).toBe(2024)
    expect(out.years.at(-1)).toBe(2040)
    expect(out.series.map((s: { id: string }) => s.id)).toEqual(SERIES.map((s) => s.id))
    expect(out.indicators.map((s: { id: string }) => s.id)).toEqual(INDICATORS.map((s) => s.id))
    for (const s of out.series) expect(s.values).toHaveLength(out.years.length)
    expect(out.modelVersion).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('simulates to CSV with one column per year, and writes to --out', async () => {
    const { code, stdout, written } = await levier(
      ['simulate', 's.json', '--format', 'csv', '--out', 'r.csv'],
      { 's.json': scenarioText() },
    )
    expect(code).toBe(0)
    expect(stdout).toBe('')
    const { rows } = readCsv(written['r.csv'] as string, PLAIN_CSV)
    expect(rows[0]).toEqual([
      'series',
      'unit',
      ...Array.from({ length: 17 }, (_, i) => `${2024 + i}`),
    ])
    // The unit in words, as the catalogue writes it for the screen and the XLSX.
    expect(rows.find((r) => r[0] === 'robss_balance')?.slice(0, 2)).toEqual([
      'robss_balance',
      '€bn',
    ])
    expect(rows.find((r) => r[0] === 'robss_balance')).toHaveLength(19)
    expect(rows).toContainEqual(['indicator', 'unit', 'value'])
  })

  it('adds percentile bands with --draws and --seed, reproducibly, and a tornado', async () => {
    const args = [
      'simulate',
      's.json',
      '--draws',
      '200',
      '--seed',
      '7',
      '--tornado',
      'increment_total_pv',
    ]
    const a = await levier(args, { 's.json': scenarioText() })
    const b = await levier(args, { 's.json': scenarioText() })
    expect(a.code).toBe(0)
    const out = JSON.parse(a.stdout)
    expect(out.monteCarlo.draws).toBe(200)
    expect(out.monteCarlo.series[0]).toHaveProperty('p95')
    expect(out.tornado.indicator).toBe('increment_total_pv')
    expect(out.tornado.bars.length).toBeGreaterThan(10)
    expect(b.stdout).toBe(a.stdout)
  })

  it('--tornado alone ranks on the ROBSS balance of the last year, before or after the file', async () => {
    for (const args of [
      ['simulate', 's.json', '--tornado'],
      ['simulate', '--tornado', 's.json'],
    ]) {
      const { code, stdout, stderr } = await levier(args, { 's.json': scenarioText() })
      expect(stderr).toBe('')
      expect(code).toBe(0)
      const out = JSON.parse(stdout)
      expect(out.tornado.indicator).toBe(DEFAULT_TORNADO_TARGET)
      expect(out.tornado.central).toBe(
        out.indicators.find((i: { id: string }) => i.id === 'robss_balance_final').value,
      )
    }
    expect(TORNADO_TARGETS).not.toContain('coverage_ratio_cumulative')
    expect(TORNADO_TARGETS).toContain('robss_balance_final')
  })

  it('backcast runs on the default baseline and on any named one', async () => {
    const md = await levier(['backcast'])
    expect(md.code).toBe(0)
    expect(md.stdout).toBe(`${backcastMarkdown(getBaseline(DEFAULT_BASELINE_ID))}\n`)
    const old = await levier(['backcast', '--baseline', 'fr-2024', '--format', 'json'])
    expect(old.code).toBe(0)
    expect(JSON.parse(old.stdout)).toHaveProperty('dst')
    const bad = await levier(['backcast', '--baseline', 'fr-1999'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('"fr-1999"')
    expect(bad.stderr).toContain('fr-2025')
  })

  it.each([
    [['simulate', 'missing.json'], 'missing.json: cannot be read'],
    [['simulate', 'bad.json'], 'bad.json: not valid JSON'],
    [
      ['simulate', 'invalid.json'],
      'invalid.json: levers.dst.rate: must be between 0 and 0.5 (got 7)',
    ],
    [['simulate', 's.json', '--draws', '0'], '--draws: must be between 1 and 100000'],
    [['simulate', 's.json', '--seed', '3'], '--seed needs --draws'],
    [
      ['simulate', 's.json', '--tornado', 'happiness'],
      '"happiness" is not a tornado target; allowed: robss_balance_final',
    ],
    [['simulate', 's.json', '--tornado', 'gap_final'], '"gap_final" is not a tornado target'],
    [['simulate', 's.json', '--format', 'xlsx'], '--format'],
    [['scenario', 'default', '--preset', 'dst-99'], 'unknown preset "dst-99"'],
    [['frobnicate'], 'unknown or incomplete command: frobnicate'],
    [['simulate'], 'unknown or incomplete command: simulate'],
    [['presets', '--colour', 'red'], 'unknown option: --colour'],
  ])(
    'exits 2 on invalid input %j with the error on stderr and no stack trace',
    async (argv, message) => {
      const invalid = JSON.parse(scenarioText())
      invalid.levers.dst.rate = 7
      const { code, stdout, stderr } = await levier(argv, {
        's.json': scenarioText(),
        'bad.json': '{"schemaVersion": 1,',
        'invalid.json': JSON.stringify(invalid),
      })
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toContain(message)
      expect(stderr).not.toMatch(/\n\s+at /)
    },
  )

  it('prints help and version', async () => {
    expect((await levier(['--help'])).stdout).toContain('Usage: levier')
    expect((await levier(['--version'])).stdout).toMatch(
      /^levier \d+\.\d+\.\d+ \(model \d+\.\d+\.\d+\)\n$/,
    )
  })
})

describe('published documents stay in step with the code', () => {
  const docs = join(import.meta.dirname, '../../../docs')

  it('docs/scenario.schema.json is the schema the code validates with (npm run docs to refresh)', () => {
    expect(JSON.parse(readFileSync(join(docs, 'scenario.schema.json'), 'utf8'))).toEqual(
      scenarioJsonSchema(),
    )
  })

  it('docs/model.md shows the back-casts the model computes now', () => {
    expect(readFileSync(join(docs, 'model.md'), 'utf8')).toContain(
      backcastMarkdown(getBaseline(DEFAULT_BASELINE_ID)),
    )
  })
})
