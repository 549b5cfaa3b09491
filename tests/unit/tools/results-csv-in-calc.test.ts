import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { compileScenario } from '@shared/model/engine/compile'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { monteCarloToCsv, projectionToCsv, tornadoToCsv } from '@shared/format/export-csv'
import { runMonteCarlo } from '@shared/model/uncertainty/monte-carlo'
import { simulate } from '@shared/model/engine/simulate'
import { tornado } from '@shared/model/uncertainty/tornado'
import { Calc, sameNumber } from '../../helpers/libreoffice'
import type { CalcCell } from '../../helpers/libreoffice'
import { findSoffice } from '../../helpers/test-tools'

const soffice = findSoffice()
const dir = mkdtempSync(join(tmpdir(), 'levier-results-csv-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Empty where a number has no value, as the writer leaves it. */
const value = (n: number): CalcCell => (Number.isFinite(n) ? n : null)

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
    writeFileSync(api, projectionToCsv(projection))
    writeFileSync(
      cli,
      [projectionToCsv(projection), monteCarloToCsv(mc), tornadoToCsv(bars)].join('\r\n'),
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
    const projectionRows: CalcCell[][] = [
      ['series', 'unit', ...projection.years],
      ...projection.series.map((s) => [s.id, s.unit, ...s.values.map(value)]),
      [],
      ['indicator', 'unit', 'value'],
      ...projection.indicators.map((i) => [i.id, i.unit, value(i.value)]),
    ]
    expectRows(read.get('api-export.csv')!, projectionRows)
    expectRows(read.get('cli-simulate.csv')!, [
      ...projectionRows,
      [],
      ['series', 'unit', 'statistic', ...mc.years],
      ...mc.series.flatMap((s) =>
        stats.map((stat) => [s.id, s.unit, stat, ...Array.from(s[stat], value)]),
      ),
      [],
      ['indicator', 'unit', ...stats],
      ...mc.indicators.map((i) => [i.id, i.unit, ...stats.map((stat) => value(i[stat]))]),
      [],
      ['indicator', bars.indicator, 'central', value(bars.central)],
      ['assumption', 'low', 'high', 'indicator_at_low', 'indicator_at_high', 'swing'],
      ...bars.bars.map((b) => [
        b.assumption,
        ...[b.low, b.high, b.indicatorAtLow, b.indicatorAtHigh, b.swing].map(value),
      ]),
    ])
    // Signs survive: the scenario has negative balances and positive yields.
    const numbers = projection.series.flatMap((s) => s.values)
    expect(numbers.some((n) => n < 0) && numbers.some((n) => n > 0)).toBe(true)
  })
})
