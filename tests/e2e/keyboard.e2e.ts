import type { Page } from '@playwright/test'
import fr from '../../shared/i18n/fr.json' with { type: 'json' }
import { LEVER_GROUPS } from '../../shared/model/levers/lever-groups'
import { expect, openLevier, test } from './fixtures'

/** Is the focus on a field (slider or number) of the earmarking's fieldset? */
const onEarmarking = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement
    return (
      active instanceof HTMLInputElement &&
      document.getElementById('lever-group-earmarking')?.contains(active) === true
    )
  })

/** Press Tab until `reached` holds, at most `max` times; how many presses it took (null if never). */
async function tabsUntil(page: Page, reached: () => Promise<boolean>, max = 200) {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab')
    if (await reached()) return presses
  }
  return null
}

test('keyboard: regions by F6 and Alt+1/2/3, skip links, a rate slider’s large step, focus back after Properties; a whole card explains its figure', async ({
  page,
  host,
  problems,
}) => {
  test.setTimeout(60_000)
  await openLevier(page, host, { viewport: { width: 1440, height: 900 } })
  const library = page.locator('#region-library')
  const levers = page.locator('#region-levers')
  const results = page.locator('#region-results')

  // From page load to the earmarking field by Tab alone: every control on the way.
  const byTabOnly = await tabsUntil(page, () => onEarmarking(page))
  expect(byTabOnly).not.toBeNull()
  // The same from a fresh load by the skip link to the levers, then the levers' own links.
  await page.reload()
  await expect(page.getByTestId('headline-robss_balance_final')).toHaveText(/Md€$/)
  const skip = page.getByRole('link', { name: fr.skipToLevers })
  const toSkip = await tabsUntil(page, async () =>
    skip.evaluate((a) => a === document.activeElement),
  )
  await page.keyboard.press('Enter')
  await expect(levers).toBeFocused()
  const earmarking = LEVER_GROUPS.find((g) => g.id === 'earmarking')?.label.fr ?? ''
  const jump = page.getByRole('navigation', { name: fr.leverJumpsLabel }).getByRole('link', {
    name: earmarking,
  })
  const toJump = await tabsUntil(page, async () =>
    jump.evaluate((a) => a === document.activeElement),
  )
  await page.keyboard.press('Enter')
  const toField = await tabsUntil(page, () => onEarmarking(page))
  const bySkipLinks = (toSkip ?? 0) + (toJump ?? 0) + (toField ?? 0)
  test.info().annotations.push({
    type: 'tab presses to the earmarking field',
    description: `Tab only: ${byTabOnly}; by the skip links: ${bySkipLinks} (and 2 Enter)`,
  })
  expect(bySkipLinks).toBeLessThanOrEqual(10)
  expect(bySkipLinks).toBeLessThan((byTabOnly ?? 0) / 5)

  // Alt+1, Alt+2, Alt+3 go to the library, the levers and the results; F6 cycles them.
  await page.keyboard.press('Alt+1')
  await expect(library).toBeFocused()
  await page.keyboard.press('Alt+3')
  await expect(results).toBeFocused()
  await page.keyboard.press('F6')
  await expect(library).toBeFocused()
  await page.keyboard.press('F6')
  await expect(levers).toBeFocused()
  await page.keyboard.press('Shift+F6')
  await expect(library).toBeFocused()
  // The levers are behind a tab: Alt+2 from another input tab brings them back.
  await page.getByRole('tab', { name: fr.adoptionTab }).click()
  await page.keyboard.press('Alt+2')
  await expect(levers).toBeFocused()
  await expect(page.getByRole('tab', { name: fr.leversTitle })).toHaveAttribute(
    'aria-selected',
    'true',
  )

  // A rate slider: Page Up moves a whole point (10 steps of 0,1), Home and End go to its ends.
  const region = page.getByRole('region', { name: fr.leversTitle })
  await region.getByLabel('TSN : réforme').check()
  const rate = region.getByLabel('Taux de la TSN', { exact: true })
  await expect(rate).toHaveValue('3')
  const slider = region.getByRole('slider', { name: 'Taux de la TSN (curseur)' })
  await slider.focus()
  await page.keyboard.press('PageUp')
  await expect(rate).toHaveValue('4')
  await page.keyboard.press('PageUp')
  await page.keyboard.press('PageUp')
  await expect(rate).toHaveValue('6')
  await page.keyboard.press('PageDown')
  await expect(rate).toHaveValue('5')
  await page.keyboard.press('End')
  await expect(rate).toHaveValue('50')
  await page.keyboard.press('Home')
  await expect(rate).toHaveValue('0')

  // Properties, opened from the keyboard and confirmed with Enter: the focus comes back to its button.
  const properties = page.getByRole('button', { name: fr.propertiesAction })
  await properties.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: fr.propertiesTitle })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel(fr.nameLabel).fill('Renommé au clavier')
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Renommé au clavier')
  await expect(properties).toBeFocused()
  // …and after Cancel.
  await page.keyboard.press('Enter')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: fr.cancel }).click()
  await expect(properties).toBeFocused()

  // A card says its year, and a click on its label (not only its number) explains its figure.
  const apu = page.getByTestId('card-apu')
  await expect(apu.locator('dt')).toHaveText(/ en 20\d\d$/)
  // The figure's button lies over the whole card: a click on the label's place reaches it.
  const label = await apu.locator('dt').boundingBox()
  if (!label) throw new Error('no card label')
  await page.mouse.click(label.x + 5, label.y + label.height / 2)
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await problems.expectNone()
})
