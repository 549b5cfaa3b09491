/**
 * The few Plotly entry points Levier uses. The basic bundle (scatter and bar traces, the only ones drawn) ships no types; these describe
 * plotly.js 4's documented API (plotly.com/javascript/plotlyjs-function-reference).
 */
declare module 'plotly.js-basic-dist-min' {
  /** A trace or layout as Plotly reads it: plain JSON-like objects. */
  export type PlotObject = Record<string, unknown>
  export interface ImageOptions {
    format: 'png' | 'svg'
    width: number
    height: number
    scale?: number
  }
  interface Plotly {
    react(
      element: HTMLElement,
      data: PlotObject[],
      layout: PlotObject,
      config: PlotObject,
    ): Promise<HTMLElement>
    purge(element: HTMLElement): void
    toImage(element: HTMLElement, options: ImageOptions): Promise<string>
    Plots: { resize(element: HTMLElement): void }
  }
  const plotly: Plotly
  export default plotly
}
