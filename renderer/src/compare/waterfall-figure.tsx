import { useMemo, useRef } from 'react'
import type { Unit } from '@shared/model/units'
import { loadPlotly } from '../charts/load-plotly'
import { Plot } from '../charts/plot'
import { toCsv } from '../format/csv'
import { download, downloadUrl, safeFileName } from '../format/download'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { waterfallFigure, waterfallRows } from './waterfall'
import type { WaterfallStep } from './waterfall'

/** Exported images are drawn at a fixed print size, as the other charts'. */
const IMAGE_SIZE = { width: 1200, height: 600 }

export interface WaterfallFigureProps {
  /** Stable id: the test id of the plot and the base of exported file names. */
  readonly id: string
  readonly title: string
  readonly steps: readonly WaterfallStep[]
  readonly unit: Unit
  readonly filePrefix: string
}

/**
 * The attribution waterfall with the same exports as every chart (PNG, SVG, CSV). It is not a
 * ChartSpec (whose x axis is years): its categories are the steps, so it draws with Plot itself.
 */
export function WaterfallFigure({ id, title, steps, unit, filePrefix }: WaterfallFigureProps) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const element = useRef<HTMLElement | null>(null)
  const { data, layout } = useMemo(
    () => waterfallFigure(steps, unit, language),
    [steps, unit, language],
  )
  const fileName = `${safeFileName(filePrefix)}-${id}`
  const exportImage = async (format: 'png' | 'svg') => {
    if (!element.current) return
    const plotly = await loadPlotly()
    const url = await plotly.toImage(element.current, { format, ...IMAGE_SIZE })
    downloadUrl(`${fileName}.${format}`, url)
  }
  const exportCsv = () => {
    const rows = waterfallRows(steps, unit, {
      step: t('attribStepCol'),
      from: t('attribFromCol'),
      change: t('attribChangeCol'),
      to: t('attribToCol'),
    })
    download(`${fileName}.csv`, toCsv(rows, language), 'text/csv;charset=utf-8')
  }
  const headingId = `chart-${id}-title`
  return (
    <figure className="chart waterfall" aria-labelledby={headingId}>
      <div className="chart-head">
        <h3 id={headingId}>{title}</h3>
        <div
          className="chart-exports"
          role="group"
          aria-label={`${t('exportChartLabel')} ${title}`}
        >
          <button
            type="button"
            onClick={() => void exportImage('png')}
            aria-label={`${t('exportAs')} PNG — ${title}`}
          >
            {t('exportPng')}
          </button>
          <button
            type="button"
            onClick={() => void exportImage('svg')}
            aria-label={`${t('exportAs')} SVG — ${title}`}
          >
            {t('exportSvg')}
          </button>
          <button type="button" onClick={exportCsv} aria-label={`${t('exportAs')} CSV — ${title}`}>
            {t('exportChartCsv')}
          </button>
        </div>
      </div>
      <Plot
        data={data}
        layout={layout}
        label={title}
        testId={`chart-${id}`}
        onDrawn={(drawn) => {
          element.current = drawn
        }}
      />
    </figure>
  )
}
