import type { Attribution } from '../model/comparison/attribution'
import type { ComparisonRow } from '../model/comparison/comparison'
import type { MonteCarloResult } from '../model/uncertainty/monte-carlo'
import type { Projection } from '../model/engine/simulate'
import { INDICATORS } from '../model/engine/series'
import type { Tornado } from '../model/uncertainty/tornado'
import type { Unit } from '../model/engine/units'
import { UNITS } from '../model/engine/units'
import { csvText, PLAIN_CSV } from './csv'
import type { CsvCell } from './csv'
import { provenanceHead } from './export-provenance'
import type { ExportProvenance } from './export-provenance'
import { roundAsShown } from './format-value'

type Rows = Array<readonly CsvCell[]>

/**
 * The results files of the API and the CLI: plain CSV, read the same in any spreadsheet locale,
 * in English (ids stay ids; units are the catalogue's words), numbers rounded as the screen shows
 * them (JSON keeps full precision), the provenance first and the tables apart by an empty line.
 */
export function resultsCsv(provenance: ExportProvenance, tables: readonly Rows[]): string {
  const rows = tables.flatMap((table, i) => (i === 0 ? table : [[], ...table]))
  return csvText(rows, PLAIN_CSV, provenanceHead(provenance, 'en'))
}

const unitText = (unit: Unit) => UNITS[unit].en
const shown = (value: number, unit: Unit | undefined) => roundAsShown(value, unit)

/** Series as rows (one column per year), then the headline indicators. */
export function projectionRows(projection: Projection): Rows {
  return [
    ['series', 'unit', ...projection.years],
    ...projection.series.map((s) => [
      s.id,
      unitText(s.unit),
      ...s.values.map((v) => shown(v, s.unit)),
    ]),
    [],
    ['indicator', 'unit', 'value'],
    ...projection.indicators.map((i) => [i.id, unitText(i.unit), shown(i.value, i.unit)]),
  ]
}

const STATISTICS = ['p5', 'p25', 'p50', 'p75', 'p95'] as const

export function monteCarloRows(result: MonteCarloResult): Rows {
  return [
    ['series', 'unit', 'statistic', ...result.years],
    ...result.series.flatMap((s) =>
      STATISTICS.map((stat) => [
        s.id,
        unitText(s.unit),
        stat,
        ...Array.from(s[stat], (v) => shown(v, s.unit)),
      ]),
    ),
    [],
    ['indicator', 'unit', ...STATISTICS],
    ...result.indicators.map((i) => [
      i.id,
      unitText(i.unit),
      ...STATISTICS.map((stat) => shown(i[stat], i.unit)),
    ]),
  ]
}

/** The bars: the assumption's low and high (their units vary: three figures), the indicator's. */
export function tornadoRows(t: Tornado): Rows {
  const unit = INDICATORS.find((i) => i.id === t.indicator)?.unit
  return [
    ['indicator', t.indicator, 'central', shown(t.central, unit)],
    ['assumption', 'low', 'high', 'indicator_at_low', 'indicator_at_high', 'swing'],
    ...t.bars.map((b) => [
      b.assumption,
      shown(b.low, undefined),
      shown(b.high, undefined),
      shown(b.indicatorAtLow, unit),
      shown(b.indicatorAtHigh, unit),
      shown(b.swing, unit),
    ]),
  ]
}

/**
 * The compare view's indicator table: per indicator, the reference's value, then each scenario's
 * value and its difference to the reference (the columns of the view's own export).
 */
export function comparisonRows(
  rows: readonly ComparisonRow[],
  referenceName: string,
  names: readonly string[],
): Rows {
  return [
    [
      'indicator',
      'unit',
      referenceName,
      ...names.flatMap((name) => [name, `${name} - ${referenceName}`]),
    ],
    ...rows.map((r) => [
      r.id,
      unitText(r.unit),
      shown(r.reference, r.unit),
      ...r.values.flatMap((v, i) => [shown(v, r.unit), shown(r.deltas[i] as number, r.unit)]),
    ]),
  ]
}

/**
 * Each scenario's attribution: without the levers, each lever's Shapley share and effect alone,
 * in the measure's unit.
 */
export function attributionRows(
  attributions: ReadonlyArray<{ scenario: string; attribution: Attribution }>,
  unit: Unit,
): Rows {
  const v = (value: number) => shown(value, unit)
  return [
    ['scenario', 'measure', 'unit', 'part', 'shapley', 'alone', 'value'],
    ...attributions.flatMap(({ scenario, attribution: a }) => {
      const measure =
        a.measure.kind === 'indicator' ? a.measure.id : `${a.measure.id}@${a.measure.year}`
      const u = unitText(unit)
      return [
        [scenario, measure, u, 'without', '', '', v(a.without)],
        ...a.shares.map((s) => [scenario, measure, u, s.lever, v(s.shapley), v(s.alone), '']),
        [scenario, measure, u, 'interaction', '', v(a.interaction), ''],
        [scenario, measure, u, 'total', v(a.total), '', ''],
        [scenario, measure, u, 'with', '', '', v(a.with)],
      ]
    }),
  ]
}
