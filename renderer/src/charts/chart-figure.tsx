import { useMemo, useRef, useState } from 'react'
import { toCsv } from '../format/csv'
import { download, downloadUrl, safeFileName } from '../format/download'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import type { ChartSpec } from './chart-spec'
import { sameSpec, toPlotly, toRows } from './chart-spec'
import { numberFormatForUnit, XLSX_TYPE, xlsxWorkbook } from '../format/xlsx'
import { loadPlotly } from './load-plotly'
import { Plot } from './plot'

/** Exported images are drawn at a fixed print size, whatever the window's. */
const IMAGE_SIZE = { width: 1200, height: 600 }

export interface ChartFigureProps {
  /** Stable id: the test id of the plot and the base of exported file names. */
  readonly id: string
  readonly title: string
  readonly spec: ChartSpec
  /** Prefixed to exported file names (the scenario's name). */
  readonly filePrefix: string
  readonly caption?: string
}

/** A titled chart with its exports: PNG and SVG of the drawing, CSV of the numbers behind it. */
export function ChartFigure({ id, title, spec, filePrefix, caption }: ChartFigureProps) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const element = useRef<HTMLElement | null>(null)
  // A new projection often leaves a chart's numbers as they were (a DST move does not change the
  // jobs by sector): keep the old spec then, and the chart is not redrawn.
  const [stable, setStable] = useState(spec)
  if (stable !== spec && !sameSpec(stable, spec)) setStable(spec)
  const { data, layout } = useMemo(() => toPlotly(stable, language), [stable, language])
  const fileName = `${safeFileName(filePrefix)}-${id}`
  const exportImage = async (format: 'png' | 'svg') => {
    if (!element.current) return
    const plotly = await loadPlotly()
    const url = await plotly.toImage(element.current, { format, ...IMAGE_SIZE })
    downloadUrl(`${fileName}.${format}`, url)
  }
  const rows = () =>
    toRows(stable, t('yearCol'), { lower: t('lowerBound'), upper: t('upperBound') })
  const exportCsv = () => {
    download(`${fileName}.csv`, toCsv(rows(), language), 'text/csv;charset=utf-8')
  }
  // The same numbers as a spreadsheet: year column, then one numeric column per series.
  const exportXlsx = () => {
    const [header = [], ...body] = rows()
    const columns = header.map((cell, i) => ({
      header: String(cell),
      numberFormat: numberFormatForUnit(i === 0 ? 'year' : stable.unit),
    }))
    download(`${fileName}.xlsx`, xlsxWorkbook(title, columns, body), XLSX_TYPE)
  }
  const headingId = `chart-${id}-title`
  return (
    <figure className="chart" aria-labelledby={headingId}>
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
          <button
            type="button"
            onClick={exportXlsx}
            aria-label={`${t('exportAs')} XLSX — ${title}`}
          >
            {t('exportXlsx')}
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
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  )
}
