import type { Attribution } from '../model/comparison/attribution'
import type { ComparisonRow } from '../model/comparison/comparison'
import type { MonteCarloResult } from '../model/uncertainty/monte-carlo'
import type { Projection } from '../model/engine/simulate'
import type { Tornado } from '../model/uncertainty/tornado'

/** A CSV field, quoted when it holds a separator, a quote or a line break (RFC 4180). */
function field(value: string | number): string {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function line(values: ReadonlyArray<string | number>): string {
  return values.map(field).join(',')
}

/** Series as rows (one column per year), then the headline indicators. */
export function projectionToCsv(projection: Projection): string {
  const rows = [line(['series', 'unit', ...projection.years])]
  for (const s of projection.series) rows.push(line([s.id, s.unit, ...s.values]))
  rows.push('', line(['indicator', 'unit', 'value']))
  for (const i of projection.indicators) rows.push(line([i.id, i.unit, i.value]))
  return rows.join('\r\n') + '\r\n'
}

const STATISTICS = ['p5', 'p25', 'p50', 'p75', 'p95'] as const

export function monteCarloToCsv(result: MonteCarloResult): string {
  const rows = [line(['series', 'unit', 'statistic', ...result.years])]
  for (const s of result.series)
    for (const stat of STATISTICS) rows.push(line([s.id, s.unit, stat, ...s[stat]]))
  rows.push('', line(['indicator', 'unit', ...STATISTICS]))
  for (const i of result.indicators)
    rows.push(line([i.id, i.unit, ...STATISTICS.map((stat) => i[stat])]))
  return rows.join('\r\n') + '\r\n'
}

export function tornadoToCsv(t: Tornado): string {
  const rows = [
    line(['indicator', t.indicator, 'central', t.central]),
    line(['assumption', 'low', 'high', 'indicator_at_low', 'indicator_at_high', 'swing']),
  ]
  for (const b of t.bars)
    rows.push(line([b.assumption, b.low, b.high, b.indicatorAtLow, b.indicatorAtHigh, b.swing]))
  return rows.join('\r\n') + '\r\n'
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
  const lines = [
    line([
      'indicator',
      'unit',
      referenceName,
      ...names.flatMap((name) => [name, `${name} - ${referenceName}`]),
    ]),
  ]
  for (const r of rows)
    lines.push(
      line([r.id, r.unit, r.reference, ...r.values.flatMap((v, i) => [v, r.deltas[i] as number])]),
    )
  return lines.join('\r\n') + '\r\n'
}

/** Each scenario's attribution: without the levers, each lever's Shapley share and effect alone. */
export function attributionToCsv(
  attributions: ReadonlyArray<{ scenario: string; attribution: Attribution }>,
): string {
  const lines = [line(['scenario', 'measure', 'part', 'shapley', 'alone', 'value'])]
  for (const { scenario, attribution: a } of attributions) {
    const measure =
      a.measure.kind === 'indicator' ? a.measure.id : `${a.measure.id}@${a.measure.year}`
    lines.push(line([scenario, measure, 'without', '', '', a.without]))
    for (const s of a.shares) lines.push(line([scenario, measure, s.lever, s.shapley, s.alone, '']))
    lines.push(line([scenario, measure, 'interaction', '', a.interaction, '']))
    lines.push(line([scenario, measure, 'total', a.total, '', '']))
    lines.push(line([scenario, measure, 'with', '', '', a.with]))
  }
  return lines.join('\r\n') + '\r\n'
}
