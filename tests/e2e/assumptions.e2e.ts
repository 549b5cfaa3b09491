import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import en from '../../shared/i18n/en.json' with { type: 'json' }
import fr from '../../shared/i18n/fr.json' with { type: 'json' }
import { readFileSync } from 'node:fs'
import { expect, expectRefusedNumbers, openLevier, test } from './fixtures'

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots')
const THETA_FR = 'Caisses des commerces : travail supprimé par transaction en libre-service (θ)'
const THETA_EN = 'Retail checkout: labour removed per self-service transaction (θ)'

/** A headline figure as a number, in either language: "12 345 ETP", "−1 234,5 Md€", "€1,234.5bn". */
async function figure(locator: Locator, language: 'fr' | 'en' = 'fr'): Promise<number> {
  const text = ((await locator.textContent()) ?? '').replace('−', '-')
  const digits = text.replace(language === 'fr' ? /[^\d,-]/g : /[^\d.-]/g, '')
  return Number(language === 'fr' ? digits.replace(',', '.') : digits)
}

/** Every assumption of the baseline the presets use is listed. */
const ASSUMPTION_COUNT = Object.keys(
  (
    JSON.parse(
      readFileSync(join(import.meta.dirname, '../../resources/baselines/fr-2024.json'), 'utf8'),
    ) as { assumptions: Record<string, unknown> }
  ).assumptions,
).length

/** The names of the traces Plotly drew, read from the plot element itself. */
function traces(chart: Locator): Promise<string[]> {
  return chart.evaluate((element) =>
    ((element as HTMLElement & { data?: Array<{ name?: string }> }).data ?? []).map((trace) =>
      String(trace.name),
    ),
  )
}

test('assumptions: search, edit with the figures moving, refusals, the four-line view, reset, autosave', async ({
  page,
  host,
  problems,
}) => {
  const library = await openLevier(page, host, { preset: 'dst-6' })
  const jobs = page.getByTestId('headline-jobs_displaced_peak')
  const gap = page.getByTestId('headline-robss_balance_final')
  await expect(gap).toHaveText(/Md€$/)
  const cost = page.getByTestId('headline-coproduction_effect_final')
  const jobsBefore = await figure(jobs)
  const gapBefore = await figure(gap)
  const costBefore = await figure(cost)

  await page.getByRole('tab', { name: fr.assumptionsTab }).click()
  const panel = page.getByRole('region', { name: fr.assumptionsTitle })
  const list = panel.getByRole('region', { name: fr.assumptionsListLabel })
  const chart = panel.getByTestId('chart-modified-baseline')
  await expect(panel.getByTestId('assumptions-modified-count')).toHaveText(
    fr.assumptionsModifiedNone,
  )
  await expect(panel.getByText(fr.variantsNone)).toBeVisible()
  await expect.poll(() => traces(chart)).toEqual([fr.lineDefaultBaseline, fr.lineDefaultPolicy])

  // Search by words of the label: one assumption left.
  await panel.getByLabel(fr.assumptionsSearch).fill('caisses travail supprimé')
  await expect(list.getByRole('listitem')).toHaveCount(1)
  const theta = list.getByLabel(THETA_FR, { exact: true })
  await expect(theta).toHaveValue('60')

  // Refused input: said inline, nothing applied.
  await expectRefusedNumbers(theta, list, '120')
  await expect(panel.getByTestId('assumptions-modified-count')).toHaveText(
    fr.assumptionsModifiedNone,
  )

  // More labour removed per self-service transaction: more jobs displaced, a larger cost to the
  // ROBSS (shown to the thousandth of a billion, where the balance's tenth may not move).
  await theta.fill('80')
  await theta.press('Enter')
  await expect(list.getByRole('alert')).toHaveCount(0)
  await expect(panel.getByTestId('assumptions-modified-count')).toHaveText(
    fr.assumptionsModifiedOne,
  )
  await expect.poll(() => figure(jobs)).toBeGreaterThan(jobsBefore)
  await expect.poll(() => figure(cost)).toBeGreaterThan(costBefore)
  await expect
    .poll(() => traces(chart))
    .toEqual([
      fr.lineDefaultBaseline,
      fr.lineModifiedBaseline,
      fr.lineDefaultPolicy,
      fr.lineModifiedPolicy,
    ])
  await expect(chart.locator('.legendtext')).toHaveCount(4)
  await expect(panel.getByText(fr.variantsNone)).toHaveCount(0)

  // Faster spending growth after 2029: a lower ROBSS balance, with or without levers.
  const gapWithTheta = await figure(gap)
  await panel.getByLabel(fr.assumptionsSearch).fill('dépenses des ROBSS')
  const spending = list.getByLabel('Croissance des dépenses des ROBSS après 2029', { exact: true })
  await spending.fill('3')
  await spending.press('Enter')
  await expect(panel.getByTestId('assumptions-modified-count')).toHaveText(
    fr.assumptionsModifiedMany.replace('{n}', '2'),
  )
  await expect.poll(() => figure(gap)).toBeLessThan(gapWithTheta)
  await panel.getByLabel(fr.assumptionsSearch).fill('')
  await expect(list.getByRole('listitem')).toHaveCount(ASSUMPTION_COUNT)
  await page.screenshot({ path: join(SCREENSHOTS, 'assumptions-fr.png'), fullPage: true })
  await panel.screenshot({ path: join(SCREENSHOTS, 'assumptions-panel-fr.png') })
  await panel.getByLabel(fr.assumptionsModifiedOnly).check()
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await list.screenshot({ path: join(SCREENSHOTS, 'assumptions-modified-fr.png') })
  await panel.getByLabel(fr.assumptionsModifiedOnly).uncheck()

  // Saved automatically: still modified after a reload.
  await expect(page.getByTestId('save-state')).toHaveText(fr.saveSaved)
  await page.reload()
  await library.getByRole('button', { name: /TSN à 6/ }).click()
  await page.getByRole('tab', { name: fr.assumptionsTab }).click()
  await expect(panel.getByTestId('assumptions-modified-count')).toHaveText(
    fr.assumptionsModifiedMany.replace('{n}', '2'),
  )
  await panel.getByLabel(fr.assumptionsSearch).fill('retail_checkout.theta')
  await expect(list.getByLabel(THETA_FR, { exact: true })).toHaveValue('80')

  // In English, then reset: the default value, the figures and the two-line view come back.
  await page.getByRole('button', { name: 'English' }).click()
  const enPanel = page.getByRole('region', { name: en.assumptionsTitle })
  const enChart = enPanel.getByTestId('chart-modified-baseline')
  await expect
    .poll(() => traces(enChart))
    .toEqual([
      en.lineDefaultBaseline,
      en.lineModifiedBaseline,
      en.lineDefaultPolicy,
      en.lineModifiedPolicy,
    ])
  await enPanel.getByLabel(en.assumptionsSearch).fill('')
  await expect(enPanel.getByRole('listitem')).toHaveCount(ASSUMPTION_COUNT)
  // The list scrolls within its own box: the page stays about a screen or two tall.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(4000)
  await page.screenshot({ path: join(SCREENSHOTS, 'assumptions-en.png'), fullPage: true })
  await enPanel.screenshot({ path: join(SCREENSHOTS, 'assumptions-panel-en.png') })

  // Reset one: the other stays modified, and so does the four-line view.
  await enPanel.getByLabel(en.assumptionsSearch).fill('retail checkout labour removed')
  await enPanel.getByRole('button', { name: `${en.assumptionResetLabel} ${THETA_EN}` }).click()
  await expect(enPanel.getByLabel(THETA_EN, { exact: true })).toHaveValue('60')
  await expect(enPanel.getByTestId('assumptions-modified-count')).toHaveText(
    en.assumptionsModifiedOne,
  )
  await expect.poll(() => figure(jobs, 'en')).toBe(jobsBefore)
  await expect(enChart.locator('.legendtext')).toHaveCount(4)

  // Reset all, once confirmed: the default figures and the two-line view come back.
  await enPanel.getByRole('button', { name: en.assumptionsResetAll }).click()
  const dialog = page.getByRole('dialog', { name: en.assumptionsResetAllTitle })
  await dialog.getByRole('button', { name: en.assumptionsResetAll }).click()
  await expect(dialog).toBeHidden()
  await expect(enPanel.getByTestId('assumptions-modified-count')).toHaveText(
    en.assumptionsModifiedNone,
  )
  await expect.poll(() => traces(enChart)).toEqual([en.lineDefaultBaseline, en.lineDefaultPolicy])
  await expect(enChart.locator('.legendtext')).toHaveCount(2)
  await expect(enPanel.getByText(en.variantsNone)).toBeVisible()
  await expect.poll(() => figure(gap, 'en')).toBe(gapBefore)
  await problems.expectNone()
})
