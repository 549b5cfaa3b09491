import { HEAD_MARK } from './csv'
import type { CsvDialect } from './csv'

/** A CSV file read back: its head (what produced it, in order) and its rows of texts. */
export interface ReadCsv {
  readonly head: Array<[string, string]>
  readonly rows: string[][]
}

/**
 * Reads what `csvText` writes (RFC 4180: quoted fields, doubled quotes, CRLF or LF, an optional
 * byte-order mark), so tests and tools check an export by its content rather than its bytes. The
 * head's `# label` rows and the empty line after them come back apart from the table. Fields stay
 * texts: numbers are read with `csvNumber`, in the file's dialect.
 */
export function readCsv(text: string, dialect: CsvDialect): ReadCsv {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const body = text.startsWith('\ufeff') ? text.slice(1) : text
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string
    if (quoted) {
      if (c !== '"') cell += c
      else if (body[i + 1] === '"') {
        cell += '"'
        i++
      } else quoted = false
    } else if (c === '"') quoted = true
    else if (c === dialect.separator) {
      row.push(cell)
      cell = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row.length === 1 && row[0] === '' ? [] : row)
      row = []
      cell = ''
    } else cell += c
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  const head: Array<[string, string]> = []
  let first = 0
  while (rows[first]?.[0]?.startsWith(HEAD_MARK)) {
    const [label = '', value = ''] = rows[first] as string[]
    head.push([label.slice(HEAD_MARK.length), value])
    first++
  }
  // The empty line that ends a head belongs to it.
  if (head.length > 0 && rows[first]?.length === 0) first++
  return { head, rows: rows.slice(first) }
}

/** A field's number in the dialect (decimal comma or point); NaN for an empty or other field. */
export function csvNumber(field: string | undefined, dialect: CsvDialect): number {
  if (field === undefined || field.trim() === '') return Number.NaN
  const text = dialect.decimalMark === ',' ? field.replace(',', '.') : field
  return /^[+-]?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text) ? Number(text) : Number.NaN
}
