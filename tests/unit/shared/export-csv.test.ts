import { describe, expect, it } from 'vitest'
import { PLAIN_CSV, csvText } from '@shared/format/csv'
import { csvNumber, readCsv } from '@shared/format/csv-read'
import { comparisonRows, projectionRows, resultsCsv } from '@shared/format/export-csv'
import { provenanceHead } from '@shared/format/export-provenance'
import type { ExportProvenance } from '@shared/format/export-provenance'
import { roundAsShown, shownDigits } from '@shared/format/format-value'
import { getBaseline } from '@shared/model/baseline/baselines'
import { compareIndicators } from '@shared/model/comparison/comparison'
import { simulate } from '@shared/model/engine/simulate'
import { UNITS } from '@shared/model/engine/units'
import type { Unit } from '@shared/model/engine/units'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import en from '../../../shared/i18n/en.json' with { type: 'json' }

const scenario = defaultScenario('dst-15-tier')
const baseline = getBaseline(scenario.baseline)
const projection = simulate(scenario, baseline)
const provenance: ExportProvenance = {
  scenario: 'TSN "haute"; palier',
  scenarioVersion: 4,
  appVersion: '0.1.0',
  modelVersion: '2.0.0',
  baselineId: baseline.id,
  baselineVintage: baseline.vintage,
  exportedAt: new Date(Date.UTC(2026, 11, 6, 1, 50, 30)),
}

/** Half a unit of the last digit the screen shows: how far a rounded figure may be from its value. */
const halfStep = (value: number, unit: Unit) =>
  0.5 *
  10 ** -(shownDigits(value, unit) + (['share', 'share_per_year', 'ratio'].includes(unit) ? 2 : 0))

const decimals = (text: string) => (text.split('.')[1] ?? '').length

describe('results CSV (API and CLI)', () => {
  const read = readCsv(resultsCsv(provenance, [projectionRows(projection)]), PLAIN_CSV)

  it('starts with what produced it, read back apart from the table', () => {
    expect(read.head).toEqual([
      ['Levier', 'v0.1.0'],
      [en['export.provenance.scenario'], 'TSN "haute"; palier'],
      [en['export.provenance.scenarioVersion'], '4'],
      [en['export.provenance.model'], 'v2.0.0'],
      [en['export.provenance.baseline'], `${baseline.id} (${baseline.vintage})`],
      [en['export.provenance.exportedAt'], '2026-12-06 01:50 UTC'],
    ])
    expect(read.rows[0]?.slice(0, 3)).toEqual(['series', 'unit', String(projection.years[0])])
  })

  it('writes each figure with no more digits than the screen, within half its last digit', () => {
    let checked = 0
    for (const s of projection.series) {
      const row = read.rows.find((r) => r[0] === s.id) as string[]
      // The unit in words, as the catalogue writes it (€bn, FTE), not the id.
      expect(row[1], s.id).toBe(UNITS[s.unit].en)
      s.values.forEach((value, i) => {
        const text = row[i + 2] as string
        if (!Number.isFinite(value)) return expect(text).toBe('')
        const written = csvNumber(text, PLAIN_CSV)
        const digits = shownDigits(value, s.unit)
        const extra = ['share', 'share_per_year', 'ratio'].includes(s.unit) ? 2 : 0
        expect(decimals(text), `${s.id} ${text}`).toBeLessThanOrEqual(digits + extra)
        expect(Math.abs(written - value), `${s.id} ${text}`).toBeLessThanOrEqual(
          halfStep(value, s.unit) + 1e-12,
        )
        // People are whole: no fraction of a job.
        if (s.unit === 'fte' || s.unit === 'persons') expect(Number.isInteger(written)).toBe(true)
        checked++
      })
    }
    expect(checked).toBeGreaterThan(100)
    // The scenario has jobs and money: both rules were exercised.
    expect(projection.series.some((s) => s.unit === 'fte')).toBe(true)
  })

  it('rounds the comparison table as well, the differences included', () => {
    const current = simulate(defaultScenario('current-law'), baseline)
    const rows = compareIndicators(current, [projection])
    const table = readCsv(
      resultsCsv(provenance, [comparisonRows(rows, 'Droit', ['TSN'])]),
      PLAIN_CSV,
    )
    for (const r of rows) {
      const [, unit, ref, value, delta] = table.rows.find((x) => x[0] === r.id) as string[]
      expect(unit).toBe(UNITS[r.unit].en)
      if (!Number.isFinite(r.reference)) continue
      expect(csvNumber(ref, PLAIN_CSV)).toBe(roundAsShown(r.reference, r.unit))
      expect(csvNumber(value, PLAIN_CSV)).toBe(roundAsShown(r.values[0] as number, r.unit))
      expect(csvNumber(delta, PLAIN_CSV)).toBe(roundAsShown(r.deltas[0] as number, r.unit))
    }
  })
})

describe('rounding as shown', () => {
  it('keeps the screen’s digits per unit', () => {
    expect(roundAsShown(15.499999999999886, 'bn_eur')).toBe(15.5)
    expect(roundAsShown(15272.56, 'fte')).toBe(15273)
    expect(roundAsShown(0.357049, 'share')).toBe(0.357)
    expect(roundAsShown(-0.00001, 'bn_eur')).toBe(0)
    expect(Object.is(roundAsShown(-0.00001, 'bn_eur'), -0)).toBe(false)
    expect(roundAsShown(Number.NaN, 'bn_eur')).toBeNaN()
  })
})

describe('the CSV head', () => {
  it('is defused like any text: a formula-like scenario name stays text', () => {
    const head = provenanceHead({ ...provenance, scenario: '=HYPERLINK("http://x")' }, 'fr')
    const text = csvText([['a']], PLAIN_CSV, head)
    const read = readCsv(text, PLAIN_CSV)
    expect(read.head.find(([label]) => label === 'Scénario')?.[1]).toBe(`'=HYPERLINK("http://x")`)
    expect(read.rows).toEqual([['a']])
  })

  it('leaves a file without a head as it is, and omits a version the scenario does not have', () => {
    expect(readCsv('a,b\r\n\r\nc\r\n', PLAIN_CSV)).toEqual({
      head: [],
      rows: [['a', 'b'], [], ['c']],
    })
    const head = provenanceHead({ ...provenance, scenarioVersion: undefined }, 'en')
    expect(head.map(([label]) => label)).not.toContain(en['export.provenance.scenarioVersion'])
  })
})
