import type { Language } from '@shared/app-identity'
import { csvText } from '@shared/format/csv'
import type { CsvCell } from '@shared/format/csv'
import { decimalSeparator } from '@shared/format/format-number'

/**
 * CSV as each language's spreadsheet expects it: the locale's decimal mark, and `;` between
 * fields where that mark is a comma (as French Excel reads it), `,` otherwise. A byte-order mark
 * tells Excel it is UTF-8.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>, language: Language): string {
  // The CSV dialect knows only these two marks.
  const decimalMark = decimalSeparator(language) === ',' ? ',' : '.'
  return csvText(rows, {
    separator: decimalMark === ',' ? ';' : ',',
    decimalMark,
    byteOrderMark: true,
  })
}
