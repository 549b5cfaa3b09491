import type plotlyModule from 'plotly.js-basic-dist-min'

export type PlotlyApi = typeof plotlyModule

let loading: Promise<PlotlyApi> | null = null

/**
 * Plotly, loaded once on first use: its 5 MB bundle is parsed after the shell has painted rather
 * than before, which keeps the first screen quick.
 */
export function loadPlotly(): Promise<PlotlyApi> {
  loading ??= import('plotly.js-basic-dist-min').then((module) => {
    performance.mark('levier:plotly-loaded')
    return module.default
  })
  return loading
}
