import { csvDialect } from '../../shared/format/csv-dialect'
import { readCsv } from '../../shared/format/csv-read'
import { findPreset } from '../../shared/model/scenario/presets'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import fr from '../../shared/i18n/fr.json' with { type: 'json' }
import { expect, expectRefusedNumbers, openLevier, test } from './fixtures'

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots')

/** "−1 234,5 Md€" → -1234.5 */
async function frenchNumber(locator: Locator): Promise<number> {
  const text = (await locator.textContent()) ?? ''
  return Number(
    text
      .replace(/[\s\u202f]|Md€/g, '')
      .replace('−', '-')
      .replace('-', '-')
      .replace(',', '.'),
  )
}

test('levers: by typing and by keyboard, live figures from the engine worker, refused input, autosave', async ({
  page,
  host,
  problems,
}) => {
  // A fresh host opens on a current-law scenario: the state this test starts from.
  const library = await openLevier(page, host)
  const gap = page.getByTestId('headline-robss_balance_final')
  await expect(gap).toHaveText(/Md€$/)
  const before = await frenchNumber(gap)

  const levers = page.getByRole('region', { name: fr.leversTitle })
  await levers.getByLabel('TSN : réforme').check()
  const rate = levers.getByLabel('Taux de la TSN', { exact: true })
  await rate.fill('6')
  await rate.press('Enter')
  // The DST's yield over current law, earmarked to social security, raises the ROBSS balance.
  await expect.poll(() => frenchNumber(gap)).toBeGreaterThan(before)
  const withSix = await frenchNumber(gap)
  // The yield over current law, shown to the hundredth of a billion, sees a 0.1-point step.
  const yieldN = page.getByTestId('headline-increment_total_final')
  const yieldWithSix = await frenchNumber(yieldN)
  expect(yieldWithSix).toBeGreaterThan(0)

  // Keyboard on the slider: one step up (0.1 point), and the yield rises a little more.
  const slider = levers.getByRole('slider', { name: 'Taux de la TSN (curseur)' })
  await slider.focus()
  await page.keyboard.press('ArrowRight')
  await expect(rate).toHaveValue('6,1')
  await expect.poll(() => frenchNumber(yieldN)).toBeGreaterThan(yieldWithSix)
  expect(await frenchNumber(gap)).toBeGreaterThanOrEqual(withSix)

  // Undo and redo by keyboard (focus on the slider, not in a text field).
  await page.keyboard.press('Control+z')
  await expect(rate).toHaveValue('6')
  await page.keyboard.press('Control+Shift+z')
  await expect(rate).toHaveValue('6,1')

  // Refused input: shown inline, not applied.
  await expectRefusedNumbers(rate, levers, '80')
  await expect(slider).toHaveValue('6.1')

  // Saved automatically as a new version; found as left after a reload.
  await expect(page.getByTestId('save-state')).toHaveText(fr.saveSaved)
  await page.getByRole('tab', { name: fr.historyTitle }).click()
  // Each pause longer than the autosave delay makes a version; how many depends on the pace.
  await expect(
    page.getByRole('cell', { name: new RegExp(`^v([2-9]|\\d\\d) \\(${fr.current}\\)$`) }),
  ).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOTS, 'levers-fr.png'), fullPage: true })
  await page.reload()
  await library.getByRole('button', { name: /Droit constant/ }).click()
  await expect(levers.getByLabel('Taux de la TSN', { exact: true })).toHaveValue('6,1')
  await expect(levers.getByLabel('TSN : réforme')).toBeChecked()

  // The ledger, year by year, exported as a French spreadsheet file.
  await page.getByRole('tab', { name: fr.ledgerTitle }).click()
  const ledger = page.getByRole('region', { name: fr.ledgerTitle })
  // Two heading rows (the ROBSS, Unédic, APU and jobs blocks, then the series), 17 years.
  await expect(ledger.getByRole('row')).toHaveCount(19)
  const downloading = page.waitForEvent('download')
  await ledger.getByRole('button', { name: fr.exportCsv }).click()
  const file = await downloading
  expect(file.suggestedFilename()).toBe(
    `${findPreset('current-law')?.label.fr}-${fr.ledgerFile}.csv`,
  )
  const { rows: csv } = readCsv(
    readFileSync((await file.path()) as string, 'utf8'),
    csvDialect('fr'),
  )
  // The unit as the screen and the XLSX write it.
  expect(csv[0]?.join(';')).toMatch(/^Année;ROBSS — Solde du ROBSS \(trajectoire PLFSS\) \(Md€\);/)
  const first = csv[1] as string[]
  expect(first[0]).toBe('2024')
  // The ROBSS 2024 balance (receipts − spending: a deficit of 16.4 € bn), with a decimal comma.
  expect(first[1]).toMatch(/^-16,\d+$/)
  expect(Number(first[1]?.replace(',', '.'))).toBeCloseTo(-16.4, 9)
  // The header and 17 years, after the provenance.
  expect(csv).toHaveLength(18)

  // An edit followed at once by closing the page is still saved.
  await levers.getByLabel('Taux de la TSN', { exact: true }).fill('7')
  await levers.getByLabel('Taux de la TSN', { exact: true }).press('Enter')
  await page.reload()
  await library.getByRole('button', { name: /Droit constant/ }).click()
  await expect(levers.getByLabel('Taux de la TSN', { exact: true })).toHaveValue('7')
  await problems.expectNone()
})
