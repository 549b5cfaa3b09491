import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { compileScenario } from '@shared/model/engine/compile'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { monteCarloRows, projectionRows, resultsCsv, tornadoRows } from '@shared/format/export-csv'
import { provenanceHead } from '@shared/format/export-provenance'
import { roundAsShown } from '@shared/format/format-value'
import { INDICATORS } from '@shared/model/engine/series'
import { UNITS } from '@shared/model/engine/units'
import type { Unit } from '@shared/model/engine/units'
import { runMonteCarlo } from '@shared/model/uncertainty/monte-carlo'
import { simulate } from '@shared/model/engine/simulate'
import { tornado } from '@shared/model/uncertainty/tornado'
import { Calc, sameNumber } from '../../helpers/libreoffice'
import type { CalcCell } from '../../helpers/libreoffice'
import { findSoffice } from '../../helpers/test-tools'

const soffice = findSoffice()
const dir = mkdtempSync(join(tmpdir(), 'levier-results-csv-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Empty where a number has no value, as the writer leaves it; else as the screen rounds it. */
const value = (n: number, unit?: Unit): CalcCell =>
  Number.isFinite(n) ? roundAsShown(n, unit) : null
const unitText = (unit: Unit) => UNITS[unit].en

function expectRows(read: CalcCell[][], expected: CalcCell[][]) {
  // Calc pads short rows and writes empty lines as one empty cell: compare up to trailing blanks.
  const trim = (row: readonly CalcCell[] = []) => {
    const cells = [...row]
    while (cells.length > 0 && cells.at(-1) === null) cells.pop()
    return cells
  }
  expect(read.length).toBe(expected.length)
  expected.forEach((row, r) => {
    const got = trim(read[r])
    expect(got.length, `row ${r + 1}`).toBe(trim(row).length)
    trim(row).forEach((want, c) => {
      const cell = got[c]
      const same =
        typeof want === 'number' && typeof cell === 'number'
          ? sameNumber(cell, want)
          : cell === want
      if (!same) expect(cell, `row ${r + 1}, column ${c + 1}`).toEqual(want)
    })
  })
}

// The results CSV of the API's exportResultsCsv and of the CLI's `simulate --format
// csv` with draws and a tornado: comma-separated with decimal points, for any spreadsheet locale.
describe.skipIf(!soffice)('results CSV opened by LibreOffice Calc', { timeout: 120_000 }, () => {
  it('reads back every series, percentile and tornado bar of the model, as numbers', () => {
    const scenario = defaultScenario('dst-15-tier')
    const baseline = getBaseline(scenario.baseline)
    const projection = simulate(scenario, baseline)
    const model = compileScenario(scenario, baseline)
    const mc = runMonteCarlo(model, 100, 7)
    const bars = tornado(model, 'robss_balance_final')
    const api = join(dir, 'api-export.csv')
    const cli = join(dir, 'cli-simulate.csv')
    const provenance = {
      scenario: scenario.name,
      scenarioVersion: 2,
      appVersion: '0.1.0',
      modelVersion: '2.0.0',
      baselineId: baseline.id,
      baselineVintage: baseline.vintage,
      exportedAt: new Date(Date.UTC(2026, 0, 15, 9, 30)),
    }
    writeFileSync(api, resultsCsv(provenance, [projectionRows(projection)]))
    writeFileSync(
      cli,
      resultsCsv(provenance, [projectionRows(projection), monteCarloRows(mc), tornadoRows(bars)]),
    )
    const calc = new Calc(soffice!)
    let read: Map<string, CalcCell[][]>
    try {
      read = calc.read([api, cli], 'en')
    } finally {
      calc.dispose()
    }

    // Expected from the model's results themselves, in the layout the format documents.
    const stats = ['p5', 'p25', 'p50', 'p75', 'p95'] as const
    // The provenance first, one `# label` row each and an empty line, read as plain texts.
    const head: CalcCell[][] = [
      // A value that is a plain number (the scenario's version) is read as one, as any cell.
      ...provenanceHead(provenance, 'en').map(([label, text]) => [
        `# ${label}`,
        /^\d+$/.test(text) ? Number(text) : text,
      ]),
      [],
    ]
    expect(head).toContainEqual(['# Scenario version', 2])
    const projectionTable: CalcCell[][] = [
      ['series', 'unit', ...projection.years],
      ...projection.series.map((s) => [
        s.id,
        unitText(s.unit),
        ...s.values.map((v) => value(v, s.unit)),
      ]),
      [],
      ['indicator', 'unit', 'value'],
      ...projection.indicators.map((i) => [i.id, unitText(i.unit), value(i.value, i.unit)]),
    ]
    const barUnit = INDICATORS.find((i) => i.id === bars.indicator)?.unit
    expectRows(read.get('api-export.csv')!, [...head, ...projectionTable])
    expectRows(read.get('cli-simulate.csv')!, [
      ...head,
      ...projectionTable,
      [],
      ['series', 'unit', 'statistic', ...mc.years],
      ...mc.series.flatMap((s) =>
        stats.map((stat) => [
          s.id,
          unitText(s.unit),
          stat,
          ...Array.from(s[stat], (v) => value(v, s.unit)),
        ]),
      ),
      [],
      ['indicator', 'unit', ...stats],
      ...mc.indicators.map((i) => [
        i.id,
        unitText(i.unit),
        ...stats.map((stat) => value(i[stat], i.unit)),
      ]),
      [],
      ['indicator', bars.indicator, 'central', value(bars.central, barUnit)],
      ['assumption', 'low', 'high', 'indicator_at_low', 'indicator_at_high', 'swing'],
      ...bars.bars.map((b) => [
        b.assumption,
        value(b.low),
        value(b.high),
        ...[b.indicatorAtLow, b.indicatorAtHigh, b.swing].map((v) => value(v, barUnit)),
      ]),
    ])
    // Signs survive: the scenario has negative balances and positive yields.
    const numbers = projection.series.flatMap((s) => s.values)
    expect(numbers.some((n) => n < 0) && numbers.some((n) => n > 0)).toBe(true)
  })
})
