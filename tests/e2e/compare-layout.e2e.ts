import type { Locator, Page } from '@playwright/test'
import fr from '../../shared/i18n/fr.json' with { type: 'json' }
import { findPreset } from '../../shared/model/scenario/presets'
import { compareNewScenarios, expect, openLevier, test } from './fixtures'

/**
 * What in the compare view is cut or scrolls sideways: an element whose content is wider than its
 * box (a table losing its last column, a label clipped, a sideways scroller), or whose box passes
 * the window's right edge. Visually hidden texts (1 px wide on purpose) and boxes with no width
 * (inline text, SVG parts) are not boxes that can be cut.
 */
function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const view = document.querySelector('.compare-view')
    if (!view) return ['no compare view']
    const right = document.documentElement.clientWidth
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
        typeof el.className === 'string' && el.className
          ? `.${el.className.split(' ').join('.')}`
          : ''
      } “${(el.textContent ?? '').trim().slice(0, 40)}”`
    const found: string[] = []
    for (const el of [view, ...view.querySelectorAll('*')]) {
      if (!(el instanceof HTMLElement) || el.closest('.visually-hidden')) continue
      const box = el.getBoundingClientRect()
      if (box.width <= 1 || box.height === 0) continue
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 1)
        found.push(`${name(el)} is ${el.scrollWidth} px wide in ${el.clientWidth} px`)
      if (box.right > right + 1)
        found.push(`${name(el)} ends at ${Math.round(box.right)} > ${right}`)
    }
    return found
  })
}

async function expectNothingCut(page: Page, state: string, within: Locator): Promise<void> {
  await expect(within).toBeVisible()
  const found = await overflows(page)
  if (found.length)
    await page.screenshot({ path: `test-results/cut-${state}-${page.viewportSize()?.width}.png` })
  expect(found, state).toEqual([])
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test(`compare current law with DST 6 % at ${viewport.width}×${viewport.height}: nothing cut, nothing scrolls sideways`, async ({
    page,
    host,
    problems,
  }) => {
    test.setTimeout(90_000)
    await openLevier(page, host, { viewport })
    // The current-law scenario a fresh host opens on, against a new one from the DST 6 % preset.
    const { view } = await compareNewScenarios(page, ['dst-6'])
    await view
      .getByRole('group', { name: new RegExp(fr.compareScenarios) })
      .getByRole('checkbox', { name: findPreset('current-law')?.label.fr ?? '', exact: true })
      .check()
    const table = view.getByRole('region', { name: fr.compareTableTitle }).first()
    await expect(table.getByText(fr.compareBest).first()).toBeVisible()
    await expectNothingCut(page, 'table', table)

    await view.getByRole('tab', { name: fr.chartsTitle }).click()
    const overlay = view.getByTestId('chart-compare-robss-balance')
    await expect(overlay).toHaveAttribute('data-drawn', /\d/)
    await expectNothingCut(page, 'charts', overlay)

    await view.getByRole('tab', { name: fr.compareAttributionTab }).click()
    const attribution = view.getByRole('region', { name: fr.attribTitle })
    await expect(attribution.getByTestId('chart-attribution-waterfall')).toHaveAttribute(
      'data-drawn',
      /\d/,
    )
    await expectNothingCut(page, 'attribution', attribution.getByRole('table').last())

    await view.getByRole('tab', { name: fr.compareGoalSeekTab }).click()
    await expectNothingCut(page, 'goal-seek', view.getByRole('region', { name: fr.gsTitle }))

    // The percentile table, from a short run (the fewest draws allowed).
    await view.getByRole('tab', { name: fr.uncertaintyTab }).click()
    const bands = view.getByRole('region', { name: fr.cmcTitle })
    await bands.getByLabel(fr.cmcDraws).fill('100')
    await bands.getByRole('button', { name: fr.cmcRun }).click()
    await expect(bands.getByTestId('cmc-status')).toHaveAttribute('data-status', 'done', {
      timeout: 30_000,
    })
    await expectNothingCut(page, 'uncertainty', bands.getByRole('table').first())
    await problems.expectNone()
  })
}
