/**
 * The one CSV writer (RFC 4180): records end in CRLF, the last one too; a field is quoted when it
 * holds the separator, a double quote or a line break, its quotes doubled. A number that has no
 * value (NaN, ±Infinity) leaves its field empty. The dialect says what differs between readers.
 */
export interface CsvDialect {
  /** Between fields: `;` where the decimal mark is a comma (French Excel), `,` elsewhere. */
  readonly separator: ',' | ';'
  readonly decimalMark: '.' | ','
  /** A UTF-8 byte-order mark first, which Excel needs to read accents right. */
  readonly byteOrderMark: boolean
}

export type CsvCell = string | number

/**
 * A text a spreadsheet would read as a formula (it starts with = + - @, a tab or a carriage
 * return: a scenario named `=HYPERLINK(…)` would become a live link) is written with a leading
 * apostrophe, as OWASP advises for CSV injection; a plain signed number written as text is not.
 */
const FORMULA_START = /^[=+\-@\t\r]/
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/

function defused(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text
}

/** For scripts and any spreadsheet locale: `,` between fields, decimal points, no byte-order mark. */
export const PLAIN_CSV: CsvDialect = { separator: ',', decimalMark: '.', byteOrderMark: false }

function field(value: CsvCell, dialect: CsvDialect): string {
  const text =
    typeof value === 'number'
      ? Number.isFinite(value)
        ? String(value).replace('.', dialect.decimalMark)
        : ''
      : defused(value)
  return text.includes(dialect.separator) || /["\r\n]/.test(text)
    ? `"${text.replace(/"/g, '""')}"`
    : text
}

/**
 * What produced a file, as (label, value) pairs: written first, one `# label` row each, then an
 * empty line before the table. Spreadsheets read them as two plain cells; `readCsv` sets them apart.
 */
export type CsvHead = ReadonlyArray<readonly [string, string]>

/** The first cell of a head row starts with it. */
export const HEAD_MARK = '# '

/**
 * The rows as CSV text, after the head when there is one; an empty row is an empty line (a break
 * between two tables of one file).
 */
export function csvText(
  rows: ReadonlyArray<ReadonlyArray<CsvCell>>,
  dialect: CsvDialect,
  head: CsvHead = [],
): string {
  const headRows = head.length > 0 ? [...head.map(([k, v]) => [`${HEAD_MARK}${k}`, v]), []] : []
  const lines = [...headRows, ...rows].map((row) =>
    row.map((value) => field(value, dialect)).join(dialect.separator),
  )
  return `${dialect.byteOrderMark ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`
}
