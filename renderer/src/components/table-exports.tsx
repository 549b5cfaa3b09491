import type { Unit } from '@shared/model/engine/units'
import { UNITS } from '@shared/model/engine/units'
import { toCsv } from '../format/csv'
import { download, safeFileName } from '../format/download'
import { numberFormatForUnit, XLSX_TYPE, xlsxWorkbook } from '../format/xlsx'
import type { XlsxCell } from '../format/xlsx'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'

export interface ExportColumn {
  readonly header: string
  /** The unit of the column's numbers, written after its header and setting its XLSX format. */
  readonly unit?: Unit
}

/**
 * CSV and XLSX exports of a table: the same header and rows in both, numbers as numbers (CSV in
 * the interface language's spreadsheet convention, XLSX as numeric cells with a format per unit).
 */
export function TableExports({
  fileName,
  sheetName,
  columns,
  rows,
  label,
}: {
  fileName: string
  sheetName: string
  columns: readonly ExportColumn[]
  rows: ReadonlyArray<readonly XlsxCell[]>
  /** Names the buttons for assistive technology, when several tables sit on one screen. */
  label?: string
}) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const base = safeFileName(fileName)
  const headers = columns.map((c) =>
    c.unit ? `${c.header} (${UNITS[c.unit][language]})` : c.header,
  )
  const exportCsv = () => {
    const body = rows.map((row) => row.map((cell) => cell ?? ''))
    download(`${base}.csv`, toCsv([headers, ...body], language), 'text/csv;charset=utf-8')
  }
  const exportXlsx = () => {
    const bytes = xlsxWorkbook(
      sheetName,
      columns.map((c, i) => ({
        header: headers[i] ?? c.header,
        ...(c.unit ? { numberFormat: numberFormatForUnit(c.unit) } : {}),
      })),
      rows,
    )
    download(`${base}.xlsx`, bytes, XLSX_TYPE)
  }
  const suffix = label ? ` — ${label}` : ''
  return (
    <div className="actions start">
      <button type="button" onClick={exportCsv} aria-label={`${t('exportCsv')}${suffix}`}>
        {t('exportCsv')}
      </button>
      <button type="button" onClick={exportXlsx} aria-label={`${t('exportXlsxAction')}${suffix}`}>
        {t('exportXlsxAction')}
      </button>
    </div>
  )
}
