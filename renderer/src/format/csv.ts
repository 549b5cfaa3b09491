import type { Language } from '@shared/app-identity'
import { csvText } from '@shared/format/csv'
import type { CsvCell, CsvHead } from '@shared/format/csv'
import { csvDialect } from '@shared/format/csv-dialect'
import { roundAsShown } from '@shared/format/format-value'
import type { Unit } from '@shared/model/engine/units'

/** The rows in the language's dialect, after the head (what produced them) when given. */
export function toCsv(
  rows: ReadonlyArray<ReadonlyArray<CsvCell>>,
  language: Language,
  head: CsvHead = [],
): string {
  return csvText(rows, csvDialect(language), head)
}

/**
 * The numbers of `rows` rounded as the screen writes them (the XLSX keeps full precision): each
 * by the unit `unitOf` gives its cell, three figures where it gives none. Texts are kept.
 */
export function shownRows(
  rows: ReadonlyArray<ReadonlyArray<CsvCell | null>>,
  unitOf: (row: number, column: number) => Unit | undefined,
): CsvCell[][] {
  return rows.map((row, r) =>
    row.map((cell, c) =>
      typeof cell === 'number' ? roundAsShown(cell, unitOf(r, c)) : (cell ?? ''),
    ),
  )
}
