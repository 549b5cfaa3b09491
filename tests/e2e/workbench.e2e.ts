import { csvDialect } from '../../shared/format/csv-dialect'
import { findPreset } from '../../shared/model/scenario/presets'
import { DEFAULT_BASELINE_ID } from '../../shared/model/baseline/baseline-ids'
import { formatValue } from '../../shared/format/format-value'
import { readFileSync } from 'node:fs'
import { readCsv } from '../../shared/format/csv-read'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { LEVER_DEFINITIONS } from '../../shared/model/levers/lever-definitions'
import { LEVER_GROUPS } from '../../shared/model/levers/lever-groups'
import en from '../../shared/i18n/en.json' with { type: 'json' }
import fr from '../../shared/i18n/fr.json' with { type: 'json' }
import { expect, openLevier, test } from './fixtures'

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots')
const CHART_IDS = [
  'robss-balance',
  'lever-increments',
  'lost-recovered',
  'unedic-balance',
  'people',
  'jobs-by-sector',
  'adoption-by-sector',
  'consumer-work',
]

/** A money figure as either language writes it ("−1 234,5 Md€", "−€1,234.5bn") → -1234.5 */
async function money(locator: Locator): Promise<number> {
  const text = (await locator.textContent()) ?? ''
  const negative = /^[−-]/.test(text.trim())
  const digits = text.includes('Md€')
    ? text.replace(/[^\d,]/g, '').replace(',', '.')
    : text.replace(/[^\d.]/g, '')
  return (negative ? -1 : 1) * Number(digits)
}

/** How many times each chart in view at the top of the results has been drawn. */
async function drawCounts(page: Page): Promise<number[]> {
  return Promise.all(
    ['robss-balance', 'lever-increments'].map(async (id) =>
      Number((await page.getByTestId(`chart-${id}`).getAttribute('data-drawn')) ?? 0),
    ),
  )
}

/** Charts out of view are drawn when they come into view: scroll to each and see it drawn. */
async function expectEveryChartDrawn(page: Page): Promise<void> {
  for (const id of CHART_IDS) {
    const chart = page.getByTestId(`chart-${id}`)
    await chart.scrollIntoViewIfNeeded()
    await expect(chart).toHaveAttribute('data-drawn', /\d/)
    await expect(chart.locator('.main-svg').first()).toBeVisible()
  }
  await page.getByTestId('chart-robss-balance').scrollIntoViewIfNeeded()
}

test('the workbench: a scenario from a preset, every lever by keyboard and by typing, figures moving the right way, charts, help, languages, reload', async ({
  page,
  host,
  problems,
}) => {
  // A fresh host opens on a current-law scenario: the state this test starts from.
  await openLevier(page, host, { viewport: { width: 1600, height: 1000 } })
  await expectEveryChartDrawn(page)
  const balance = page.getByTestId('headline-robss_balance_final')
  await expect(balance).toHaveText(/^−[\d\s\u202f]+,\d+\u202fMd€$/)
  // The scenario's balance is the current-law path plus the scenario's effect (to rounding).
  const robssCard = page.getByTestId('card-robss')
  const law = await money(robssCard.getByTestId('headline-robss-current-law'))
  const change = await money(robssCard.getByTestId('headline-robss-change'))
  expect(Math.abs(law + change - (await money(balance)))).toBeLessThanOrEqual(0.11)
  // Under current law the coproduction cost is the whole effect: the balance is below the path.
  expect(change).toBeLessThan(0)
  await expect(page.getByTestId('card-unedic')).toContainText(fr.cardUnedicLead)
  await expect(page.getByTestId('headline-increment_total_final')).toHaveText(/^0(,0+)?\u202fMd€$/)
  // The stated rate is the baseline's discount-rate assumption, as the interface writes it.
  const baseline = JSON.parse(
    readFileSync(
      join(import.meta.dirname, `../../resources/baselines/${DEFAULT_BASELINE_ID}.json`),
      'utf8',
    ),
  ) as { assumptions: Record<string, { value: number }> }
  const discount = baseline.assumptions['finance.discount_rate']?.value as number
  await expect(page.getByTestId('discount-rate-note')).toContainText(
    formatValue(discount, 'share', 'fr').replace(/\u202f%/, ''),
  )

  // The reform switches say that off means current law.
  const levers = page.getByRole('region', { name: fr.leversTitle })
  await expect(levers.getByText(/Désactivé : le droit constant s’applique/).first()).toBeVisible()
  // The DST reform at the current-law rate adds nothing; the other two reforms raise the balance.
  await levers.getByLabel('TSN : réforme').check()
  let previous = await money(balance)
  for (const name of ['Taxe sur les données : réforme', 'Contribution des plateformes : réforme']) {
    const before = await drawCounts(page)
    await levers.getByLabel(name).check()
    await expect.poll(() => money(balance), { message: name }).toBeGreaterThan(previous)
    previous = await money(balance)
    // …and the charts in view are drawn again.
    await expect
      .poll(async () => (await drawCounts(page)).every((n, i) => n > (before[i] ?? 0)))
      .toBe(true)
  }
  // The DST at 6 % yields over current law, earmarked to the ROBSS: the balance rises again…
  const rate = levers.getByLabel('Taux de la TSN', { exact: true })
  await rate.fill('6')
  await rate.press('Enter')
  await expect.poll(() => money(balance)).toBeGreaterThan(previous)
  previous = await money(balance)
  // …and sending its increment to the State budget instead takes it back from the ROBSS.
  const earmark = levers
    .getByRole('group', { name: 'Affectation des recettes' })
    .getByLabel('Affectation au ROBSS du supplément : TSN', { exact: true })
  await earmark.fill('0')
  await earmark.press('Enter')
  await expect.poll(() => money(balance)).toBeLessThan(previous)
  // The worldwide threshold is a choice the lever table drives.
  await levers.getByLabel('Seuil de chiffre d’affaires mondial').selectOption('2bn')
  await expect(page.getByTestId('save-state')).toHaveText(fr.saveSaved)
  await page.getByTestId('card-robss').scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(SCREENSHOTS, 'workbench-cards-fr.png') })

  // Every numeric lever moves by keyboard on its slider, and takes a typed value.
  for (const field of LEVER_DEFINITIONS) {
    if (field.kind !== 'number') continue
    const group = LEVER_GROUPS.find((g) => g.id === field.group)?.label.fr ?? ''
    const fieldset = levers.getByRole('group', { name: group, exact: true })
    const typed = fieldset.getByLabel(field.label.fr, { exact: true })
    const slider = fieldset.getByRole('slider', { name: `${field.label.fr} (${fr.sliderLabel})` })
    const before = await typed.inputValue()
    await slider.focus()
    const atMax = Number(await slider.inputValue()) >= Number(await slider.getAttribute('max'))
    await page.keyboard.press(atMax ? 'ArrowLeft' : 'ArrowRight')
    await expect(typed, field.path).not.toHaveValue(before)

    const scale = field.unit === 'share' ? 100 : 1
    const steps = Math.round((field.max - field.min) / field.step / 2)
    const middle = Math.round((field.min + steps * field.step) * scale * 1e6) / 1e6
    const text = String(middle).replace('.', ',')
    await typed.fill(text)
    await typed.press('Enter')
    await expect(typed, field.path).toHaveValue(text)
    await expect(slider, field.path).toHaveValue(String(middle))
  }
  await expect(levers.getByRole('alert')).toHaveCount(0)

  // The ⓘ of a lever says what it is, what is modelled, and its sources.
  await levers.getByRole('button', { name: `${fr.leverInfo} : Taxe sur les données` }).click()
  await expect(levers.getByText('Colin et Collin (2013)', { exact: false }).first()).toBeVisible()

  // Help lists the keyboard shortcuts (F1).
  await page.keyboard.press('F1')
  const help = page.getByRole('dialog', { name: fr.helpTitle })
  await expect(help).toBeVisible()
  await expect(help.getByRole('row', { name: new RegExp(fr.helpUndo) })).toContainText('Ctrl+Z')
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()

  await expect(page.getByTestId('save-state')).toHaveText(fr.saveSaved)
  await page.screenshot({ path: join(SCREENSHOTS, 'workbench-fr.png') })

  // Hovering a chart shows exact values with their unit, written the French way.
  const gapChart = page.getByTestId('chart-robss-balance')
  await gapChart.scrollIntoViewIfNeeded()
  const box = await gapChart.locator('.nsewdrag').first().boundingBox()
  if (!box) throw new Error('the ROBSS-balance chart has no plot area')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await expect(gapChart.locator('.hoverlayer')).toContainText(/\d+,\d+\u202fMd€/)

  // Each chart exports its drawing (PNG, SVG) and its numbers (CSV, French spreadsheet style).
  const figure = page.getByRole('figure', { name: fr.chartRobssBalance })
  await expect(figure).toContainText('PLFSS 2026')
  const exported = async (format: string) => {
    const downloading = page.waitForEvent('download')
    await figure.getByRole('button', { name: new RegExp(`^${fr.exportAs} ${format}`) }).click()
    const file = await downloading
    expect(file.suggestedFilename()).toBe(
      `${findPreset('current-law')?.label.fr}-robss-balance.${format.toLowerCase()}`,
    )
    return readFileSync((await file.path()) as string)
  }
  expect((await exported('PNG')).subarray(1, 4).toString()).toBe('PNG')
  expect((await exported('SVG')).toString()).toMatch(
    /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/,
  )
  const { head, rows } = readCsv((await exported('CSV')).toString('utf8'), csvDialect('fr'))
  expect(head[0]?.[0]).toBe('Levier')
  const csv = rows.map((row) => row.join(';'))
  const inBillions = `(${fr['unit.bn_eur']})`
  expect(csv[0]).toBe(
    `Année;${fr.lineRobssPublished} ${inBillions};${fr.lineRobssRule} ${inBillions};Solde du ROBSS (scénario) ${inBillions}`,
  )
  // 2024 is a published year (the rule's column is empty); 2040 comes from the rule.
  expect(csv[1]).toMatch(/^2024;-?\d+,\d+;;-?\d+,\d+$/)
  expect(csv.find((l) => l.startsWith('2040;'))).toMatch(/^2040;;-?\d+,\d+;-?\d+,\d+$/)

  // English: labels, units and number formats; the choice and the open scenario survive a reload.
  await page.getByRole('button', { name: 'English' }).click()
  await expect(balance).toHaveText(/^−?€[\d,]+(\.\d+)?bn$/)
  await expect(page.getByRole('tab', { name: en.chartsTitle })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Droit constant|Current law/)
  await expect(
    page.getByRole('region', { name: en.leversTitle }).getByLabel('DST: reform'),
  ).toBeChecked()
  await expectEveryChartDrawn(page)
  await expect(page.getByTestId('chart-robss-balance').locator('.ytick').first()).toContainText('€')
  await page.screenshot({ path: join(SCREENSHOTS, 'workbench-en.png') })
  await problems.expectNone()
})
