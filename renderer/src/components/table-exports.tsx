import type { Unit } from '@shared/model/engine/units'
import { UNITS } from '@shared/model/engine/units'
import { shownRows, toCsv } from '../format/csv'
import { useExportHead } from '../format/export-provenance'
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
 * the interface language's spreadsheet convention, rounded as the screen shows them; XLSX as
 * numeric cells at full precision, with a format per unit), and what produced them first (CSV)
 * or on a sheet of its own (XLSX).
 */
export function TableExports({
  fileName,
  sheetName,
  columns,
  rows,
  rowUnits,
  label,
}: {
  fileName: string
  sheetName: string
  columns: readonly ExportColumn[]
  rows: ReadonlyArray<readonly XlsxCell[]>
  /** The unit of each row's numbers, in the columns that have none (a table of indicators). */
  rowUnits?: ReadonlyArray<Unit | undefined>
  /** Names the buttons for assistive technology, when several tables sit on one screen. */
  label?: string
}) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const exportHead = useExportHead()
  const base = safeFileName(fileName)
  const headers = columns.map((c) =>
    c.unit ? `${c.header} (${UNITS[c.unit][language]})` : c.header,
  )
  const exportCsv = () => {
    const body = shownRows(rows, (r, c) => columns[c]?.unit ?? rowUnits?.[r])
    const csv = toCsv([headers, ...body], language, exportHead().head)
    download(`${base}.csv`, csv, 'text/csv;charset=utf-8')
  }
  const exportXlsx = () => {
    const bytes = xlsxWorkbook(
      sheetName,
      columns.map((c, i) => ({
        header: headers[i] ?? c.header,
        ...(c.unit ? { numberFormat: numberFormatForUnit(c.unit) } : {}),
      })),
      rows,
      { provenance: exportHead() },
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
