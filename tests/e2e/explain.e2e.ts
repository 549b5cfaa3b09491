import { csvDialect } from '../../shared/format/csv-dialect'
import { readCsv } from '../../shared/format/csv-read'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import { EQUATIONS } from '../../shared/model/explain/explain-text'
import { LEVER_DEFINITIONS } from '../../shared/model/levers/lever-definitions'
import { GLOBAL_SERIES } from '../../shared/model/engine/series-catalogue'
import en from '../../shared/i18n/en.json' with { type: 'json' }
import fr from '../../shared/i18n/fr.json' with { type: 'json' }
import { readXlsxFile } from '../helpers/xlsx-read'
import { expect, openLevier, test } from './fixtures'

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots')

/** "−1 234,5 Md€" → {value: -1234.5, step: 0.1}; "€1,234.5bn" likewise in English. */
function parseMoney(text: string, language: 'fr' | 'en'): { value: number; step: number } {
  const decimal = language === 'fr' ? ',' : '.'
  const cleaned = text
    .replace(language === 'fr' ? /[\s\u202f]|Md€/g : /[,\s]|€|bn/g, '')
    .replace(/^[−-]/, '-')
  const fraction = cleaned.split(decimal)[1] ?? ''
  return {
    value: Number(cleaned.replace(decimal, '.')),
    step: 10 ** -fraction.length,
  }
}

/** The top-level terms of the open explanation, by label, with their displayed values. */
async function topTerms(dialog: Locator, level = 0): Promise<Map<string, string>> {
  const rows = dialog.locator(`tbody tr[data-level="${level}"]`)
  const terms = new Map<string, string>()
  for (const row of await rows.all()) {
    const label = ((await row.locator('th').textContent()) ?? '').replace(/^[▸▾]/, '').trim()
    terms.set(label, ((await row.locator('td').first().textContent()) ?? '').trim())
  }
  return terms
}

/** A series' label in a language, as the explanations name their terms. */
function seriesLabel(id: string, language: 'fr' | 'en'): string {
  const spec = GLOBAL_SERIES.find((g) => g.id === id)
  if (!spec) throw new Error(`no series ${id}`)
  return spec[language]
}

/**
 * The ROBSS balance identity, with each figure as displayed: the current-law path plus the
 * scenario's effect equals the balance shown, within their rounding.
 */
async function expectBalanceIdentity(dialog: Locator, language: 'fr' | 'en', level = 0) {
  const terms = await topTerms(dialog, level)
  const [path, change] = ['robss_balance_baseline', 'robss_balance_change'].map((id) => {
    const text = terms.get(seriesLabel(id, language))
    expect(text, id).toBeDefined()
    return parseMoney(text as string, language)
  }) as [ReturnType<typeof parseMoney>, ReturnType<typeof parseMoney>]
  const shown = parseMoney(
    (await dialog.getByTestId('explain-value').textContent()) ?? '',
    language,
  )
  const rounding = (path.step + change.step + shown.step) / 2
  expect(Number.isFinite(shown.value)).toBe(true)
  // A DST at 6 % earmarked to the ROBSS more than pays for coproduction: the effect is positive.
  expect(change.value).toBeGreaterThan(0)
  expect(Math.abs(path.value + change.value - shown.value)).toBeLessThanOrEqual(rounding + 1e-9)
}

/** A term's row in the explanation, by its label (its header may start with a toggle). */
function termRow(dialog: Locator, label: string): Locator {
  return dialog
    .locator('tbody tr')
    .filter({ has: dialog.page().getByRole('rowheader', { name: new RegExp(`${label}$`) }) })
}

test('why this number: headline and ledger figures explained, in French and English', async ({
  page,
  host,
  problems,
}) => {
  await openLevier(page, host, { viewport: { width: 1400, height: 1000 }, preset: 'dst-6' })

  // The headline ROBSS balance: its equation, and terms that add up to it.
  const headline = page.getByRole('button', {
    name: /^Pourquoi ce chiffre \? Solde du ROBSS, dernière année : /,
  })
  await expect(headline).toHaveText(/Md€$/)
  const shownOnCard = await headline.textContent()
  await headline.click()
  const dialog = page.getByRole('dialog', { name: /Pourquoi ce chiffre \? .*dernière année, 2040/ })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('explain-value')).toHaveText(shownOnCard as string)
  await expect(dialog.getByTestId('explain-equation')).toContainText(
    EQUATIONS.robss_balance?.fr as string,
  )
  await expect(dialog.getByTestId('explain-recomputed')).toContainText(shownOnCard as string)
  // The final-year figure is the balance series in 2040: opened, it adds up.
  await dialog
    .getByRole('button', { name: `${fr.explainShowDetail} ${seriesLabel('robss_balance', 'fr')}` })
    .click()
  await expectBalanceIdentity(dialog, 'fr', 1)

  // Detail: the current-law path comes from the PLFSS table, extended past 2029; the DST's
  // increment from its rates, with the earmarking a setting of the scenario.
  await dialog
    .getByRole('button', {
      name: `${fr.explainShowDetail} ${seriesLabel('robss_balance_baseline', 'fr')}`,
    })
    .click()
  const robss = termRow(dialog, 'Dépenses du ROBSS')
  await expect(robss.first()).toContainText('PLFSS')
  await expect(robss.first()).toContainText(fr.explainExtended)
  await expect(robss.first()).toContainText(fr.explainGradeO)
  await dialog
    .getByRole('button', {
      name: `${fr.explainShowDetail} ${seriesLabel('robss_balance_change', 'fr')}`,
    })
    .click()
  await dialog
    .getByRole('button', {
      name: `${fr.explainShowDetail} ${seriesLabel('increment_robss', 'fr')}`,
    })
    .click()
  const earmark = LEVER_DEFINITIONS.find((f) => f.path === 'levers.earmarking.dst')?.label.fr
  await expect(dialog.getByRole('row', { name: new RegExp(`^${earmark}`) }).first()).toContainText(
    fr.explainSetting,
  )
  await page.screenshot({ path: join(SCREENSHOTS, 'explain-fr.png') })
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // Space opens it too, from the keyboard.
  await headline.focus()
  await page.keyboard.press('Space')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // A ledger cell: the explanation of that year.
  await page.getByRole('tab', { name: fr.ledgerTitle }).click()
  const ledger = page.getByRole('region', { name: fr.ledgerTitle })
  const balance = seriesLabel('robss_balance', 'fr').replace(/[()]/g, '\\$&')
  const cell = ledger.getByRole('button', {
    name: new RegExp(`^Pourquoi ce chiffre \\? ${balance}, 2030 : `),
  })
  await page.screenshot({ path: join(SCREENSHOTS, 'explain-ledger-fr.png') })
  const cellText = await cell.textContent()
  await cell.click()
  const yearDialog = page.getByRole('dialog', { name: new RegExp(`${balance}, 2030$`) })
  await expect(yearDialog).toBeVisible()
  await expect(yearDialog.getByTestId('explain-value')).toHaveText(cellText as string)
  await expectBalanceIdentity(yearDialog, 'fr')
  await yearDialog.getByRole('button', { name: fr.close }).click()
  await expect(yearDialog).toBeHidden()

  // The ledger is one tab stop: arrows move between figures, Enter explains the one reached.
  const path = seriesLabel('robss_balance_baseline', 'fr').replace(/[()]/g, '\\$&')
  const lost = seriesLabel('contributions_lost', 'fr').replace(/[()]/g, '\\$&')
  const first = ledger.getByRole('button', {
    name: new RegExp(`^Pourquoi ce chiffre \\? ${path}, 2024 : `),
  })
  await first.focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowRight')
  await expect(
    ledger.getByRole('button', { name: new RegExp(`^Pourquoi ce chiffre \\? ${lost}, 2025 : `) }),
  ).toBeFocused()
  await page.keyboard.press('Enter')
  const contributions = page.getByRole('dialog', { name: new RegExp(`${lost}, 2025$`) })
  await expect(contributions).toBeVisible()
  await expect(contributions.getByTestId('explain-equation')).toContainText(
    'somme sur les secteurs',
  )
  await page.keyboard.press('Escape')
  await expect(contributions).toBeHidden()

  // In English.
  await page.getByRole('button', { name: 'English' }).click()
  const english = page.getByRole('button', {
    name: /^Why this number\? ROBSS balance, final year: /,
  })
  await english.click()
  const englishDialog = page.getByRole('dialog', { name: /^Why this number\? .*final year, 2040$/ })
  await expect(englishDialog.getByTestId('explain-equation')).toContainText(
    EQUATIONS.robss_balance?.en as string,
  )
  await expect(englishDialog.getByRole('columnheader', { name: en.explainSourceCol })).toBeVisible()
  await englishDialog
    .getByRole('button', { name: `${en.explainShowDetail} ${seriesLabel('robss_balance', 'en')}` })
    .click()
  await expectBalanceIdentity(englishDialog, 'en', 1)
  await page.keyboard.press('Escape')
  await problems.expectNone()
})

test('ledger: XLSX export holds the CSV’s values as numbers', async ({ page, host, problems }) => {
  await openLevier(page, host, { preset: 'platform-profit-10' })
  await page.getByRole('tab', { name: fr.ledgerTitle }).click()
  const ledger = page.getByRole('region', { name: fr.ledgerTitle })

  const csvDownload = page.waitForEvent('download')
  await ledger.getByRole('button', { name: fr.exportCsv }).click()
  const csvFile = await csvDownload
  const { rows: csv } = readCsv(
    readFileSync((await csvFile.path()) as string, 'utf8'),
    csvDialect('fr'),
  )

  const xlsxDownload = page.waitForEvent('download')
  await ledger.getByRole('button', { name: fr.exportXlsxAction }).click()
  const xlsxFile = await xlsxDownload
  expect(xlsxFile.suggestedFilename()).toBe(
    `${csvFile.suggestedFilename().replace(/\.csv$/, '')}.xlsx`,
  )
  const book = readXlsxFile((await xlsxFile.path()) as string)
  expect(book.bad).toBeNull()
  expect(book.sheet).toBe(fr.ledgerTitle)
  expect(book.cells.A1).toMatchObject({ v: fr.yearCol, bold: true })
  expect(book.cells.B1?.v).toMatch(/^ROBSS — /)

  // Spreadsheet column names: A … Z, AA, AB …
  const column = (c: number): string =>
    c < 26 ? String.fromCharCode(65 + c) : column(Math.floor(c / 26) - 1) + column(c % 26)
  expect(csv).toHaveLength(18)
  const width = (csv[0] as string[]).length
  csv.slice(1).forEach((row, r) => {
    expect(row).toHaveLength(width)
    row.forEach((field, c) => {
      const cell = book.cells[`${column(c)}${r + 2}`]
      expect(cell?.t ?? null, `${column(c)}${r + 2}`).toBeNull()
      // The CSV rounded as the screen shows it, the XLSX at full precision.
      const written = Number(field.replace(',', '.'))
      const digits = (field.split(',')[1] ?? '').length
      expect(Math.abs((cell?.v as number) - written)).toBeLessThanOrEqual(
        0.5 * 10 ** -digits + 1e-9 * Math.abs(written),
      )
    })
  })
  // Money with three decimals; the columns that count people, in whole FTE.
  expect(book.cells.B2?.format).toBe('#,##0.000')
  const fteColumns = Array.from({ length: width }, (_, c) => column(c)).filter((c) =>
    String(book.cells[`${c}1`]?.v ?? '').endsWith(`(${fr['unit.fte']})`),
  )
  expect(fteColumns.length).toBeGreaterThan(0)
  for (const c of fteColumns) expect(book.cells[`${c}2`]?.format).toBe('#,##0')
  await problems.expectNone()
})
