import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { crc32 as nodeCrc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  columnName,
  numberFormatForUnit,
  safeSheetName,
  xlsxWorkbook,
} from '../../../renderer/src/format/xlsx'
import { crc32, zipStored } from '../../../renderer/src/format/zip'
import { readXlsx } from '../../helpers/xlsx-read'

interface Read {
  name: string
  method: number
  flags: number
  crc: number
  data: Uint8Array
}

/** Reads a ZIP from its end record and central directory, checking each local header agrees. */
function readZip(bytes: Uint8Array): Read[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = bytes.length - 22
  expect(view.getUint32(end, true)).toBe(0x06054b50)
  const count = view.getUint16(end + 10, true)
  const size = view.getUint32(end + 12, true)
  let at = view.getUint32(end + 16, true)
  expect(at + size).toBe(end)
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const entries: Read[] = []
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50)
    const flags = view.getUint16(at + 8, true)
    const method = view.getUint16(at + 10, true)
    const crc = view.getUint32(at + 16, true)
    const compressed = view.getUint32(at + 20, true)
    const length = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extra = view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    const local = view.getUint32(at + 42, true)
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    expect(compressed).toBe(length)
    // The local header repeats what the central directory says.
    expect(view.getUint32(local, true)).toBe(0x04034b50)
    expect(view.getUint32(local + 14, true)).toBe(crc)
    expect(view.getUint32(local + 22, true)).toBe(length)
    const localName = view.getUint16(local + 26, true)
    const start = local + 30 + localName + view.getUint16(local + 28, true)
    expect(decoder.decode(bytes.subarray(local + 30, local + 30 + localName))).toBe(name)
    entries.push({ name, method, flags, crc, data: bytes.subarray(start, start + length) })
    at += 46 + nameLength + extra
  }
  return entries
}

describe('CRC-32 and the stored ZIP', () => {
  it('matches the standard check value and zlib on random data', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array())).toBe(0)
    for (const length of [1, 7, 255, 4096, 100_003]) {
      const data = new Uint8Array(randomBytes(length))
      expect(crc32(data)).toBe(nodeCrc32(data))
    }
  })

  it('writes entries read back byte for byte, with UTF-8 names and correct CRCs', () => {
    const encoder = new TextEncoder()
    const files = [
      { name: 'a.txt', data: encoder.encode('hello') },
      { name: 'dossier/été €.xml', data: encoder.encode('<x>Besoin de financement</x>') },
      { name: 'empty', data: new Uint8Array() },
    ]
    const zip = zipStored(files, new Date(2025, 10, 28, 14, 30, 10))
    const read = readZip(zip)
    expect(read.map((e) => e.name)).toEqual(files.map((f) => f.name))
    read.forEach((entry, i) => {
      expect(entry.method).toBe(0)
      expect(entry.flags & 0x0800).toBe(0x0800)
      expect(Array.from(entry.data)).toEqual(Array.from(files[i]?.data ?? []))
      expect(entry.crc).toBe(nodeCrc32(entry.data))
    })
    const checked = readXlsxZipWithPython(zip)
    expect(checked).toEqual(['a.txt', 'dossier/été €.xml', 'empty'])
  })
})

/** Python's zipfile: testzip() re-reads every entry and checks its CRC. */
function readXlsxZipWithPython(zip: Uint8Array): string[] {
  const script =
    'import sys, zipfile, json, io\n' +
    'z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))\n' +
    'assert z.testzip() is None\n' +
    'print(json.dumps(z.namelist()))'
  return JSON.parse(
    execFileSync('python3', ['-c', script], { input: zip, encoding: 'utf8' }),
  ) as string[]
}

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

  it('holds the OOXML parts a spreadsheet needs, each with a correct CRC', () => {
    const read = readZip(bytes)
    expect(read.map((e) => e.name)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
      'xl/styles.xml',
    ])
    for (const entry of read) expect(entry.crc).toBe(nodeCrc32(entry.data))
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
