import type { Page } from '@playwright/test'
import { findPreset } from '../../shared/model/scenario/presets'
import { MESSAGES, useLanguage } from './accessibility-helpers'
import { createFromPreset, expect, openLevier, test } from './fixtures'
import { expectNothingCut } from './layout-helpers'

/** The first chart's drawing (Plotly's element, named by its test id). */
const DRAWING = '.charts figure.chart [data-testid^="chart-"]'

/** Where the headline cards end and the first chart begins, in px from the window's top. */
async function measure(page: Page) {
  const results = page.locator('#region-results')
  const cards = await results.locator('.headline-groups').boundingBox()
  const chart = await results.locator('.charts figure.chart').first().boundingBox()
  const drawing = await results.locator(DRAWING).first().boundingBox()
  if (!cards || !chart || !drawing) throw new Error('no cards or no chart')
  return {
    cardsTop: Math.round(cards.y),
    cardsHeight: Math.round(cards.height),
    chartTop: Math.round(chart.y),
    drawingTop: Math.round(drawing.y),
  }
}

/** The groups of headline cards, each a tab of their strip. */
const GROUP_TABS = [
  'headlineTabBalances',
  'headlineTabYield',
  'headlineTabCoproduction',
  'headlineTabConsumer',
  'headlineTabIncidence',
] as const

/** The texts of the shown group of cards set smaller than 12 px, which is too small to read. */
function smallTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    for (const el of document.querySelectorAll('.headline .tab-panel:not([hidden]) *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim())
      const size = parseFloat(getComputedStyle(el).fontSize)
      if (own && size < 11.95) found.push(`${el.textContent?.trim().slice(0, 30)}: ${size}px`)
    }
    return found
  })
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test(`scenario view at ${viewport.width}×${viewport.height}, French and English: the charts start above the fold, nothing cut, nothing scrolls sideways`, async ({
    page,
    host,
    problems,
  }) => {
    test.setTimeout(120_000)
    await openLevier(page, host, { viewport })
    // The current-law scenario a fresh host opens on, and one from the DST 6 % preset.
    await createFromPreset(page, 'dst-6')
    // The library by its id: its name changes with the language.
    const library = page.locator('#region-library')
    for (const language of ['fr', 'en'] as const) {
      await useLanguage(page, language)
      for (const preset of ['current-law', 'dst-6']) {
        const name = findPreset(preset)?.label.fr ?? preset
        await library.locator('.scenario-list button', { hasText: name }).click()
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
        const drawing = page.locator(`#region-results ${DRAWING}`).first()
        await expect(drawing).toBeAttached()
        const at = await measure(page)
        test.info().annotations.push({
          type: 'layout',
          description: `${viewport.width}×${viewport.height} ${language} ${preset}: ${JSON.stringify(at)}`,
        })
        // The figure's title and the top of its drawing are seen without scrolling.
        expect(at.drawingTop, `${language} ${preset}`).toBeLessThan(viewport.height - 40)
        // In view, it is drawn without a scroll (a chart out of view waits to be drawn).
        await expect(drawing).toHaveAttribute('data-drawn', /\d/)
        await expectNothingCut(page, '.shell', `workbench-${preset}-${language}`)
      }
      // Each group of cards in turn: readable, nothing cut, and the charts do not move.
      const m = MESSAGES[language]
      const groups = page.getByRole('tablist', { name: m.headlineGroupsLabel })
      for (const tab of GROUP_TABS) {
        const before = await measure(page)
        await groups.getByRole('tab', { name: m[tab] }).click()
        await expect(page.locator('.headline .tab-panel:not([hidden])')).toBeVisible()
        expect(await measure(page), m[tab]).toEqual(before)
        expect(await smallTexts(page), m[tab]).toEqual([])
        await expectNothingCut(page, '.shell', `workbench-cards-${tab}-${language}`)
        // Every card of the group with a figure of its own explains it on a click on its label.
        const cards = page.locator('.headline .tab-panel:not([hidden]) .card:has(.card-main)')
        for (const card of await cards.all()) {
          const label = await card.locator('dt').boundingBox()
          if (!label) throw new Error('no card label')
          await page.mouse.click(label.x + 5, label.y + label.height / 2)
          await expect(page.getByRole('dialog')).toBeVisible()
          await page.keyboard.press('Escape')
          await expect(page.getByRole('dialog')).toHaveCount(0)
        }
      }
      await groups.getByRole('tab', { name: m.headlineTabBalances }).click()
    }
    await problems.expectNone()
  })
}
