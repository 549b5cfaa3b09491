import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { findPreset, PRESETS } from '../../shared/model/scenario/presets'
import fr from '../../shared/i18n/fr.json' with { type: 'json' }
import { api, expect, test } from './fixtures'

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots')
const CURRENT_LAW = findPreset('current-law')?.label.fr ?? ''

/** At 1280×720 the charts are below the headline figures, drawn once scrolled into view. */
async function expectFirstChartDrawn(page: Page): Promise<void> {
  const chart = page.getByTestId('chart-robss-balance')
  await chart.scrollIntoViewIfNeeded()
  await expect(chart).toHaveAttribute('data-drawn', /\d/)
}

test('a fresh host opens on a live current-law scenario, its charts drawn, without a click', async ({
  page,
  host,
  problems,
}) => {
  // An analyst's screen, as the UI bench: charts are drawn once in view, and here the first is.
  await page.setViewportSize({ width: 1600, height: 1000 })
  await page.goto(host.url)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CURRENT_LAW)
  await expect(page.locator('[data-testid^="chart-"][data-drawn]').first()).toBeVisible()
  // The scenario is in the workbook, listed and selected, not a preview the page made up.
  const library = page.getByRole('complementary', { name: fr.libraryTitle })
  await expect(
    library.getByRole('button', { name: new RegExp(CURRENT_LAW.slice(0, 15)) }),
  ).toHaveAttribute('aria-pressed', 'true')
  const listed = await api<Array<{ name: string }>>(page, 'listScenarios')
  expect(listed.value.map((s) => s.name)).toEqual([CURRENT_LAW])
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.screenshot({ path: join(SCREENSHOTS, 'first-start-fr.png') })

  // Once seen, it is the scenario remembered: a reload opens it again, and none is added.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CURRENT_LAW)
  expect((await api<unknown[]>(page, 'listScenarios')).value).toHaveLength(1)
  await problems.expectNone()
})

test('a new workbook shows the presets gallery, and a card opens a scenario of its preset', async ({
  page,
  host,
  problems,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(host.url)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CURRENT_LAW)
  await page.getByRole('button', { name: `${fr.workbookMenu} ▾` }).click()
  await page.getByRole('menuitem', { name: fr.workbookNew }).click()
  const dialog = page.getByRole('dialog', { name: fr.workbookNew })
  await dialog.getByLabel(fr.pathLabel).fill(join(host.dataDir, 'Vide'))
  await dialog.getByLabel(fr.pathLabel).press('Enter')
  await expect(page.getByTestId('workbook-name')).toHaveText('Vide.levier')

  // No surprise scenario in a workbook the user made: the proposals to start from instead.
  const gallery = page.getByRole('region', { name: fr.galleryTitle })
  await expect(gallery).toBeVisible()
  await expect(page.getByRole('complementary', { name: fr.libraryTitle })).toContainText(
    fr.noScenarios,
  )
  for (const preset of PRESETS) {
    const card = gallery.getByTestId(`preset-card-${preset.id}`)
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(preset.label.fr)
    await expect(card).toContainText(preset.summary.fr)
    await expect(card).toContainText(preset.source)
  }
  await page.screenshot({ path: join(SCREENSHOTS, 'preset-gallery-fr.png') })

  // By keyboard: Tab reaches the cards' buttons, with a visible ring round the card.
  const dst6 = findPreset('dst-6')?.label.fr ?? ''
  const button = gallery.getByRole('button', { name: dst6 })
  await button.focus()
  const card = gallery.getByTestId('preset-card-dst-6')
  await expect(card).toHaveCSS('outline-style', 'solid')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dst6)
  await expectFirstChartDrawn(page)

  // By mouse, anywhere on a card, in another new workbook.
  expect((await api<unknown[]>(page, 'listScenarios')).value).toHaveLength(1)
  await page.getByRole('button', { name: `${fr.workbookMenu} ▾` }).click()
  await page.getByRole('menuitem', { name: fr.workbookNew }).click()
  await dialog.getByLabel(fr.pathLabel).fill(join(host.dataDir, 'Vide 2'))
  await dialog.getByLabel(fr.pathLabel).press('Enter')
  await expect(page.getByTestId('workbook-name')).toHaveText('Vide 2.levier')
  const directive = findPreset('eu-platform-directive')
  // Low on the card, over its source line: the button's area covers the whole card.
  const directiveCard = gallery.getByTestId('preset-card-eu-platform-directive')
  const box = await directiveCard.boundingBox()
  await directiveCard.click({ position: { x: 20, y: (box?.height ?? 40) - 10 } })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(directive?.label.fr ?? '')
  await expectFirstChartDrawn(page)
  await problems.expectNone()
})
