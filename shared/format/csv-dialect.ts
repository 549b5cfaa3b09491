import type { Language } from '../app-identity'
import type { CsvDialect } from './csv'
import { decimalSeparator } from './format-number'

/**
 * CSV as each language's spreadsheet expects it: the locale's decimal mark, and `;` between
 * fields where that mark is a comma (as French Excel reads it), `,` otherwise. A byte-order mark
 * tells Excel it is UTF-8. The app writes its exports in it; tests read them back in it.
 */
export function csvDialect(language: Language): CsvDialect {
  // The CSV dialect knows only these two marks.
  const decimalMark = decimalSeparator(language) === ',' ? ',' : '.'
  return { separator: decimalMark === ',' ? ';' : ',', decimalMark, byteOrderMark: true }
}
