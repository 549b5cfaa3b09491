import type { Language } from '@shared/app-identity'
import { csvText } from '@shared/format/csv'
import type { CsvCell } from '@shared/format/csv'

/**
 * CSV as each language's spreadsheet expects it: French Excel reads `;` between fields and a
 * decimal comma, English `,` and a decimal point. A byte-order mark tells Excel it is UTF-8.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>, language: Language): string {
  const separator = language === 'fr' ? ';' : ','
  return csvText(rows, {
    separator,
    decimalMark: separator === ';' ? ',' : '.',
    byteOrderMark: true,
  })
}
