import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import {
  columnName,
  numberFormatForUnit,
  safeSheetName,
  xlsxWorkbook,
} from '../../../renderer/src/format/xlsx'
import { readXlsx } from '../../helpers/xlsx-read'

describe('XLSX workbook', () => {
  const columns = [
    { header: 'Année', numberFormat: numberFormatForUnit('year') },
    {
      header: 'Besoin de financement (Md€) <&> "quoted"',
      numberFormat: numberFormatForUnit('bn_eur'),
    },
    { header: 'Emplois déplacés (ETP)', numberFormat: numberFormatForUnit('fte') },
    { header: 'Note' },
  ]
  const rows = [
    [2024, 15.5, 0, ' padded '],
    [2025, -1234.5678, 12345.25, 'a\u0001b'],
    [2026, Number.NaN, Number.POSITIVE_INFINITY, null],
    [2027, 1e-7, 3, 'x'],
  ]
  const bytes = xlsxWorkbook('Compte: 2024/2040 [fr]', columns, rows)

  // Python's zipfile, independent of the writer: testzip() inflates every entry and checks its CRC.
  it('holds the OOXML parts a spreadsheet needs, each with a correct CRC', () => {
    const read = readXlsx(bytes)
    expect(read.bad).toBeNull()
    expect(read.names).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
      'xl/styles.xml',
    ])
  })

  it('reads back in Python: numbers as numeric cells, a bold text header, formats per column', () => {
    const book = readXlsx(bytes)
    expect(book.bad).toBeNull()
    expect(book.sheet).toBe('Compte  2024 2040  fr')
    expect(book.cells.A1).toEqual({ t: 'inlineStr', v: 'Année', format: null, bold: true })
    expect(book.cells.B1?.v).toBe('Besoin de financement (Md€) <&> "quoted"')
    expect(book.cells.B1?.bold).toBe(true)
    expect(book.cells.A2).toEqual({ t: null, v: 2024, format: '0', bold: false })
    expect(book.cells.B2).toEqual({ t: null, v: 15.5, format: '#,##0.000', bold: false })
    expect(book.cells.B3?.v).toBe(-1234.5678)
    expect(book.cells.C3).toEqual({ t: null, v: 12345.25, format: '#,##0', bold: false })
    expect(book.cells.B5?.v).toBe(1e-7)
    // Text keeps its spaces and loses the control characters XML cannot carry.
    expect(book.cells.D2?.v).toBe(' padded ')
    expect(book.cells.D3?.v).toBe('ab')
    // NaN, Infinity and null leave the cell empty.
    expect(book.cells.B4).toBeUndefined()
    expect(book.cells.C4).toBeUndefined()
    expect(book.cells.D4).toBeUndefined()
    expect(book.cells.A4?.v).toBe(2026)
  })

  it('passes unzip’s own integrity test', () => {
    const { path } = readXlsx(bytes)
    expect(execFileSync('unzip', ['-t', path], { encoding: 'utf8' })).toMatch(/No errors detected/)
  })
})

describe('XLSX names', () => {
  it('sheet names: at most 31 characters, none of []:*?/\\, no quote at either end, never empty', () => {
    expect(safeSheetName('a[b]c:d*e?f/g\\h')).toBe('a b c d e f g h')
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31)
    expect(safeSheetName("'quoted'")).toBe('quoted')
    expect(safeSheetName(' ??? ')).toBe('Sheet1')
    expect(safeSheetName('😀'.repeat(16))).toBe('😀'.repeat(15))
  })

  it('column letters', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ])
  })
})
