import type { PlotObject } from 'plotly.js-basic-dist-min'
import type { Language } from '@shared/app-identity'
import { chartSeparators } from '@shared/format/format-number'
import type { Unit } from '@shared/model/engine/units'
import { axisAffixes, axisScale } from '../charts/chart-spec'
import { formatValue } from '../format/format-value'

/** One scenario's point on the chart: its median with the 5th–95th percentile whisker. */
export interface WhiskerPoint {
  readonly name: string
  readonly colour: string
  readonly p5: number
  readonly p50: number
  readonly p95: number
}

/**
 * Axis labels, one per scenario: Plotly merges equal category names into one tick, so a name
 * that repeats gets its rank in the comparison added.
 */
export function distinctLabels(names: readonly string[]): string[] {
  return names.map((name, i) =>
    names.indexOf(name) === i && names.lastIndexOf(name) === i ? name : `${name} (${i + 1})`,
  )
}

/**
 * An axis label as Plotly writes it: its markup characters escaped (Plotly reads a few tags in
 * labels), and a long name broken at spaces into lines of about `width` characters, so the labels
 * stay level instead of being tilted.
 */
export function axisLabel(name: string, width = 18): string {
  const lines: string[] = []
  let line = ''
  for (const word of name.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  lines.push(line)
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return lines.map(escape).join('<br>')
}

/** Scatter points at the medians with asymmetric error bars to p5 and p95, one trace each. */
export function whiskerPlot(
  points: readonly WhiskerPoint[],
  unit: Unit,
  language: Language,
): { data: PlotObject[]; layout: PlotObject } {
  const scale = axisScale(unit)
  const labels = distinctLabels(points.map((p) => p.name)).map((label) => axisLabel(label))
  const format = (value: number) => formatValue(value, unit, language)
  const data = points.map((point, i) => ({
    type: 'scatter',
    mode: 'markers',
    name: point.name,
    x: [labels[i]],
    y: [point.p50 * scale],
    marker: { color: point.colour, size: 11 },
    error_y: {
      type: 'data',
      symmetric: false,
      array: [(point.p95 - point.p50) * scale],
      arrayminus: [(point.p50 - point.p5) * scale],
      color: point.colour,
      thickness: 2,
      width: 10,
    },
    customdata: [`${format(point.p50)} (${format(point.p5)} – ${format(point.p95)})`],
    hovertemplate: '%{fullData.name}: %{customdata}<extra></extra>',
    showlegend: false,
  }))
  const { prefix, suffix } = axisAffixes(unit, language)
  return {
    data,
    layout: {
      separators: chartSeparators(language),
      hovermode: 'closest',
      margin: { t: 12, r: 12, b: 48, l: 72 },
      xaxis: { type: 'category', fixedrange: true, automargin: true },
      yaxis: { tickprefix: prefix, ticksuffix: suffix, fixedrange: true, zeroline: true },
    },
  }
}
