import { describe, expect, it } from 'vitest'
import type { ChartSpec } from '../../../renderer/src/charts/chart-spec'
import { toPlotly, toRows } from '../../../renderer/src/charts/chart-spec'
import { formatValue } from '../../../renderer/src/format/format-value'

const spec: ChartSpec = {
  years: [2024, 2025, 2026],
  unit: 'bn_eur',
  stacked: true,
  series: [
    { kind: 'bar', name: 'TSN', values: [0.8, 1.25, 1234.5], colour: '#0072b2' },
    { kind: 'line', name: 'Écart', values: [1, Number.NaN, 3], colour: '#000000', dash: 'dash' },
    {
      kind: 'band',
      name: 'p5–p95',
      lower: [0.5, 1, 2],
      upper: [1.5, 2, 4],
      colour: '#0b5cad',
      opacity: 0.2,
    },
    { kind: 'points', name: 'Observé', years: [2025, 2030], values: [1.1, 9], colour: '#d55e00' },
  ],
}

describe('chart specs', () => {
  it('label every hovered value exactly as the rest of the interface writes it', () => {
    for (const language of ['fr', 'en'] as const) {
      const { data } = toPlotly(spec, language)
      const bar = data[0] as { customdata: string[]; y: number[] }
      expect(bar.customdata).toEqual(
        [0.8, 1.25, 1234.5].map((v) => formatValue(v, 'bn_eur', language)),
      )
      expect(bar.y).toEqual([0.8, 1.25, 1234.5])
    }
  })

  it('draw a band as its lower bound, then its upper bound filled down to it', () => {
    const { data } = toPlotly(spec, 'en')
    const [lower, upper] = data.slice(2, 4) as Array<Record<string, unknown>>
    expect(lower?.y).toEqual([0.5, 1, 2])
    expect(lower?.showlegend).toBe(false)
    expect(upper?.y).toEqual([1.5, 2, 4])
    expect(upper?.fill).toBe('tonexty')
    expect(upper?.fillcolor).toBe('rgba(11,92,173,0.2)')
  })

  it('draw shares in percent on a 0–100 axis, money with the language’s affixes and separators', () => {
    const shares = toPlotly({ years: [2024], unit: 'share', yRange: [0, 1], series: [] }, 'fr')
      .layout as { yaxis: { range: number[]; ticksuffix: string }; separators: string }
    expect(shares.yaxis.range).toEqual([0, 100])
    expect(shares.yaxis.ticksuffix).toBe(' %')
    expect(shares.separators).toBe(', ')
    const money = toPlotly(spec, 'en').layout as {
      yaxis: { tickprefix: string; ticksuffix: string }
      barmode: string
    }
    expect(money.yaxis).toMatchObject({ tickprefix: '€', ticksuffix: 'bn' })
    expect(money.barmode).toBe('relative')
  })

  it('export one row per year, bands as two columns, points at their own years only', () => {
    const rows = toRows(spec, 'Year', { lower: 'low', upper: 'high' }, 'Md€')
    expect(rows[0]).toEqual([
      'Year',
      'TSN (Md€)',
      'Écart (Md€)',
      'p5–p95 (low) (Md€)',
      'p5–p95 (high) (Md€)',
      'Observé (Md€)',
    ])
    expect(rows).toHaveLength(spec.years.length + 1)
    expect(rows[2]).toEqual([2025, 1.25, Number.NaN, 1, 2, 1.1])
    // 2030 is outside the chart's years: not exported as a row of its own.
    expect(rows.map((r) => r[0])).not.toContain(2030)
  })
})
