import { useEffect, useRef } from 'react'
import type { PlotObject } from 'plotly.js-basic-dist-min'
import { loadPlotly } from './load-plotly'
import { withBaseLayout } from './base-layout'
import { chartDrawn } from './first-chart'

export interface PlotProps {
  readonly data: PlotObject[]
  readonly layout: PlotObject
  /** The chart's accessible name (the drawing itself is an image to assistive technology). */
  readonly label: string
  /** The id of the text that says where the chart's numbers are (its data table). */
  readonly describedBy?: string
  readonly testId?: string
  /** Called with the drawn element after every redraw (exports, drag handlers). */
  readonly onDrawn?: (element: HTMLElement) => void
}

const CONFIG: PlotObject = {
  displaylogo: false,
  responsive: false,
  // Our own export buttons write PNG/SVG/CSV with the right names; the mode bar would duplicate them.
  displayModeBar: false,
}

/**
 * A thin wrapper over Plotly.react: redraws when data or layout change, follows its box's size,
 * and frees Plotly's state when unmounted. A chart out of view is not redrawn until it comes into
 * view, and a redraw asked for while one is running waits and takes the newest figure: a slider
 * dragged over a dashboard costs only the charts the analyst can see.
 *
 * For the performance benchmark: `levier:chart-queued` is marked when a visible chart is given a
 * new figure, `levier:chart-drawn` when it has been drawn.
 */
export function Plot({ data, layout, label, describedBy, testId, onDrawn }: PlotProps) {
  const ref = useRef<HTMLDivElement>(null)
  const drawn = useRef(onDrawn)
  const state = useRef({ visible: typeof IntersectionObserver === 'undefined', drawing: false })
  const figure = useRef({ data, layout, version: 0, drawnVersion: -1 })
  const name = testId ?? label
  const drawLatest = useRef(() => {})
  useEffect(() => {
    drawn.current = onDrawn
    drawLatest.current = () => {
      const element = ref.current
      const current = figure.current
      if (!element || !state.current.visible || state.current.drawing) return
      if (current.drawnVersion === current.version) return
      state.current.drawing = true
      const version = current.version
      void loadPlotly()
        .then(async (plotly) => {
          const start = performance.now()
          const { data: traces, layout: chartLayout } = current
          await plotly.react(element, traces, withBaseLayout(chartLayout), CONFIG)
          current.drawnVersion = version
          element.dataset.drawn = String(Number(element.dataset.drawn ?? 0) + 1)
          performance.measure('levier:chart-draw', { start, detail: name })
          performance.mark('levier:chart-drawn', { detail: name })
          chartDrawn()
          drawn.current?.(element)
        })
        .finally(() => {
          state.current.drawing = false
          // A newer figure arrived while this one was drawn.
          if (current.version !== current.drawnVersion) drawLatest.current()
        })
    }
  })
  useEffect(() => {
    const current = figure.current
    current.data = data
    current.layout = layout
    current.version++
    if (state.current.visible) performance.mark('levier:chart-queued', { detail: name })
    drawLatest.current()
  }, [data, layout, name])
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const resize =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            if (element.dataset.drawn)
              void loadPlotly().then((plotly) => plotly.Plots.resize(element))
          })
    resize?.observe(element)
    const visibility =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => {
            state.current.visible = entries.some((entry) => entry.isIntersecting)
            drawLatest.current()
          })
    visibility?.observe(element)
    return () => {
      resize?.disconnect()
      visibility?.disconnect()
      void loadPlotly().then((plotly) => plotly.purge(element))
    }
  }, [])
  return (
    <div
      ref={ref}
      className="plot"
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      data-testid={testId}
    />
  )
}
