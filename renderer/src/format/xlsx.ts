import type { Unit } from '@shared/model/engine/units'
import { zipSync } from 'fflate'

/**
 * A one-sheet XLSX workbook (Office Open XML, ECMA-376): numbers as numeric cells, a bold header
 * row of inline strings frozen at the top, and a number format per column. Pure: builds bytes.
 * The XML parts are written here; fflate packs them into the ZIP container (deflated, as Excel
 * and Calc write their own files).
 */
export interface XlsxColumn {
  readonly header: string
  /** An Excel number format code (locale-neutral: Excel shows it with the reader's separators). */
  readonly numberFormat?: string
  /** Width in characters. */
  readonly width?: number
}

export type XlsxCell = string | number | null

/** The media type of an XLSX file, for downloads. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships'
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

/** The number format that suits a unit's values, as the ledger and charts export them. */
export function numberFormatForUnit(unit: Unit): string | undefined {
  switch (unit) {
    case 'bn_eur':
      return '#,##0.000'
    case 'fte':
    case 'persons':
    case 'million_hours':
    case 'eur_per_year':
      return '#,##0'
    case 'share':
    case 'share_per_year':
    case 'ratio':
      return '0.0%'
    case 'pct_gdp':
      return '0.00'
    case 'kt_co2e':
      return '#,##0.0'
    case 'year':
      return '0'
    default:
      return undefined
  }
}

/** Text safe inside XML: escaped, and without the control characters XML 1.0 forbids. */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** A sheet name Excel accepts: 1 to 31 characters, none of []:*?/\, not quoted at either end. */
export function safeSheetName(name: string): string {
  const printable = [...name].map((c) => (c.charCodeAt(0) < 32 || '[]:*?/\\'.includes(c) ? ' ' : c))
  // 31 characters as Excel counts them (UTF-16 units), without splitting a surrogate pair.
  let cut = printable.join('').trim().slice(0, 31)
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, 30)
  let previous = ''
  while (previous !== cut) {
    previous = cut
    cut = cut.trim().replace(/^'+|'+$/g, '')
  }
  return cut === '' ? 'Sheet1' : cut
}

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

function stylesXml(formats: readonly string[]): string {
  const numFmts = formats
    .map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(code)}"/>`)
    .join('')
  const numberXfs = formats
    .map(
      (_, i) =>
        `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    )
    .join('')
  return (
    `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
    (formats.length > 0 ? `<numFmts count="${formats.length}">${numFmts}</numFmts>` : '') +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
    '<fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${2 + formats.length}">` +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">' +
    '<alignment wrapText="1" vertical="top"/></xf>' +
    `${numberXfs}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  )
}

function stringCell(ref: string, text: string, style: number): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : ''
  return `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t${space}>${xmlText(text)}</t></is></c>`
}

function sheetXml(
  columns: readonly XlsxColumn[],
  rows: ReadonlyArray<readonly XlsxCell[]>,
  styleOf: number[],
): string {
  const width = Math.max(columns.length, ...rows.map((r) => r.length), 1)
  const header = columns.map((c, i) => stringCell(`${columnName(i)}1`, c.header, 1)).join('')
  const body = rows
    .map((row, r) => {
      const line = r + 2
      const cells = row
        .map((value, i) => {
          const ref = `${columnName(i)}${line}`
          if (value === null) return ''
          if (typeof value === 'string') return stringCell(ref, value, 0)
          // Non-finite numbers have no spreadsheet value: the cell stays empty.
          if (!Number.isFinite(value)) return ''
          const style = styleOf[i] ?? 0
          return `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${String(value)}</v></c>`
        })
        .join('')
      return `<row r="${line}">${cells}</row>`
    })
    .join('')
  const cols = columns
    .map((c, i) => {
      const chars = c.width ?? Math.min(40, Math.max(10, c.header.length * 0.6 + 2))
      return `<col min="${i + 1}" max="${i + 1}" width="${chars.toFixed(1)}" customWidth="1"/>`
    })
    .join('')
  const last = `${columnName(width - 1)}${rows.length + 1}`
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<dimension ref="A1:${last}"/>` +
    '<sheetViews><sheetView workbookViewId="0">' +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '</sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData><row r="1">${header}</row>${body}</sheetData>` +
    '</worksheet>'
  )
}

const SHEET_TYPES = (count: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('')

/** Every value a text cell: versions (2.0.0) and dates stay as written. */
function provenanceSheetXml({ head }: XlsxProvenance): string {
  const [first = ['', ''], ...rest] = head
  return sheetXml(
    [
      { header: first[0], width: 30 },
      { header: first[1], width: 60 },
    ],
    rest.map(([label, value]) => [label, value]),
    [],
  )
}

/** What produced the figures: (label, value) pairs on a second sheet, named `sheet`. */
export interface XlsxProvenance {
  readonly sheet: string
  readonly head: ReadonlyArray<readonly [string, string]>
}

/**
 * The workbook's bytes: a sheet named `sheetName` (made safe), the header row, then `rows`; with
 * a provenance, a second sheet of it (its first pair as the header row), so the table's sheet
 * stays one header row and its data, as a spreadsheet sorts and filters it.
 */
export function xlsxWorkbook(
  sheetName: string,
  columns: readonly XlsxColumn[],
  rows: ReadonlyArray<readonly XlsxCell[]>,
  options: { readonly modified?: Date; readonly provenance?: XlsxProvenance } = {},
): Uint8Array {
  const { modified = new Date(), provenance } = options
  const formats = [...new Set(columns.flatMap((c) => (c.numberFormat ? [c.numberFormat] : [])))]
  const styleOf = columns.map((c) => (c.numberFormat ? 2 + formats.indexOf(c.numberFormat) : 0))
  const encoder = new TextEncoder()
  // Insertion order is the archive's order: [Content_Types].xml first, as Office writes it.
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      SHEET_TYPES(provenance ? 2 : 1) +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '</Types>',
    '_rels/.rels':
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      '</Relationships>',
    'xl/workbook.xml':
      `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
      `<sheets><sheet name="${xmlText(safeSheetName(sheetName))}" sheetId="1" r:id="rId1"/>` +
      (provenance
        ? `<sheet name="${xmlText(safeSheetName(provenance.sheet))}" sheetId="2" r:id="rId3"/>`
        : '') +
      '</sheets>' +
      '</workbook>',
    'xl/_rels/workbook.xml.rels':
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
      (provenance
        ? `<Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>`
        : '') +
      '</Relationships>',
    'xl/worksheets/sheet1.xml': sheetXml(columns, rows, styleOf),
    ...(provenance ? { 'xl/worksheets/sheet2.xml': provenanceSheetXml(provenance) } : {}),
    'xl/styles.xml': stylesXml(formats),
  }
  return zipSync(
    Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, encoder.encode(xml)])),
    { mtime: modified },
  )
}
