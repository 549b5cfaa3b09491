import { findPreset } from '../../shared/model/scenario/presets'
import { MESSAGES, useLanguage } from './accessibility-helpers'
import { compareNewScenarios, expect, openLevier, test } from './fixtures'
import { expectNothingCut } from './layout-helpers'

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test(`compare current law with DST 6 % at ${viewport.width}×${viewport.height}, French and English: nothing cut, nothing scrolls sideways, every select shows its text`, async ({
    page,
    host,
    problems,
  }) => {
    test.setTimeout(150_000)
    await openLevier(page, host, { viewport })
    // The current-law scenario a fresh host opens on, against a new one from the DST 6 % preset.
    const { view: opened } = await compareNewScenarios(page, ['dst-6'])
    await opened
      .getByRole('group', { name: new RegExp(MESSAGES.fr.compareScenarios) })
      .getByRole('checkbox', { name: findPreset('current-law')?.label.fr ?? '', exact: true })
      .check()
    for (const language of ['fr', 'en'] as const) {
      const m = MESSAGES[language]
      await useLanguage(page, language)
      const view = page.getByRole('region', { name: m.compareTitle })
      const cut = (state: string) =>
        expectNothingCut(page, '.compare-view', `compare-${state}-${language}`)

      await view.getByRole('tab', { name: m.compareTableTab }).click()
      const table = view.getByRole('region', { name: m.compareTableTitle }).first()
      await expect(table.getByText(m.compareBest).first()).toBeVisible()
      await cut('table')

      await view.getByRole('tab', { name: m.chartsTitle }).click()
      const overlay = view.getByTestId('chart-compare-robss-balance')
      await expect(overlay).toHaveAttribute('data-drawn', /\d/)
      await cut('charts')

      await view.getByRole('tab', { name: m.compareAttributionTab }).click()
      const attribution = view.getByRole('region', { name: m.attribTitle })
      await expect(attribution.getByTestId('chart-attribution-waterfall')).toHaveAttribute(
        'data-drawn',
        /\d/,
      )
      await cut('attribution')

      await view.getByRole('tab', { name: m.compareGoalSeekTab }).click()
      await expect(view.getByRole('region', { name: m.gsTitle })).toBeVisible()
      await cut('goal-seek')

      // The percentile table, from a short run (the fewest draws allowed), kept in English.
      await view.getByRole('tab', { name: m.uncertaintyTab }).click()
      const bands = view.getByRole('region', { name: m.cmcTitle })
      if (language === 'fr') {
        await bands.getByLabel(m.cmcDraws).fill('100')
        await bands.getByRole('button', { name: m.cmcRun }).click()
      }
      await expect(bands.getByTestId('cmc-status')).toHaveAttribute('data-status', 'done', {
        timeout: 30_000,
      })
      await expect(bands.getByRole('table').first()).toBeVisible()
      await cut('uncertainty')
    }
    await problems.expectNone()
  })
}
