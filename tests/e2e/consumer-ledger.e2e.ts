import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import { INDICATOR_GROUPS } from '../../shared/brief/indicator-groups'
import fr from '../../shared/i18n/fr.json' with { type: 'json' }
import { compareNewScenarios, expect, openLevier, test } from './fixtures'

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots')

/** "−1 234,56 Md€", "2 345 678 personnes" → the number. */
async function frenchNumber(locator: Locator): Promise<number> {
  const text = ((await locator.textContent()) ?? '').trim()
  const negative = /^[−-]/.test(text)
  return (negative ? -1 : 1) * Number(text.replace(/[^\d,]/g, '').replace(',', '.'))
}

test('the consumer and the environment: cards, valuation at the median wage, a staffed channel kept open', async ({
  page,
  host,
  problems,
}) => {
  await openLevier(page, host, { viewport: { width: 1280, height: 900 } })
  const groups = page.getByRole('tablist', { name: fr.headlineGroupsLabel })
  await groups.getByRole('tab', { name: fr.headlineTabConsumer }).click()
  const panel = page.locator('.headline .tab-panel:not([hidden])')
  await expect(panel.locator('.card.consumer')).toHaveCount(6)

  // Units as the cards write them: hours, euros, people, carbon.
  const value = panel.getByTestId('headline-consumer_work_value_final')
  const people = panel.getByTestId('headline-people_losing_channel_final')
  await expect(panel.getByTestId('headline-consumer_time_net_change_final')).toHaveText(
    /millions d’heures$/,
  )
  await expect(value).toHaveText(/Md€$/)
  await expect(people).toHaveText(/personnes$/)
  await expect(panel.getByTestId('headline-footprint_change_final')).toHaveText(/kt CO₂e$/)
  await expect(panel.getByTestId('headline-footprint_share_digital_final')).toHaveText(/%$/)

  // Valued at the median wage, the same net time is worth the median's multiple of the SMIC.
  const pick = panel.getByRole('radiogroup', { name: fr.consumerValuationLabel })
  await expect(pick.getByRole('radio', { name: 'SMIC', exact: true })).toBeChecked()
  const atSmic = await frenchNumber(value)
  expect(atSmic).not.toBe(0)
  // The median wage's multiple, as the pick says it (« salaire médian (1,6 SMIC) »).
  const medianChoice = pick.getByRole('radio', { name: /salaire médian/ })
  const medianText = await pick
    .locator('label')
    .filter({ hasText: /salaire médian/ })
    .textContent()
  const median = Number(/\(([\d,]+)/.exec(medianText ?? '')?.[1]?.replace(',', '.'))
  expect(median).toBeGreaterThan(1)
  await medianChoice.check()
  await expect.poll(async () => (await frenchNumber(value)) / atSmic).not.toBeCloseTo(1, 2)
  // The card shows three figures: the ratio holds to their rounding.
  const ratio = (await frenchNumber(value)) / atSmic
  expect(Math.abs(ratio / median - 1)).toBeLessThan(0.015)
  // The pick is the scenario's assumption: the assumptions panel shows it modified.
  await page.getByRole('tab', { name: fr.assumptionsTab }).click()
  await expect(page.getByTestId('assumptions-modified-count')).toHaveText(fr.assumptionsModifiedOne)
  // Undone like any edit.
  await page.keyboard.press('Control+z')
  await expect.poll(() => frenchNumber(value)).toBe(atSmic)
  await expect(pick.getByRole('radio', { name: 'SMIC', exact: true })).toBeChecked()

  // Keeping half of the closing counters open leaves fewer people without their channel.
  const before = await frenchNumber(people)
  expect(before).toBeGreaterThan(0)
  await page.getByRole('tab', { name: fr.leversTitle }).click()
  const levers = page.getByRole('region', { name: fr.leversTitle })
  await levers.getByLabel('Canal servi maintenu : réforme').check()
  await expect.poll(() => frenchNumber(people)).toBeLessThan(before)
  await expect(page.getByTestId('chart-consumer-net-time')).toBeAttached()
  await expect(page.getByTestId('chart-footprint')).toBeAttached()

  // A Monte Carlo run of the scenario as it now stands: each card gives its figure's 90 % band.
  await expect(page.getByTestId('indicator-band-people_losing_channel_final')).toHaveCount(0)
  await page.getByRole('tab', { name: fr.uncertaintyTab }).click()
  const mc = page.getByRole('region', { name: fr.mcTitle })
  await mc.getByLabel(fr.mcDraws).fill('500')
  await mc.getByRole('button', { name: fr.mcRun }).click()
  await expect(mc.getByTestId('mc-status')).toHaveText(/^500 tirages/, { timeout: 30_000 })
  const band = panel.getByTestId('indicator-band-people_losing_channel_final')
  await expect(band).toHaveText(
    /^Sur 90\u202f% des tirages : \[[\d\u202f]+ personnes ; [\d\u202f]+ personnes\]$/,
  )
  const bounds = /\[([\d\u202f]+) personnes ; ([\d\u202f]+) personnes\]/.exec(
    (await band.textContent()) ?? '',
  )
  const [low, high] = [bounds?.[1], bounds?.[2]].map((n) => Number((n ?? '').replace(/\D/g, '')))
  expect(low).toBeLessThanOrEqual(high as number)
  await expect(panel.getByTestId('indicator-band-consumer_work_value_final')).toHaveText(
    /^ \[.+Md€ ; .+Md€\]$/,
  )
  await page.screenshot({ path: join(SCREENSHOTS, 'consumer-cards-fr.png') })
  await problems.expectNone()
})

test('the comparison table: the consumer’s ledger as a group of its own, each row in its unit', async ({
  page,
  host,
  problems,
}) => {
  test.setTimeout(60_000)
  await openLevier(page, host)
  const { view } = await compareNewScenarios(page, ['dst-6', 'data-levy-colin-collin'])
  const table = view.getByRole('region', { name: fr.compareTableTitle })
  const group = table.locator('tbody[data-group="consumer"]')
  await expect(group.locator('.group-row')).toHaveText(fr['indicatorGroup.consumer'])
  const ids = INDICATOR_GROUPS.find((g) => g.id === 'consumer')?.ids ?? []
  await expect(group.locator('tr:not(.group-row)')).toHaveCount(ids.length)
  const row = (label: string) => group.getByRole('row', { name: new RegExp(`^${label}`) })
  await expect(row(fr['series.people_losing_channel_final']).locator('td').first()).toHaveText(
    /personnes$/,
  )
  await expect(row(fr['series.footprint_change_final']).locator('td').first()).toHaveText(
    /kt CO₂e$/,
  )
  await expect(row(fr['series.coproduction_imposed_share_final']).locator('td').first()).toHaveText(
    /%$/,
  )
  await problems.expectNone()
})
