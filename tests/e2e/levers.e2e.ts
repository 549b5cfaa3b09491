import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import { fr } from '../../renderer/src/i18n/messages-fr'
import { expect, test } from './fixtures'

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
  await page.goto(host.url)
  const library = page.getByRole('complementary', { name: fr.libraryTitle })
  await library.getByLabel(fr.presetLabel).selectOption('no-lever')
  await library.getByRole('button', { name: fr.newScenario }).click()
  const gap = page.getByTestId('headline-gap_final')
  await expect(gap).toHaveText(/Md€$/)
  const before = await frenchNumber(gap)

  const levers = page.getByRole('region', { name: fr.leversTitle })
  await levers.getByLabel('TSN : activé').check()
  const rate = levers.getByLabel('Taux de la TSN', { exact: true })
  await rate.fill('6')
  await rate.press('Enter')
  // Revenue earmarked to social security lowers the gap.
  await expect.poll(() => frenchNumber(gap)).toBeLessThan(before)
  const withSix = await frenchNumber(gap)

  // Keyboard on the slider: one step up (0.1 point), and the gap falls a little more.
  const slider = levers.getByRole('slider', { name: 'Taux de la TSN (curseur)' })
  await slider.focus()
  await page.keyboard.press('ArrowRight')
  await expect(rate).toHaveValue('6,1')
  await expect.poll(() => frenchNumber(gap)).toBeLessThan(withSix)

  // Undo and redo by keyboard (focus on the slider, not in a text field).
  await page.keyboard.press('Control+z')
  await expect(rate).toHaveValue('6')
  await page.keyboard.press('Control+Shift+z')
  await expect(rate).toHaveValue('6,1')

  // Refused input: shown inline, not applied.
  await rate.fill('abc')
  await rate.press('Enter')
  await expect(levers.getByRole('alert')).toHaveText(fr.notANumber)
  await rate.fill('80')
  await rate.press('Enter')
  await expect(levers.getByRole('alert')).toContainText(fr.outOfRange)
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
  await library.getByRole('button', { name: /Aucun levier/ }).click()
  await expect(levers.getByLabel('Taux de la TSN', { exact: true })).toHaveValue('6,1')
  await expect(levers.getByLabel('TSN : activé')).toBeChecked()

  // The ledger, year by year, exported as a French spreadsheet file.
  await page.getByRole('tab', { name: fr.ledgerTitle }).click()
  const ledger = page.getByRole('region', { name: fr.ledgerTitle })
  await expect(ledger.getByRole('row')).toHaveCount(18)
  const downloading = page.waitForEvent('download')
  await ledger.getByRole('button', { name: fr.exportCsv }).click()
  const file = await downloading
  expect(file.suggestedFilename()).toBe(`Aucun levier (contrefactuel)-${fr.ledgerFile}.csv`)
  const csv = readFileSync((await file.path()) as string, 'utf8').split('\r\n')
  expect(csv[0]).toMatch(/^\ufeffAnnée;Besoin de financement \(référence\) \(bn_eur\);/)
  const first = (csv[1] as string).split(';')
  expect(first[0]).toBe('2024')
  // ROBSS 2024 (642.8 − 626.4) and Unédic (44.8 − 45.7), written with a decimal comma.
  expect(first[1]).toMatch(/^15,\d+$/)
  expect(Number(first[1]?.replace(',', '.'))).toBeCloseTo(15.5, 9)
  expect(csv).toHaveLength(19)

  // An edit followed at once by closing the page is still saved.
  await levers.getByLabel('Taux de la TSN', { exact: true }).fill('7')
  await levers.getByLabel('Taux de la TSN', { exact: true }).press('Enter')
  await page.reload()
  await library.getByRole('button', { name: /Aucun levier/ }).click()
  await expect(levers.getByLabel('Taux de la TSN', { exact: true })).toHaveValue('7')
  await problems.expectNone()
})
