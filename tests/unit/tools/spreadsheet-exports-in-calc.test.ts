import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { toCsv } from '../../../renderer/src/format/csv'
import { numberFormatForUnit, xlsxWorkbook } from '../../../renderer/src/format/xlsx'
import { Calc, sameNumber } from '../../helpers/libreoffice'
import type { CalcCell } from '../../helpers/libreoffice'
import { findSoffice } from '../../helpers/test-tools'

const soffice = findSoffice()
const dir = mkdtempSync(join(tmpdir(), 'levier-table-exports-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const header = ['Année', 'Besoin de financement (Md€)', 'Emplois déplacés (ETP)', 'Part', 'Note']
const rows: Array<Array<string | number>> = [
  [2024, 15.5, 0, 0.125, 'Sécurité sociale ; « TSN »'],
  [2025, -1234.5678, 12345.25, -0.5, 'dit "oui", puis\nnon'],
  [2026, Number.NaN, 3, 1, 'Total'],
]

/** What the writers were given, as Calc should hold it: no value is an empty cell. */
const expected: CalcCell[][] = [
  header,
  ...rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' && !Number.isFinite(cell) ? null : cell)),
  ),
]

function expectSheet(read: CalcCell[][] | undefined, what: string) {
  expect(read?.length, what).toBe(expected.length)
  expected.forEach((row, r) =>
    row.forEach((want, c) => {
      const cell = read?.[r]?.[c] ?? null
      const same =
        typeof want === 'number' && typeof cell === 'number'
          ? sameNumber(cell, want)
          : cell === want
      if (!same) expect(cell, `${what}: row ${r + 1}, column ${c + 1}`).toEqual(want)
    }),
  )
}

// The page's table exports as an analyst opens them: the French CSV with Calc's French import
// options, and the XLSX (a deflated ZIP of our XML parts) by its own format.
describe.skipIf(!soffice)('table exports opened by LibreOffice Calc', { timeout: 120_000 }, () => {
  it('reads the French CSV and the XLSX back with the same numbers, signs and texts', () => {
    const csv = join(dir, 'table.csv')
    const xlsx = join(dir, 'table-xlsx.xlsx')
    writeFileSync(csv, toCsv([header, ...rows], 'fr'))
    const units = ['year', 'bn_eur', 'fte', 'share'] as const
    const columns = header.map((text, i) => {
      const unit = units[i]
      return { header: text, numberFormat: unit && numberFormatForUnit(unit) }
    })
    writeFileSync(xlsx, xlsxWorkbook('Tableau', columns, rows))
    const calc = new Calc(soffice!)
    try {
      expectSheet(calc.read([csv], 'fr').get('table.csv'), 'CSV')
      expectSheet(calc.read([xlsx]).get('table-xlsx.xlsx'), 'XLSX')
    } finally {
      calc.dispose()
    }
  })
})
