import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import en from '../../shared/i18n/en.json' with { type: 'json' }
import { adoptionFit } from '../../shared/model/baseline/adoption-fit'
import type { Baseline } from '../../shared/model/baseline/baseline-schema'
import fr from '../../shared/i18n/fr.json' with { type: 'json' }
import { api, expect, expectRefusedNumbers, openLevier, test } from './fixtures'

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots')
const SECTOR = 'accommodation_frontdesk'

interface StoredScenario {
  sectors: Record<
    string,
    { curve: { type: string; points?: Array<{ year: number; value: number }> } }
  >
}

/** "12 345 ETP" → 12345 */
async function fte(locator: Locator): Promise<number> {
  const text = (await locator.textContent()) ?? ''
  return Number(text.replace(/[^\d]/g, ''))
}

/** The plot area of a drawn chart, in page pixels (from Plotly's computed layout). */
async function plotArea(plot: Locator) {
  return plot.evaluate((element) => {
    const size = (
      element as unknown as { _fullLayout: { _size: Record<'l' | 't' | 'w' | 'h', number> } }
    )._fullLayout._size
    const box = element.getBoundingClientRect()
    return { left: box.left + size.l, top: box.top + size.t, width: size.w, height: size.h }
  })
}

async function storedSector(page: Page) {
  const id = (await api<Array<{ id: string }>>(page, 'listScenarios')).value[0]?.id
  const stored = await api<{ scenario: StoredScenario }>(page, 'getScenario', { id })
  return stored.value.scenario.sectors[SECTOR]
}

test('draw an adoption curve: pick a sector, switch to drawn, draw with the mouse, refused input, undo, reset', async ({
  page,
  host,
  problems,
}) => {
  await openLevier(page, host, { viewport: { width: 1400, height: 1000 } })
  await page.getByRole('tab', { name: fr.adoptionTab }).click()
  const panel = page.getByRole('region', { name: fr.adoptionTitle })
  await panel.getByLabel(fr.adoptionSector).selectOption(SECTOR)
  const status = panel.getByTestId('adoption-status')
  await expect(status).toHaveText(fr.adoptionUsesDefault)
  // The baseline's values, with their grade (no source for this sector: an assumption).
  await expect(panel).toContainText(fr.adoptionNoSource)
  await expect(panel).toContainText(fr.adoptionObservedNone)
  await expect(panel.getByLabel(fr.adoptionCeiling, { exact: true })).toHaveValue('50')

  // Switching to a drawn curve samples the Bass curve over the horizon.
  await panel.getByRole('radio', { name: fr.adoptionTypeDrawn }).check()
  await expect(status).toHaveText(fr.adoptionUsesCustom)
  const rows = panel.getByRole('table', { name: fr.adoptionPointsTitle }).getByRole('row')
  await expect(rows).toHaveCount(1 + 5)
  await expect(panel.getByLabel(`${fr.adoptionYear} — 2040`)).toBeVisible()
  await expect(page.getByTestId('save-state')).toHaveText(fr.saveSaved)
  const sampled = await storedSector(page)
  expect(sampled?.curve.type).toBe('drawn')
  const peak = page.getByTestId('headline-jobs_displaced_peak')
  const before = await fte(peak)
  expect(before).toBeGreaterThan(0)

  // Draw from the middle of the horizon to its end, near the top of the chart (about 90 %).
  const plot = page.getByTestId(`chart-adoption-${SECTOR}`)
  const area = await plotArea(plot)
  const y = area.top + area.height * 0.1
  await page.mouse.move(area.left + area.width * 0.5, y)
  await page.mouse.down()
  await page.mouse.move(area.left + area.width * 0.99, y, { steps: 12 })
  await page.mouse.up()
  // Every year the stroke crossed has a point, high on the chart.
  await expect(rows).not.toHaveCount(6)
  const lastValue = panel.getByLabel(`${fr.adoptionValue} — 2040`)
  await expect
    .poll(async () => Number((await lastValue.inputValue()).replace(',', '.')))
    .toBeGreaterThan(80)
  // More adoption displaces more jobs.
  await expect.poll(() => fte(peak)).toBeGreaterThan(before)
  const drawnPeak = await fte(peak)
  await expect(page.getByTestId('save-state')).toHaveText(fr.saveSaved)
  const drawn = await storedSector(page)
  const late = drawn?.curve.points?.filter((p) => p.year >= 2036) ?? []
  expect(late).toHaveLength(5)
  for (const point of late) expect(point.value).toBeGreaterThan(0.8)
  expect(drawn?.curve.points?.length).toBeGreaterThan(sampled?.curve.points?.length ?? 0)

  // Refused input, inline, not applied.
  const value2028 = panel.getByLabel(`${fr.adoptionValue} — 2028`)
  const kept = await value2028.inputValue()
  await expectRefusedNumbers(value2028, panel, '150')
  const year2028 = panel.getByLabel(`${fr.adoptionYear} — 2028`)
  await year2028.fill('2040')
  await year2028.press('Enter')
  await expect(panel.getByRole('alert').filter({ hasText: fr.adoptionYearTaken })).toBeVisible()
  await expect(page.getByTestId('save-state')).toHaveText(fr.saveSaved)
  expect(await storedSector(page)).toEqual(drawn)
  // A valid value is applied and the message goes.
  await value2028.fill('40')
  await value2028.press('Enter')
  await expect(panel.getByLabel(`${fr.adoptionValue} — 2028`)).toHaveValue('40')
  await year2028.fill('2028')
  await year2028.press('Enter')
  await expect(panel.getByRole('alert')).toHaveCount(0)
  expect(kept).not.toBe('40')

  // Undo takes back the typed value, then the whole stroke in one step.
  await panel.getByRole('radio', { name: fr.adoptionTypeDrawn }).focus()
  await page.keyboard.press('Control+z')
  await expect(panel.getByLabel(`${fr.adoptionValue} — 2028`)).toHaveValue(kept)
  await page.keyboard.press('Control+z')
  await expect(rows).toHaveCount(6)
  await expect.poll(() => fte(peak)).toBe(before)
  await page.keyboard.press('Control+Shift+z')
  await expect.poll(() => fte(peak)).toBe(drawnPeak)
  await page.screenshot({ path: join(SCREENSHOTS, 'adoption-fr.png'), fullPage: true })

  // The same panel in English.
  await page.getByRole('button', { name: 'English' }).click()
  const english = page.getByRole('region', { name: en.adoptionTitle })
  await expect(english.getByTestId('adoption-status')).toHaveText(en.adoptionUsesCustom)
  await expect(english.getByRole('table', { name: en.adoptionPointsTitle })).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOTS, 'adoption-en-drawn.png'), fullPage: true })
  // A Bass sector with observations: its source, and the observed points on the chart.
  await english.getByLabel(en.adoptionSector).selectOption('public_counter')
  await expect(english.getByTestId('adoption-status')).toHaveText(en.adoptionUsesDefault)
  await expect(english).toContainText('Eurostat')
  await expect(english).toContainText(/69% \(2023\)/)
  await page.screenshot({ path: join(SCREENSHOTS, 'adoption-en.png'), fullPage: true })
  await english.getByLabel(en.adoptionSector).selectOption(SECTOR)

  // Back to the baseline's curve: the sector leaves the scenario (read back, it is the baseline's).
  await english.getByRole('button', { name: en.adoptionReset }).click()
  await expect(english.getByTestId('adoption-status')).toHaveText(en.adoptionUsesDefault)
  await expect(english.getByRole('radio', { name: en.adoptionTypeBass })).toBeChecked()
  await expect(page.getByTestId('save-state')).toHaveText(en.saveSaved)
  const baseline = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../resources/baselines/fr-2024.json'), 'utf8'),
  ) as Baseline
  // The baseline's curve is Bass with p and q fitted to the observations (pooled for this sector).
  const fit = adoptionFit(baseline, SECTOR)
  expect(await storedSector(page)).toEqual({
    curve: { type: 'bass', p: fit.p, q: fit.q, ceiling: fit.ceiling, start: fit.start },
    respondsToCost: true,
  })
  await problems.expectNone()
})
