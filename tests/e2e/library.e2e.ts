import { join } from 'node:path'
import en from '../../shared/i18n/en.json' with { type: 'json' }
import fr from '../../shared/i18n/fr.json' with { type: 'json' }
import { api, createFromPreset, expect, openLevier, test } from './fixtures'

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots')

test('the scenario library: create from a preset, rename, duplicate, history and comparison, trash', async ({
  page,
  host,
  problems,
}) => {
  // A fresh host's workbook holds the current-law scenario (an empty one's message: first-minute.e2e.ts).
  const library = await openLevier(page, host)
  await expect(library.getByRole('listitem')).toHaveCount(1)

  await createFromPreset(page, 'dst-6')
  const title = page.getByRole('heading', { level: 1 })
  await expect(title).toHaveText('TSN à 6 % au-delà de 2 Md€ (vote de l’Assemblée, 28 oct. 2025)')
  // Headline figures come from the saved version, in French number format.
  await expect(page.getByTestId('headline-robss_balance_final')).toHaveText(/^−?\d+,\d+\u202fMd€$/)

  await page.getByRole('button', { name: fr.propertiesAction }).click()
  const dialog = page.getByRole('dialog', { name: fr.propertiesTitle })
  await dialog.getByLabel(fr.nameLabel).fill('TSN 6 %')
  await dialog.getByLabel(fr.nameLabel).press('Enter')
  await expect(title).toHaveText('TSN 6 %')

  // Tags: a tag too long is refused in the dialog; kept ones are shown and found by the search.
  await page.getByRole('button', { name: fr.propertiesAction }).click()
  await dialog.getByLabel(fr.tagsLabel).fill(`PLF 2026, ${'x'.repeat(51)}`)
  await dialog.getByRole('button', { name: fr.confirm }).click()
  await expect(dialog.getByRole('alert')).toContainText(fr.tagsTooLong)
  await dialog.getByLabel(fr.tagsLabel).fill('PLF 2026 ; TSN, plf 2026')
  await dialog
    .getByLabel(fr.descriptionLabel)
    .fill('Vote de l’Assemblée, affecté à la Sécurité sociale.')
  await dialog.getByRole('button', { name: fr.confirm }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('list', { name: fr.tagsLabel }).getByRole('listitem')).toHaveText([
    'PLF 2026',
    'TSN',
  ])
  await library.getByLabel(fr.searchScenarios).fill('plf 2026')
  await expect(library.getByRole('button', { name: /TSN 6 %/ })).toHaveCount(1)
  await library.getByLabel(fr.searchScenarios).fill('')

  await page.getByRole('button', { name: fr.duplicateAction }).click()
  await expect(title).toHaveText('TSN 6 % (copie)')
  await expect(library.getByRole('button', { name: /TSN 6 %/ })).toHaveCount(2)

  // A second version saved elsewhere (the levers panel comes later): rate 6 % → 8 %.
  const id = (await api<Array<{ id: string; name: string }>>(page, 'listScenarios')).value.find(
    (s) => s.name === 'TSN 6 % (copie)',
  )?.id
  const stored = await api<{ scenario: { levers: { dst: { rate: number } } } }>(
    page,
    'getScenario',
    { id },
  )
  stored.value.scenario.levers.dst.rate = 0.08
  await api(page, 'saveScenario', { id, scenario: stored.value.scenario, note: 'taux 8 %' })
  await library.getByLabel(fr.searchScenarios).fill('copie')
  await expect(library.getByRole('button', { name: /TSN 6 %/ })).toHaveCount(1)
  await library.getByRole('button', { name: /TSN 6 % \(copie\)/ }).click()
  await page.getByRole('tab', { name: fr.historyTitle }).click()
  await page.getByRole('button', { name: `${fr.compareAction} (v1)` }).click()
  const changes = page.getByRole('table').last()
  await expect(changes).toContainText('Taux de la TSN')
  await expect(changes).toContainText('6\u202f%')
  await expect(changes).toContainText('8\u202f%')
  await page.screenshot({ path: join(SCREENSHOTS, 'library-fr.png'), fullPage: true })

  await page.getByRole('button', { name: `${fr.restoreAction} v1` }).click()
  await expect(page.getByRole('cell', { name: `v3 (${fr.current})` })).toBeVisible()

  await page.getByRole('button', { name: fr.deleteAction }).click()
  await library.getByLabel(fr.searchScenarios).fill('')
  await expect(library.getByRole('button', { name: /TSN 6 %/ })).toHaveCount(1)
  await library.getByRole('button', { name: `${fr.trashView} (1)` }).click()
  await library.getByRole('button', { name: `${fr.restoreAction} TSN 6 % (copie)` }).click()
  await library.getByRole('button', { name: fr.scenariosView }).click()
  await expect(library.getByRole('button', { name: /TSN 6 %/ })).toHaveCount(2)

  // Emptying the trash asks first, says what goes for good, and can be cancelled.
  await library.getByRole('button', { name: /TSN 6 % \(copie\)/ }).click()
  await page.getByRole('button', { name: fr.deleteAction }).click()
  await library.getByRole('button', { name: `${fr.trashView} (1)` }).click()
  await library.getByRole('button', { name: fr.emptyTrashAction }).click()
  const confirm = page.getByRole('dialog', { name: fr.emptyTrashAction })
  await expect(confirm).toContainText(`${fr.emptyTrashCount} 1`)
  const restoreCopy = library.getByRole('button', { name: `${fr.restoreAction} TSN 6 % (copie)` })
  await confirm.getByRole('button', { name: fr.cancel }).click()
  await expect(restoreCopy).toHaveCount(1)
  await library.getByRole('button', { name: fr.emptyTrashAction }).click()
  await confirm.getByRole('button', { name: fr.emptyTrashConfirm }).click()
  await expect(restoreCopy).toHaveCount(0)
  await library.getByRole('button', { name: fr.scenariosView }).click()
  await expect(library.getByRole('button', { name: /TSN 6 %/ })).toHaveCount(1)

  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('complementary', { name: en.libraryTitle })).toBeVisible()
  await page
    .getByRole('complementary', { name: en.libraryTitle })
    .getByRole('button', { name: /TSN 6 %/ })
    .click()
  await expect(page.getByTestId('headline-robss_balance_final')).toHaveText(/^−?€\d+\.\d+bn$/)
  await page.screenshot({ path: join(SCREENSHOTS, 'library-en.png'), fullPage: true })
  await problems.expectNone()
})
