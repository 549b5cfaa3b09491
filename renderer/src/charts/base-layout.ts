import type { PlotObject } from 'plotly.js-basic-dist-min'

/** Laid out by CSS; Plotly only fills the box it is given. */
export const BASE_LAYOUT: PlotObject = {
  autosize: true,
  // r: half the width of a year at the axis' right end (its label is centred on the last tick).
  margin: { t: 12, r: 20, b: 36, l: 64 },
  font: { family: 'system-ui, "Segoe UI", Roboto, sans-serif', size: 12, color: '#1f2933' },
  paper_bgcolor: 'rgba(0,0,0,0)',
  plot_bgcolor: 'rgba(0,0,0,0)',
  legend: { orientation: 'h', y: -0.18, x: 0 },
  hovermode: 'x unified',
}
/**
 * Tick labels are never hidden for overflowing the chart: the margins hold them. Plotly's default
 * ("hide past div") measures every label's box at every redraw, each measure laying out the page
 * again after the labels just written.
 */
const AXIS_DEFAULTS: PlotObject = { ticklabeloverflow: 'allow' }

/** A chart's layout over the defaults: its own settings, an axis' included, win. */
export function withBaseLayout(layout: PlotObject): PlotObject {
  const axis = (key: 'xaxis' | 'yaxis') => ({ ...AXIS_DEFAULTS, ...(layout[key] as PlotObject) })
  return { ...BASE_LAYOUT, ...layout, xaxis: axis('xaxis'), yaxis: axis('yaxis') }
}
