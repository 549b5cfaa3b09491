import type { Attribution } from '../model/comparison/attribution'
import type { ComparisonRow } from '../model/comparison/comparison'
import type { MonteCarloResult } from '../model/uncertainty/monte-carlo'
import type { Projection } from '../model/engine/simulate'
import type { Tornado } from '../model/uncertainty/tornado'
import { csvText, PLAIN_CSV } from './csv'
import type { CsvCell } from './csv'

/** The results files of the API and the CLI: plain CSV, read the same in any spreadsheet locale. */
const plainCsv = (rows: ReadonlyArray<ReadonlyArray<CsvCell>>) => csvText(rows, PLAIN_CSV)

/** Series as rows (one column per year), then the headline indicators. */
export function projectionToCsv(projection: Projection): string {
  return plainCsv([
    ['series', 'unit', ...projection.years],
    ...projection.series.map((s) => [s.id, s.unit, ...s.values]),
    [],
    ['indicator', 'unit', 'value'],
    ...projection.indicators.map((i) => [i.id, i.unit, i.value]),
  ])
}

const STATISTICS = ['p5', 'p25', 'p50', 'p75', 'p95'] as const

export function monteCarloToCsv(result: MonteCarloResult): string {
  return plainCsv([
    ['series', 'unit', 'statistic', ...result.years],
    ...result.series.flatMap((s) => STATISTICS.map((stat) => [s.id, s.unit, stat, ...s[stat]])),
    [],
    ['indicator', 'unit', ...STATISTICS],
    ...result.indicators.map((i) => [i.id, i.unit, ...STATISTICS.map((stat) => i[stat])]),
  ])
}

export function tornadoToCsv(t: Tornado): string {
  return plainCsv([
    ['indicator', t.indicator, 'central', t.central],
    ['assumption', 'low', 'high', 'indicator_at_low', 'indicator_at_high', 'swing'],
    ...t.bars.map((b) => [
      b.assumption,
      b.low,
      b.high,
      b.indicatorAtLow,
      b.indicatorAtHigh,
      b.swing,
    ]),
  ])
}

/**
 * The compare view's indicator table: per indicator, the reference's value, then each scenario's
 * value and its difference to the reference (the columns of the view's own export).
 */
export function comparisonToCsv(
  rows: readonly ComparisonRow[],
  referenceName: string,
  names: readonly string[],
): string {
  return plainCsv([
    [
      'indicator',
      'unit',
      referenceName,
      ...names.flatMap((name) => [name, `${name} - ${referenceName}`]),
    ],
    ...rows.map((r) => [
      r.id,
      r.unit,
      r.reference,
      ...r.values.flatMap((v, i) => [v, r.deltas[i] as number]),
    ]),
  ])
}

/** Each scenario's attribution: without the levers, each lever's Shapley share and effect alone. */
export function attributionToCsv(
  attributions: ReadonlyArray<{ scenario: string; attribution: Attribution }>,
): string {
  return plainCsv([
    ['scenario', 'measure', 'part', 'shapley', 'alone', 'value'],
    ...attributions.flatMap(({ scenario, attribution: a }) => {
      const measure =
        a.measure.kind === 'indicator' ? a.measure.id : `${a.measure.id}@${a.measure.year}`
      return [
        [scenario, measure, 'without', '', '', a.without],
        ...a.shares.map((s) => [scenario, measure, s.lever, s.shapley, s.alone, '']),
        [scenario, measure, 'interaction', '', a.interaction, ''],
        [scenario, measure, 'total', a.total, '', ''],
        [scenario, measure, 'with', '', '', a.with],
      ]
    }),
  ])
}
