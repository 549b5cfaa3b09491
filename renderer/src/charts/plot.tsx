import { useEffect, useRef } from 'react'
import type { PlotObject } from 'plotly.js-strict-dist-min'
import { loadPlotly } from './load-plotly'

export interface PlotProps {
  readonly data: PlotObject[]
  readonly layout: PlotObject
  /** The chart's accessible name (the drawing itself is an image to assistive technology). */
  readonly label: string
  readonly testId?: string
  /** Called with the drawn element after every redraw (exports, drag handlers). */
  readonly onDrawn?: (element: HTMLElement) => void
}

/** Laid out by CSS; Plotly only fills the box it is given. */
const BASE_LAYOUT: PlotObject = {
  autosize: true,
  margin: { t: 12, r: 12, b: 36, l: 64 },
  font: { family: 'system-ui, "Segoe UI", Roboto, sans-serif', size: 12, color: '#1f2933' },
  paper_bgcolor: 'rgba(0,0,0,0)',
  plot_bgcolor: 'rgba(0,0,0,0)',
  legend: { orientation: 'h', y: -0.18, x: 0 },
  hovermode: 'x unified',
}
const CONFIG: PlotObject = {
  displaylogo: false,
  responsive: false,
  // Our own export buttons write PNG/SVG/CSV with the right names; the mode bar would duplicate them.
  displayModeBar: false,
}

/**
 * A thin wrapper over Plotly.react: redraws when data or layout change, follows its box's size,
 * and frees Plotly's state when unmounted. Marks `levier:chart-drawn` after each redraw, which the
 * performance benchmark reads.
 */
export function Plot({ data, layout, label, testId, onDrawn }: PlotProps) {
  const ref = useRef<HTMLDivElement>(null)
  const drawn = useRef(onDrawn)
  useEffect(() => {
    drawn.current = onDrawn
  })
  useEffect(() => {
    let cancelled = false
    const element = ref.current
    if (!element) return
    void loadPlotly().then(async (plotly) => {
      if (cancelled) return
      await plotly.react(element, data, { ...BASE_LAYOUT, ...layout }, CONFIG)
      if (cancelled) return
      element.dataset.drawn = String(Number(element.dataset.drawn ?? 0) + 1)
      performance.mark('levier:chart-drawn', { detail: testId ?? label })
      drawn.current?.(element)
    })
    return () => {
      cancelled = true
    }
  }, [data, layout, label, testId])
  useEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => {
      if (element.dataset.drawn) void loadPlotly().then((plotly) => plotly.Plots.resize(element))
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
      void loadPlotly().then((plotly) => plotly.purge(element))
    }
  }, [])
  return <div ref={ref} className="plot" role="img" aria-label={label} data-testid={testId} />
}
