import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** A cell as LibreOffice Calc holds it: a number, a text, or nothing. */
export type CalcCell = string | number | null

// Calc writes each sheet back as tab-separated UTF-8 with its raw values (not as shown), so a number
// reads back to 15 significant digits and a cell Calc took for text keeps its own spelling.
const OUTPUT = 'csv:Text - txt - csv (StarCalc):9,34,76,1,,1033,false,false,false'
// How an analyst's Calc opens our CSV: the app writes `;` and decimal commas in French (read with
// the French locale, 1036), `,` and decimal points in English (1033); UTF-8 (76) in both.
const CSV_INPUT = { fr: 'CSV:59,34,76,1,,1036', en: 'CSV:44,34,76,1,,1033' } as const

/** Delimited text as rows of fields (quotes as RFC 4180): Calc's output, or the app's CSV. */
export function parseDelimited(text: string, separator = '\t'): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const endField = () => {
    row.push(field)
    field = ''
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === separator) endField()
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      endField()
      rows.push(row)
      row = []
    } else field += c
  }
  if (field !== '' || row.length > 0) {
    endField()
    rows.push(row)
  }
  return rows
}

/** A raw field as a cell: Calc writes numbers with a point (percent-formatted ones with a %). */
export function calcCell(field: string): CalcCell {
  if (field === '') return null
  const number = /^-?\d+(\.\d+)?([eE][-+]?\d+)?(%?)$/.exec(field)
  if (!number) return field
  const value = Number(field.replace('%', ''))
  return number[3] ? value / 100 : value
}

/**
 * LibreOffice Calc, headless, with a profile of its own (parallel runs would otherwise fight over
 * the user's profile lock). Each `read` is one soffice start for many files: starting is most of
 * the cost.
 */
export class Calc {
  private readonly dir = mkdtempSync(join(tmpdir(), 'levier-calc-'))
  private runs = 0

  constructor(private readonly soffice: string) {}

  /**
   * Every file opened as Calc opens it and its first sheet read back, keyed by file name. CSV files
   * are read with the import options of `csvLanguage`; others (XLSX) by their own format.
   */
  read(files: readonly string[], csvLanguage?: 'fr' | 'en'): Map<string, CalcCell[][]> {
    const out = join(this.dir, `out-${++this.runs}`)
    mkdirSync(out)
    const inFilter = csvLanguage ? [`--infilter=${CSV_INPUT[csvLanguage]}`] : []
    execFileSync(
      this.soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(this.dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        ...inFilter,
        '--convert-to',
        OUTPUT,
        '--outdir',
        out,
        ...files,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    )
    const sheets = new Map<string, CalcCell[][]>()
    for (const file of files) {
      const name = basename(file)
      const converted = join(out, `${basename(file, extname(file))}.csv`)
      const text = readFileSync(converted, 'utf8')
      sheets.set(
        name,
        parseDelimited(text).map((row) => row.map(calcCell)),
      )
    }
    return sheets
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}

/**
 * Our own reading of a CSV the app wrote, independent of Calc: `;` and decimal commas in French.
 * What the screen's table holds, as the analyst expects the spreadsheet to show it.
 */
export function readAppCsv(text: string, language: 'fr' | 'en'): CalcCell[][] {
  const rows = parseDelimited(text.replace(/^\ufeff/, ''), language === 'fr' ? ';' : ',')
  const number = language === 'fr' ? /^-?\d+(,\d+)?(e[-+]?\d+)?$/ : /^-?\d+(\.\d+)?(e[-+]?\d+)?$/
  return rows.map((row) =>
    row.map((field) =>
      field === '' ? null : number.test(field) ? Number(field.replace(',', '.')) : field,
    ),
  )
}

/**
 * Equal as Calc writes numbers back: 15 significant digits, 13 in scientific notation (tiny
 * differences such as 1e-8 Md€); far below anything the tables show.
 */
export function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b))
}
