import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import fr from '../../shared/i18n/fr.json' with { type: 'json' }
import { expect, openLevier, test } from './fixtures'

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots')
const NB = '\u202f'
const RATE = 'Taux de la TSN'
const EARMARK = fr['lever.earmarking.share.label'].replace('{name}', fr['lever.dst.name'])

/** "−1 234,5 Md€" → -1234.5 */
async function frenchNumber(locator: Locator): Promise<number> {
  const text = (await locator.textContent()) ?? ''
  return Number(
    text
      .replace(/[\s\u202f]|Md€/g, '')
      .replace('−', '-')
      .replace(',', '.'),
  )
}

/** Type into a field by keyboard (focus, select all, type, Enter), as an analyst would. */
async function typeIn(field: Locator, text: string): Promise<void> {
  await field.focus()
  await field.press('Control+a')
  await field.pressSequentially(text)
  await field.press('Enter')
}

test('schedules: steps added by keyboard move the figures, refused steps are explained, undo, saved across a reload', async ({
  page,
  host,
  problems,
}) => {
  const library = await openLevier(page, host)
  const levers = page.getByRole('region', { name: fr.leversTitle })
  const gap = page.getByTestId('headline-robss_balance_final')
  const yieldN = page.getByTestId('headline-increment_total_final')
  await expect(gap).toHaveText(/Md€$/)

  // « TSN 6 % », then a step: 8 % from 2030.
  await levers.getByLabel('TSN : réforme').check()
  await typeIn(levers.getByLabel(RATE, { exact: true }), '6')
  await expect.poll(() => frenchNumber(yieldN)).toBeGreaterThan(0)
  const atSix = await frenchNumber(yieldN)
  const addRateStep = levers.getByRole('button', { name: `${fr.scheduleAddStep} — ${RATE}` })
  await addRateStep.focus()
  await page.keyboard.press('Enter')
  // The first step goes at the lever's start year, at the value in force: nothing moves yet.
  const stepYear = levers.getByLabel(`${RATE} — ${fr.scheduleStepYear} 1`)
  await expect(stepYear).toHaveValue('2026')
  // Undo and redo the added step by keyboard (focus on the button, not in a text field).
  await addRateStep.focus()
  await page.keyboard.press('Control+z')
  await expect(stepYear).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(stepYear).toHaveValue('2026')

  // Refused: a year past the horizon's bounds, a year taken, a value out of the rate's range.
  await typeIn(stepYear, '2070')
  await expect(levers.getByRole('alert')).toContainText(fr.outOfRange)
  await typeIn(stepYear, '2030')
  await expect(levers.getByRole('alert')).toHaveCount(0)
  const stepValue = levers.getByLabel(`${RATE} — ${fr.scheduleStepValue} 2030`)
  await typeIn(stepValue, '80')
  await expect(levers.getByRole('alert')).toContainText(fr.outOfRange)
  await typeIn(stepValue, '8')
  await expect(levers.getByRole('alert')).toHaveCount(0)
  await expect(levers.getByText(`6${NB}% puis 8${NB}% en 2030`)).toBeVisible()
  // The horizon's last year is past 2030: its yield is the 8 % one.
  await expect.poll(() => frenchNumber(yieldN)).toBeGreaterThan(atSix)
  await levers.getByRole('button', { name: `${fr.scheduleAddStep} — ${RATE}` }).press('Enter')
  const second = levers.getByLabel(`${RATE} — ${fr.scheduleStepYear} 2`)
  await expect(second).toHaveValue('2031')
  await typeIn(second, '2030')
  await expect(levers.getByRole('alert')).toHaveText(fr.scheduleYearTaken)
  await levers
    .getByRole('button', { name: `${fr.scheduleRemoveStep} 2031 — ${RATE}` })
    .press('Enter')
  await expect(second).toHaveCount(0)

  // The earmarking « 100 % dès 2026 »: none before, all of the increment from 2026.
  const earmark = levers.getByLabel(EARMARK, { exact: true })
  const earmarked = await frenchNumber(gap)
  await typeIn(earmark, '0')
  await expect.poll(() => frenchNumber(gap)).toBeLessThan(earmarked)
  const unearmarked = await frenchNumber(gap)
  await levers.getByRole('button', { name: `${fr.scheduleAddStep} — ${EARMARK}` }).press('Enter')
  await typeIn(levers.getByLabel(`${EARMARK} — ${fr.scheduleStepValue} 2026`), '100')
  await expect(levers.getByText(`100${NB}% dès 2026`)).toBeVisible()
  await expect.poll(() => frenchNumber(gap)).toBeGreaterThan(unearmarked)

  await expect(page.getByTestId('save-state')).toHaveText(fr.saveSaved)
  await page.screenshot({ path: join(SCREENSHOTS, 'schedules-fr.png'), fullPage: true })
  await page.reload()
  await library.getByRole('button', { name: /Droit constant/ }).click()
  await expect(levers.getByLabel(`${RATE} — ${fr.scheduleStepYear} 1`)).toHaveValue('2030')
  await expect(levers.getByLabel(`${RATE} — ${fr.scheduleStepValue} 2030`)).toHaveValue('8')
  await expect(levers.getByText(`6${NB}% puis 8${NB}% en 2030`)).toBeVisible()
  await expect(levers.getByText(`100${NB}% dès 2026`)).toBeVisible()
  await problems.expectNone()
})
