import { csvDialect } from '../../shared/format/csv-dialect'
import { readCsv } from '../../shared/format/csv-read'
import { LEVER_DEFINITIONS } from '../../shared/model/levers/lever-definitions'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import en from '../../shared/i18n/en.json' with { type: 'json' }
import fr from '../../shared/i18n/fr.json' with { type: 'json' }
import { compareNewScenarios, expect, openLevier, test } from './fixtures'

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots')

/** "−1 234,5 Md€" → -1234.5 */
function frenchNumber(text: string): number {
  const negative = /^[−-]/.test(text.trim())
  return (negative ? -1 : 1) * Number(text.replace(/[^\d,]/g, '').replace(',', '.'))
}

test('compare three scenarios against current law: ROBSS deltas, differences, charts, saved and reopened, table exported', async ({
  page,
  host,
  problems,
}) => {
  test.setTimeout(60_000)
  await openLevier(page, host, { viewport: { width: 1600, height: 1000 } })
  const { view } = await compareNewScenarios(page, [
    'dst-15-tier',
    'platform-profit-10',
    'data-levy-colin-collin',
  ])
  await expect(view.getByRole('heading', { level: 1 })).toHaveText(fr.compareTitle)
  const library = page.getByRole('complementary', { name: fr.libraryTitle })
  const picks = view.getByRole('group', { name: new RegExp(fr.compareScenarios) })
  await expect(view.getByLabel(fr.compareReference)).toHaveValue('preset:current-law')

  // The table: each scenario's final-year ROBSS balance and its difference to current law.
  const table = view.getByRole('region', { name: fr.compareTableTitle })
  const gapRow = table.getByRole('row', { name: /^Solde du ROBSS, dernière année [−-]?\d/ })
  await expect(gapRow.getByRole('cell')).toHaveCount(4)
  const cells = await gapRow.getByRole('cell').allTextContents()
  const reference = frenchNumber(cells[0] ?? '')
  for (let i = 0; i < 3; i++) {
    const value = frenchNumber(
      (await gapRow
        .getByRole('cell')
        .nth(i + 1)
        .locator('.value')
        .textContent()) ?? '',
    )
    const delta = frenchNumber(
      (await table.getByTestId(`delta-robss_balance_final-${i}`).textContent()) ?? '',
    )
    // Each lever's yield over current law, earmarked, raises the ROBSS balance: positive deltas.
    expect(delta).toBeGreaterThan(0)
    // Each of the three figures is rounded for display (to 0.05 at most here).
    expect(Math.abs(value - reference - delta)).toBeLessThanOrEqual(0.15)
  }
  await expect(table.getByText(fr.compareBest).first()).toBeVisible()

  // Where the settings differ: the DST switch and its upper tier, among others.
  const inputs = view.getByRole('region', { name: fr.compareInputsTitle })
  await expect(
    inputs.getByRole('rowheader', { name: 'Tranche supérieure', exact: true }),
  ).toBeVisible()
  const dstSwitch = LEVER_DEFINITIONS.find((f) => f.path === 'levers.dst.enabled')?.label.fr
  await expect(inputs.getByRole('rowheader', { name: dstSwitch })).toBeVisible()

  // Overlays: the current-law path, the reference and one line per scenario.
  await view.getByRole('tab', { name: fr.chartsTitle }).click()
  const overlay = view.getByTestId('chart-compare-robss-balance')
  await overlay.scrollIntoViewIfNeeded()
  await expect(overlay).toHaveAttribute('data-drawn', /\d/)
  await expect(overlay.locator('.legendtext')).toHaveCount(5)
  // Its numbers as a spreadsheet too: an XLSX (a ZIP package) named after the comparison.
  const xlsxDownload = page.waitForEvent('download')
  await view
    .getByRole('button', { name: `${fr.exportAs} XLSX — Solde du ROBSS (scénario)` })
    .click()
  const xlsx = await xlsxDownload
  expect(xlsx.suggestedFilename()).toMatch(/-compare-robss-balance\.xlsx$/)
  expect(
    readFileSync((await xlsx.path()) as string)
      .subarray(0, 2)
      .toString(),
  ).toBe('PK')

  // Attribution: the DST and its upper tier share the change, the shares adding up to the total.
  await view.getByRole('tab', { name: fr.compareAttributionTab }).click()
  const attribution = view.getByRole('region', { name: fr.attribTitle })
  await attribution
    .getByLabel(fr.attribScenario)
    .selectOption({ label: 'TSN : tranche à 15 % au-delà de 2 Md€' })
  const shares = attribution.getByRole('table').last()
  const share = async (row: string | RegExp) =>
    frenchNumber(
      (await shares.getByRole('row', { name: row }).getByRole('cell').first().textContent()) ?? '',
    )
  const dst = await share(/^Taxe sur les services numériques/)
  const tier = await share(new RegExp(`^${fr.attribDstTier}`))
  const total = await share(/^Total/)
  // Three figures rounded for display, to 0.05 each at most.
  expect(Math.abs(dst + tier - total)).toBeLessThanOrEqual(0.15)
  expect(Math.abs(dst)).toBeGreaterThan(0)
  expect(Math.abs(tier)).toBeGreaterThan(0)
  await expect(attribution.getByTestId('chart-attribution-waterfall')).toHaveAttribute(
    'data-drawn',
    /\d/,
  )

  await page.screenshot({ path: join(SCREENSHOTS, 'compare-attribution-fr.png') })

  // Goal-seek: the DST rate putting the 2035 ROBSS balance back on its path, saved as a scenario.
  await view.getByRole('tab', { name: fr.compareGoalSeekTab }).click()
  const seek = view.getByRole('region', { name: fr.gsTitle })
  await seek.getByRole('button', { name: new RegExp(`^${fr.gsExample}`) }).click()
  await seek
    .getByLabel(fr.gsScenario)
    .selectOption({ label: 'Taxe sur le suivi des internautes (Collin et Colin)' })
  await seek.getByRole('button', { name: fr.gsRun }).click()
  await expect(seek.locator('.goal-seek-answer')).toContainText(fr.gsAchieved)
  await seek.getByLabel(fr.gsSaveName).fill('Données + TSN, solde 2035 rétabli')
  await seek.getByRole('button', { name: fr.gsSave }).click()
  await expect(
    seek.getByRole('status').filter({ hasText: 'Données + TSN, solde 2035 rétabli' }),
  ).toBeVisible()
  await expect(
    library.getByRole('button', { name: /Données \+ TSN, solde 2035 rétabli/ }),
  ).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOTS, 'compare-goal-seek-fr.png') })

  // Under uncertainty: the same draws for every scenario, medians with p5–p95, pairs stated.
  await view.getByRole('tab', { name: fr.uncertaintyTab }).click()
  const bands = view.getByRole('region', { name: 'Incertitude des scénarios comparés' })
  await bands.getByRole('button', { name: 'Lancer le calcul comparé' }).click()
  await expect(bands.getByTestId('cmc-status')).toHaveAttribute('data-status', 'done', {
    timeout: 20_000,
  })
  await expect(bands.getByTestId('cmc-pair')).toHaveCount(3)
  const percentiles = bands.getByRole('table')
  for (const row of await percentiles
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .all()) {
    const [p5, median, p95] = (await row.getByRole('cell').allTextContents()).map(frenchNumber)
    expect(p5).toBeLessThanOrEqual(median as number)
    expect(median).toBeLessThanOrEqual(p95 as number)
  }
  await bands.getByTestId('chart-compare-uncertainty').scrollIntoViewIfNeeded()
  await expect(bands.getByTestId('chart-compare-uncertainty')).toHaveAttribute('data-drawn', /\d/)
  await page.screenshot({ path: join(SCREENSHOTS, 'compare-uncertainty-fr.png') })
  await view.getByRole('tab', { name: fr.compareTableTab }).click()

  // The table as CSV, in the French spreadsheet convention.
  const downloading = page.waitForEvent('download')
  await table.getByRole('button', { name: `${fr.exportCsv} — ${fr.compareTableTitle}` }).click()
  const { head, rows } = readCsv(
    readFileSync((await (await downloading).path()) as string, 'utf8'),
    csvDialect('fr'),
  )
  // What produced it first: the compared scenarios against their reference.
  expect(head.find(([label]) => label === fr['export.provenance.scenario'])?.[1]).toContain(
    'TSN : tranche à 15 %',
  )
  const csv = rows.map((row) => row.join(';'))
  expect(csv[0]).toMatch(
    /^Indicateur;Droit constant \(leviers non réformés\);.*;TSN : tranche à 15 %.*;Unité$/,
  )
  expect(csv.find((line) => line.startsWith('Solde du ROBSS, dernière année;'))).toMatch(
    /;-?\d+,\d+;/,
  )

  // Saved in the workbook, found again after a reload.
  await view.getByLabel(fr.compareName).fill('Trois leviers')
  await view.getByRole('button', { name: fr.compareSave }).click()
  await expect(view.getByRole('status').filter({ hasText: fr.compareSaved })).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOTS, 'compare-fr.png') })
  await page.reload()
  await library.getByRole('button', { name: /Trois leviers/ }).click()
  await expect(view.getByLabel(fr.compareName)).toHaveValue('Trois leviers')
  await expect(picks.getByRole('checkbox', { checked: true })).toHaveCount(3)
  // The attribution's choice was saved with the comparison.
  await view.getByRole('tab', { name: fr.compareAttributionTab }).click()
  await expect(
    view
      .getByRole('region', { name: fr.attribTitle })
      .getByLabel(fr.attribScenario)
      .locator('option:checked'),
  ).toHaveText('TSN : tranche à 15 % au-delà de 2 Md€')

  // In English: labels and numbers follow the interface language.
  await page.getByRole('button', { name: 'English' }).click()
  await page.getByRole('tab', { name: en.compareTableTab }).click()
  const englishTable = page.getByRole('region', { name: en.compareTableTitle })
  await expect(
    englishTable.getByRole('row', { name: /^ROBSS balance, final year [−-]?€/ }),
  ).toContainText('bn')
  await page.screenshot({ path: join(SCREENSHOTS, 'compare-en.png') })
  await problems.expectNone()
})
