import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { csvText, PLAIN_CSV } from '@shared/format/csv'
import type { CsvDialect } from '@shared/format/csv'
import { Prng } from '@shared/model/uncertainty/prng'

/** Python's csv module, independent of the writer, reads the text back into rows of strings. */
function readWithPython(text: string, separator: string): string[][] {
  const script =
    'import csv, io, json, sys\n' +
    "text = sys.stdin.buffer.read().decode('utf-8-sig')\n" +
    "print(json.dumps(list(csv.reader(io.StringIO(text, newline=''), delimiter=sys.argv[1]))))"
  return JSON.parse(
    execFileSync('python3', ['-c', script, separator], { input: text, encoding: 'utf8' }),
  ) as string[][]
}

const FRENCH: CsvDialect = { separator: ';', decimalMark: ',', byteOrderMark: true }
/** Text with every character the quoting rule cares about, and some it must leave alone. */
const ALPHABET = ['a', 'é', ' ', ',', ';', '"', '\r', '\n', '\r\n', '€', '😀', "'", '=']

describe('CSV writer', () => {
  it.each([
    ['plain', PLAIN_CSV],
    ['French spreadsheet', FRENCH],
  ])('%s: any text reads back as written, in the same rows and columns', (_, dialect) => {
    const rng = new Prng(11)
    const word = () =>
      Array.from({ length: Math.floor(rng.next() * 6) }, () => {
        return ALPHABET[Math.floor(rng.next() * ALPHABET.length)] as string
      }).join('')
    const rows = Array.from({ length: 40 }, () =>
      Array.from({ length: 1 + Math.floor(rng.next() * 5) }, word),
    )
    const text = csvText(rows, dialect)
    expect(text.startsWith('\ufeff')).toBe(dialect.byteOrderMark)
    expect(text.endsWith('\r\n')).toBe(true)
    // Python reads a record of one empty field as an empty list; a text that a spreadsheet would
    // take for a formula (here, one starting with = or a carriage return) gains an apostrophe.
    const defused = (word: string) => (/^[=\r]/.test(word) ? `'${word}` : word)
    expect(readWithPython(text, dialect.separator)).toEqual(
      rows.map((row) => (row.length === 1 && row[0] === '' ? [] : row.map(defused))),
    )
  })

  it('writes numbers with the dialect’s decimal mark, and no value as an empty field', () => {
    const rows = [[-1234.5678, 1e-7, 2024, Number.NaN, Number.NEGATIVE_INFINITY, 0.5]]
    const plain = readWithPython(csvText(rows, PLAIN_CSV), ',')[0] ?? []
    expect(plain.map((cell) => (cell === '' ? Number.NaN : Number(cell)))).toEqual(
      rows[0]?.map((n) => (Number.isFinite(n) ? n : Number.NaN)),
    )
    const french = readWithPython(csvText(rows, FRENCH), ';')[0] ?? []
    expect(french).toEqual(plain.map((cell) => cell.replace('.', ',')))
    expect(french[0]).toBe('-1234,5678')
  })

  it('writes a text that starts like a formula as text, and a signed number as it is', () => {
    const formulas = [
      '=HYPERLINK("http://example.org")',
      '+cmd',
      "-2+3+cmd|' /C calc'!A0",
      '@SUM(A1)',
    ]
    const plainSigned = ['-12,5', '+3', '-7']
    const read = readWithPython(csvText([[...formulas, ...plainSigned]], FRENCH), ';')[0]
    expect(read).toEqual([...formulas.map((f) => `'${f}`), ...plainSigned])
  })

  it('writes an empty row as an empty line between two tables', () => {
    expect(csvText([['a'], [], ['b']], PLAIN_CSV)).toBe('a\r\n\r\nb\r\n')
  })
})
