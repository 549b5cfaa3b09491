import type { Unit } from '@shared/model/engine/units'
import { shownRows, toCsv } from '../format/csv'
import { useExportHead } from '../format/export-provenance'
import { download, downloadUrl } from '../format/download'
import { numberFormatForUnit, XLSX_TYPE, xlsxWorkbook } from '../format/xlsx'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { loadPlotly } from './load-plotly'

/** Exported images are drawn at a fixed print size, whatever the window's. */
const IMAGE_SIZE = { width: 1200, height: 600 }

export type FigureRows = Array<Array<string | number>>

/**
 * The exports of a drawn chart: PNG and SVG of the drawing, CSV and XLSX of the numbers behind it
 * (a header row, then data rows). Every chart of the app offers the same four, named alike.
 */
export function FigureExports({
  title,
  fileName,
  element,
  rows,
  columnUnits = [],
  imageHeight = IMAGE_SIZE.height,
}: {
  title: string
  /** The file name without extension, already safe. */
  fileName: string
  /** The drawn chart, once drawn. */
  element: () => HTMLElement | null
  rows: () => FigureRows
  /** The unit of each column's numbers, for the spreadsheet's number formats. */
  columnUnits?: ReadonlyArray<Unit | undefined>
  /** Taller images for charts with many rows (the tornado). */
  imageHeight?: number
}) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const exportHead = useExportHead()
  const exportImage = async (format: 'png' | 'svg') => {
    const drawn = element()
    if (!drawn) return
    const plotly = await loadPlotly()
    downloadUrl(
      `${fileName}.${format}`,
      await plotly.toImage(drawn, { format, width: IMAGE_SIZE.width, height: imageHeight }),
    )
  }
  // Rounded as the chart's hover texts show them; the XLSX keeps full precision.
  const exportCsv = () => {
    const shown = shownRows(rows(), (_, c) => columnUnits[c])
    download(`${fileName}.csv`, toCsv(shown, language, exportHead().head), 'text/csv;charset=utf-8')
  }
  const exportXlsx = () => {
    const [header = [], ...body] = rows()
    const columns = header.map((cell, i) => {
      const unit = columnUnits[i]
      return { header: String(cell), ...(unit ? { numberFormat: numberFormatForUnit(unit) } : {}) }
    })
    const bytes = xlsxWorkbook(title, columns, body, { provenance: exportHead() })
    download(`${fileName}.xlsx`, bytes, XLSX_TYPE)
  }
  const named = (format: string) => `${t('exportAs')} ${format} — ${title}`
  return (
    <div className="chart-exports" role="group" aria-label={`${t('exportChartLabel')} ${title}`}>
      <button type="button" onClick={() => void exportImage('png')} aria-label={named('PNG')}>
        {t('exportPng')}
      </button>
      <button type="button" onClick={() => void exportImage('svg')} aria-label={named('SVG')}>
        {t('exportSvg')}
      </button>
      <button type="button" onClick={exportCsv} aria-label={named('CSV')}>
        {t('exportChartCsv')}
      </button>
      <button type="button" onClick={exportXlsx} aria-label={named('XLSX')}>
        {t('exportXlsx')}
      </button>
    </div>
  )
}
