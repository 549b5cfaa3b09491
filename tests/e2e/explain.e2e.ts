import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { en } from '../../renderer/src/i18n/messages-en'
import { fr } from '../../renderer/src/i18n/messages-fr'
import { readXlsxFile } from '../helpers/xlsx-read'
import { expect, test } from './fixtures'

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
async function topTerms(dialog: Locator): Promise<Map<string, string>> {
  const rows = dialog.locator('tbody tr[data-level="0"]')
  const terms = new Map<string, string>()
  for (const row of await rows.all()) {
    const label = ((await row.locator('th').textContent()) ?? '').replace(/^[▸▾]/, '').trim()
    terms.set(label, ((await row.locator('td').first().textContent()) ?? '').trim())
  }
  return terms
}

/** The gap identity, with each figure as displayed: equal within their rounding. */
async function expectGapIdentity(dialog: Locator, language: 'fr' | 'en', labels: string[]) {
  const terms = await topTerms(dialog)
  const [baseline, effect, earmarked] = labels.map((label) => {
    const text = terms.get(label)
    expect(text, label).toBeDefined()
    return parseMoney(text as string, language)
  }) as [
    ReturnType<typeof parseMoney>,
    ReturnType<typeof parseMoney>,
    ReturnType<typeof parseMoney>,
  ]
  const shown = parseMoney(
    (await dialog.getByTestId('explain-value').textContent()) ?? '',
    language,
  )
  const rounding = (baseline.step + effect.step + earmarked.step + shown.step) / 2
  expect(Number.isFinite(shown.value)).toBe(true)
  expect(earmarked.value).toBeGreaterThan(0)
  expect(
    Math.abs(baseline.value + effect.value - earmarked.value - shown.value),
  ).toBeLessThanOrEqual(rounding + 1e-9)
}

/** A term's row in the explanation, by its label (its header may start with a toggle). */
function termRow(dialog: Locator, label: string): Locator {
  return dialog
    .locator('tbody tr')
    .filter({ has: dialog.page().getByRole('rowheader', { name: new RegExp(`${label}$`) }) })
}

async function newScenario(page: Page, preset: string) {
  const library = page.getByRole('complementary', { name: fr.libraryTitle })
  await library.getByLabel(fr.presetLabel).selectOption(preset)
  await library.getByRole('button', { name: fr.newScenario }).click()
  await expect(page.getByTestId('headline-gap_final')).toHaveText(/Md€$/)
}

test('why this number: headline and ledger figures explained, in French and English', async ({
  page,
  host,
  problems,
}) => {
  await page.setViewportSize({ width: 1400, height: 1000 })
  await page.goto(host.url)
  await newScenario(page, 'dst-6')

  // The headline gap: its equation, and terms that add up to it.
  const headline = page.getByRole('button', {
    name: /^Pourquoi ce chiffre \? Besoin de financement, dernière année : /,
  })
  await expect(headline).toHaveText(/Md€$/)
  const shownOnCard = await headline.textContent()
  await headline.click()
  const dialog = page.getByRole('dialog', { name: /Pourquoi ce chiffre \? .*dernière année, 2040/ })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('explain-value')).toHaveText(shownOnCard as string)
  await expect(dialog.getByTestId('explain-equation')).toContainText(
    'Besoin de financement du scénario = besoin de financement de référence + effet de la coproduction − recettes des leviers affectées',
  )
  await expect(dialog.getByTestId('explain-recomputed')).toContainText(shownOnCard as string)
  await expectGapIdentity(dialog, 'fr', [
    'Besoin de financement (référence)',
    'Effet de la coproduction sur le solde',
    'Recettes affectées à la Sécurité sociale',
  ])

  // Detail: the baseline gap comes from the PLFSS table, extended past 2029; the DST from its rate.
  await dialog
    .getByRole('button', { name: 'Détailler : Besoin de financement (référence)' })
    .click()
  const robss = termRow(dialog, 'Dépenses des ROBSS')
  await expect(robss).toContainText('PLFSS')
  await expect(robss).toContainText('prolongé par les règles de croissance après 2029')
  await expect(robss).toContainText(fr.explainGradeO)
  await dialog
    .getByRole('button', { name: 'Détailler : Recettes affectées à la Sécurité sociale' })
    .click()
  await dialog.getByRole('button', { name: 'Détailler : TSN (net)' }).click()
  await expect(
    dialog.getByRole('row', { name: /^Rendement net de la déductibilité/ }),
  ).toContainText(fr.explainGradeAssumption)
  await expect(
    dialog.getByRole('row', { name: /^Affectation à la Sécurité sociale : TSN/ }),
  ).toContainText(fr.explainSetting)
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
  const cell = ledger.getByRole('button', {
    name: /^Pourquoi ce chiffre \? Besoin de financement \(scénario\), 2030 : /,
  })
  await page.screenshot({ path: join(SCREENSHOTS, 'explain-ledger-fr.png') })
  const cellText = await cell.textContent()
  await cell.click()
  const yearDialog = page.getByRole('dialog', { name: /Besoin de financement \(scénario\), 2030$/ })
  await expect(yearDialog).toBeVisible()
  await expect(yearDialog.getByTestId('explain-value')).toHaveText(cellText as string)
  await expectGapIdentity(yearDialog, 'fr', [
    'Besoin de financement (référence)',
    'Effet de la coproduction sur le solde',
    'Recettes affectées à la Sécurité sociale',
  ])
  await yearDialog.getByRole('button', { name: fr.close }).click()
  await expect(yearDialog).toBeHidden()

  // The ledger is one tab stop: arrows move between figures, Enter explains the one reached.
  const first = ledger.getByRole('button', {
    name: /^Pourquoi ce chiffre \? Besoin de financement \(référence\), 2024 : /,
  })
  await first.focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowRight')
  await expect(
    ledger.getByRole('button', {
      name: /^Pourquoi ce chiffre \? Cotisations et CSG perdues, 2025 : /,
    }),
  ).toBeFocused()
  await page.keyboard.press('Enter')
  const contributions = page.getByRole('dialog', { name: /Cotisations et CSG perdues, 2025$/ })
  await expect(contributions).toBeVisible()
  await expect(contributions.getByTestId('explain-equation')).toContainText(
    'somme sur les secteurs',
  )
  await page.keyboard.press('Escape')
  await expect(contributions).toBeHidden()

  // In English.
  await page.getByRole('button', { name: 'English' }).click()
  const english = page.getByRole('button', {
    name: /^Why this number\? Financing gap, final year: /,
  })
  await english.click()
  const englishDialog = page.getByRole('dialog', { name: /^Why this number\? .*final year, 2040$/ })
  await expect(englishDialog.getByTestId('explain-equation')).toContainText(
    'Scenario financing gap = baseline financing gap + coproduction effect − lever revenue earmarked',
  )
  await expect(englishDialog.getByRole('columnheader', { name: en.explainSourceCol })).toBeVisible()
  await expectGapIdentity(englishDialog, 'en', [
    'Financing gap (baseline)',
    'Coproduction effect on the gap',
    'Revenue earmarked to social security',
  ])
  await page.keyboard.press('Escape')
  await problems.expectNone()
})

test('ledger: XLSX export holds the CSV’s values as numbers', async ({ page, host, problems }) => {
  await page.goto(host.url)
  await newScenario(page, 'platform-profit-10')
  await page.getByRole('tab', { name: fr.ledgerTitle }).click()
  const ledger = page.getByRole('region', { name: fr.ledgerTitle })

  const csvDownload = page.waitForEvent('download')
  await ledger.getByRole('button', { name: fr.exportCsv }).click()
  const csvFile = await csvDownload
  const csv = readFileSync((await csvFile.path()) as string, 'utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(';'))

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
  expect(book.cells.B1?.v).toBe('Besoin de financement (référence) (Md€)')

  const letters = 'ABCDEFGHIJK'
  expect(csv).toHaveLength(18)
  csv.slice(1).forEach((row, r) => {
    row.forEach((field, c) => {
      const cell = book.cells[`${letters[c]}${r + 2}`]
      expect(cell?.t ?? null, `${letters[c]}${r + 2}`).toBeNull()
      expect(cell?.v).toBe(Number(field.replace(',', '.')))
    })
  })
  expect(book.cells.B2?.format).toBe('#,##0.000')
  expect(book.cells.K2?.format).toBe('#,##0')
  await problems.expectNone()
})
