import type { PlotObject } from 'plotly.js-basic-dist-min'
import { chartSeparators } from '@shared/format/format-number'
import { translator } from '../i18n/translate'
import type { MessageKey } from '../i18n/translate'
import type { Language } from '@shared/app-identity'
import type { Unit } from '@shared/model/engine/units'
import { formatValue } from '../format/format-value'

/**
 * What a chart shows, independent of Plotly: one x axis of years and named series. The same spec
 * draws the chart, writes its CSV and formats its hover labels, so they cannot disagree.
 */
export type ChartSeries =
  | {
      readonly kind: 'line'
      readonly name: string
      readonly values: readonly number[]
      readonly colour: string
      readonly dash?: 'solid' | 'dash' | 'dot'
    }
  | {
      readonly kind: 'bar'
      readonly name: string
      readonly values: readonly number[]
      readonly colour: string
    }
  | {
      /** A shaded band between two bounds (uncertainty fans). */
      readonly kind: 'band'
      readonly name: string
      readonly lower: readonly number[]
      readonly upper: readonly number[]
      readonly colour: string
      readonly opacity: number
    }
  | {
      /** Markers at their own years (observed data points). */
      readonly kind: 'points'
      readonly name: string
      readonly years: readonly number[]
      readonly values: readonly number[]
      readonly colour: string
    }

export interface ChartSpec {
  readonly years: readonly number[]
  readonly unit: Unit
  readonly series: readonly ChartSeries[]
  /** Bars stacked (lever revenue) rather than side by side. */
  readonly stacked?: boolean
  /** The y axis bounds, when the data's own range would mislead (shares: 0 to 1). */
  readonly yRange?: readonly [number, number]
}

/** Shares and ratios are drawn in percent so the axis reads like the labels. */
export function axisScale(unit: Unit): number {
  return unit === 'share' || unit === 'ratio' || unit === 'share_per_year' ? 100 : 1
}

/** The units whose axis ticks carry their signs, and the message that writes them. */
const AXIS_FORMATS: Partial<Record<Unit, MessageKey>> = {
  bn_eur: 'axis.bn_eur',
  share: 'axis.share',
  ratio: 'axis.share',
  share_per_year: 'axis.share',
  pct_gdp: 'axis.pct_gdp',
  fte: 'axis.fte',
  million_hours: 'axis.million_hours',
  kt_co2e: 'axis.kt_co2e',
  persons: 'axis.persons',
}

export function axisAffixes(unit: Unit, language: Language): { prefix: string; suffix: string } {
  const key = AXIS_FORMATS[unit]
  if (!key) return { prefix: '', suffix: '' }
  // The message places the number among the unit's signs: "{value} Md€", "€{value}bn".
  const [prefix = '', suffix = ''] = translator(language)(key).split('{value}')
  return { prefix, suffix }
}

const hover = (values: readonly number[], unit: Unit, language: Language) =>
  values.map((v) => formatValue(v, unit, language))

/** Plotly traces and layout for a spec, in a language's number conventions. */
export function toPlotly(
  spec: ChartSpec,
  language: Language,
): { data: PlotObject[]; layout: PlotObject } {
  const scale = axisScale(spec.unit)
  const scaled = (values: readonly number[]) => values.map((v) => v * scale)
  const template = '%{fullData.name}: %{customdata}<extra></extra>'
  const data: PlotObject[] = []
  for (const s of spec.series) {
    if (s.kind === 'band') {
      // Lower bound first, then the upper filled down to it; one legend entry for the pair.
      data.push({
        type: 'scatter',
        x: spec.years,
        y: scaled(s.lower),
        mode: 'lines',
        line: { width: 0, color: s.colour },
        hoverinfo: 'skip',
        showlegend: false,
        legendgroup: s.name,
      })
      data.push({
        type: 'scatter',
        name: s.name,
        x: spec.years,
        y: scaled(s.upper),
        mode: 'lines',
        fill: 'tonexty',
        fillcolor: withOpacity(s.colour, s.opacity),
        line: { width: 0, color: s.colour },
        legendgroup: s.name,
        customdata: s.lower.map(
          (low, i) =>
            `${formatValue(low, spec.unit, language)} – ${formatValue(s.upper[i] ?? Number.NaN, spec.unit, language)}`,
        ),
        hovertemplate: template,
      })
    } else if (s.kind === 'points') {
      data.push({
        type: 'scatter',
        name: s.name,
        x: s.years,
        y: scaled(s.values),
        mode: 'markers',
        marker: { color: s.colour, size: 8, symbol: 'diamond' },
        customdata: hover(s.values, spec.unit, language),
        hovertemplate: template,
      })
    } else {
      data.push({
        type: s.kind === 'bar' ? 'bar' : 'scatter',
        name: s.name,
        x: spec.years,
        y: scaled(s.values),
        ...(s.kind === 'bar'
          ? { marker: { color: s.colour } }
          : { mode: 'lines', line: { color: s.colour, width: 2, dash: s.dash ?? 'solid' } }),
        customdata: hover(s.values, spec.unit, language),
        hovertemplate: template,
      })
    }
  }
  const { prefix, suffix } = axisAffixes(spec.unit, language)
  const layout: PlotObject = {
    separators: chartSeparators(language),
    barmode: spec.stacked ? 'relative' : 'group',
    xaxis: { tickformat: 'd', fixedrange: true },
    yaxis: {
      tickprefix: prefix,
      ticksuffix: suffix,
      zeroline: true,
      fixedrange: true,
      ...(spec.yRange ? { range: spec.yRange.map((v) => v * scale) } : {}),
    },
  }
  return { data, layout }
}

function withOpacity(hex: string, opacity: number): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${opacity})`
}

/**
 * The spec as table rows for CSV/XLSX: a header, then one row per year (bands as two columns).
 * Headers name the unit as the reader's language writes it (`unitWord`, « Md€ »), not its code.
 */
export function toRows(
  spec: ChartSpec,
  yearLabel: string,
  bounds: { lower: string; upper: string },
  unitWord: string,
): Array<Array<string | number>> {
  const columns: Array<{ label: string; at: (year: number, i: number) => number }> = []
  for (const s of spec.series) {
    if (s.kind === 'band') {
      columns.push({ label: `${s.name} (${bounds.lower})`, at: (_, i) => s.lower[i] ?? Number.NaN })
      columns.push({ label: `${s.name} (${bounds.upper})`, at: (_, i) => s.upper[i] ?? Number.NaN })
    } else if (s.kind === 'points') {
      columns.push({
        label: s.name,
        at: (year) => {
          const j = s.years.indexOf(year)
          return j < 0 ? Number.NaN : (s.values[j] ?? Number.NaN)
        },
      })
    } else columns.push({ label: s.name, at: (_, i) => s.values[i] ?? Number.NaN })
  }
  const header = [yearLabel, ...columns.map((c) => `${c.label} (${unitWord})`)]
  return [header, ...spec.years.map((year, i) => [year, ...columns.map((c) => c.at(year, i))])]
}

/** Whether two specs would draw the same chart (so a redraw can be skipped). */
export function sameSpec(a: ChartSpec, b: ChartSpec): boolean {
  if (a === b) return true
  return JSON.stringify(a) === JSON.stringify(b)
}
