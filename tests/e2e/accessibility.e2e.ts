import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Finding } from './accessibility-helpers'
import { audit, describe, MESSAGES, useLanguage } from './accessibility-helpers'
import { api, expect, test } from './fixtures'

/**
 * RGAA 4.1 (WCAG 2.1 AA) checked by axe-core on every view and state of the workbench, in both
 * languages: a contrast or a name can fail in one language only (longer labels, other texts).
 * Each test gathers what it finds across its states and fails once, listing them all.
 */

const SECTOR = 'accommodation_frontdesk'
const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots')

/** Focus is somewhere a keyboard user can go on from: never dropped on <body>. */
async function expectFocusKept(page: Page) {
  const focused = await page.evaluate(() => document.activeElement?.tagName ?? 'none')
  expect(focused).not.toBe('BODY')
  expect(focused).not.toBe('none')
}

async function newScenario(page: Page, preset: string, language: 'fr' | 'en') {
  const m = MESSAGES[language]
  const library = page.getByRole('complementary', { name: m.libraryTitle })
  await library.getByLabel(m.presetLabel).selectOption(preset)
  const count = async () =>
    (await api<unknown[]>(page, 'listScenarios')).value.filter(Boolean).length
  const before = await count()
  await library.getByRole('button', { name: m.newScenario }).click()
  await expect.poll(count).toBe(before + 1)
  await expect(page.locator('#scenario-title')).toBeVisible()
}

async function drawn(page: Page, testId: string) {
  const chart = page.getByTestId(testId)
  // Again if the chart is replaced meanwhile: the view of the scenario opened before (the one a
  // fresh host opens on) gives way to the new one's.
  await expect(async () => {
    await chart.scrollIntoViewIfNeeded({ timeout: 2000 })
    await expect(chart).toHaveAttribute('data-drawn', /\d/, { timeout: 2000 })
  }).toPass()
}

/** The workbench at 1440×900 in the language under test. */
async function openAt1440(page: Page, url: string, language: 'fr' | 'en') {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(url)
  await useLanguage(page, language)
}

function expectClean(findings: Finding[]) {
  expect(findings, describe(findings)).toEqual([])
}

for (const language of ['fr', 'en'] as const) {
  const m = MESSAGES[language]

  test(`accessibility (${language}): library, error banner, results, chart data, adoption drawing, assumptions`, async ({
    page,
    host,
  }) => {
    test.setTimeout(240_000)
    await openAt1440(page, host.url, language)
    const findings: Finding[] = []
    findings.push(...(await audit(page, 'library, first scenario')))

    // The error banner: a refused call, as the host would answer it.
    await page.route('**/api/createScenario', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: false, error: { code: 'storage', message: 'disk full' } }),
      }),
    )
    const library = page.getByRole('complementary', { name: m.libraryTitle })
    await library.getByRole('button', { name: m.newScenario }).click()
    await expect(page.locator('.error-banner')).toContainText('disk full')
    findings.push(...(await audit(page, 'error banner')))
    await page.getByRole('button', { name: m.dismiss }).click()
    await page.unroute('**/api/createScenario')

    await newScenario(page, 'current-law', language)
    await drawn(page, 'chart-robss-balance')
    findings.push(...(await audit(page, 'levers and result charts')))
    await expectFocusKept(page)

    // Each chart's text alternative: its numbers as a table, opened and closed from the keyboard.
    const figure = page.locator('figure', { has: page.getByTestId('chart-robss-balance') })
    await expect(page.getByTestId('chart-robss-balance')).toHaveAttribute(
      'aria-describedby',
      /description/,
    )
    await figure.getByRole('button', { name: m.chartShowData }).focus()
    await page.keyboard.press('Enter')
    await expect(figure.getByRole('button', { name: m.chartHideData })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    const table = figure.getByRole('table', { name: m.chartDataCaption })
    await expect(table).toBeVisible()
    await expect(table.getByRole('columnheader').first()).toBeVisible()
    await expect(table.getByRole('rowheader').first()).toHaveText(/^20\d\d$/)
    // Numbers as the screen writes them: "−12,3 Md€" in French, "−€12.3bn" in English.
    await expect(table.getByRole('cell').first()).toHaveText(
      language === 'fr' ? /^[−\d][\d\u202f]*(,\d+)?\u202fMd€$/ : /^−?€[\d,]+(\.\d+)?bn$/,
    )
    await figure.scrollIntoViewIfNeeded()
    await figure.screenshot({ path: join(SCREENSHOTS, `chart-data-table-${language}.png`) })
    findings.push(...(await audit(page, 'chart data table open')))
    await page.keyboard.press('Enter')
    await expect(table).toHaveCount(0)
    await expect(figure.getByRole('button', { name: m.chartShowData })).toBeFocused()

    await page.getByRole('tab', { name: m.adoptionTab }).click()
    const adoption = page.getByRole('region', { name: m.adoptionTitle })
    await adoption.getByLabel(m.adoptionSector).selectOption(SECTOR)
    await drawn(page, `chart-adoption-${SECTOR}`)
    findings.push(...(await audit(page, 'adoption')))
    await adoption.getByRole('radio', { name: m.adoptionTypeDrawn }).check()
    await expect(adoption.getByRole('table', { name: m.adoptionPointsTitle })).toBeVisible()
    findings.push(...(await audit(page, 'adoption, drawing mode')))

    await page.getByRole('tab', { name: m.assumptionsTab }).click()
    findings.push(...(await audit(page, 'assumptions')))
    expectClean(findings)
  })

  test(`accessibility (${language}): ledger, history, dialogs, focus after closing and deleting`, async ({
    page,
    host,
  }) => {
    test.setTimeout(240_000)
    await openAt1440(page, host.url, language)
    await newScenario(page, 'current-law', language)
    await expectFocusKept(page)
    const findings: Finding[] = []

    await page.getByRole('tab', { name: m.ledgerTitle }).click()
    findings.push(...(await audit(page, m.ledgerTitle)))
    // A ledger figure explained ("why this number"), then back to that figure.
    const cell = page.locator('[data-cell]').first()
    await cell.click()
    await expect(page.getByRole('dialog')).toBeVisible()
    findings.push(...(await audit(page, 'explain dialog')))
    await page.keyboard.press('Escape')
    await expect(cell).toBeFocused()
    await page.getByRole('tab', { name: m.historyTitle }).click()
    findings.push(...(await audit(page, m.historyTitle)))

    for (const [button, title] of [
      [m.helpButton, m.helpTitle],
      [m.aboutButton, m.aboutTitle],
    ] as const) {
      const opener = page.getByRole('button', { name: button, exact: true })
      await opener.click()
      await expect(page.getByRole('dialog', { name: title })).toBeVisible()
      findings.push(...(await audit(page, title)))
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog', { name: title })).toHaveCount(0)
      // Closed: the focus is back on the button that opened the dialog.
      await expect(opener).toBeFocused()
    }

    const properties = page.getByRole('button', { name: m.propertiesAction })
    await properties.click()
    await expect(page.getByRole('dialog')).toBeVisible()
    findings.push(...(await audit(page, 'scenario properties')))
    await page.keyboard.press('Escape')
    await expect(properties).toBeFocused()

    const menuButton = page.getByRole('button', { name: `${m.workbookMenu} ▾` })
    for (const item of [m.workbookNew, m.workbookOpen]) {
      await menuButton.click()
      await expect(page.getByRole('menuitem', { name: item })).toBeVisible()
      findings.push(...(await audit(page, 'workbook menu')))
      await page.getByRole('menuitem', { name: item }).click()
      const dialog = page.getByRole('dialog', { name: item })
      await expect(dialog).toBeVisible()
      findings.push(...(await audit(page, item)))
      await dialog.getByRole('button', { name: m.cancel }).click()
      // The menu item that opened it is gone with its menu: the focus goes to the menu's button.
      await expect(menuButton).toBeFocused()
    }

    // A scenario put in the trash takes its view with it: the focus goes to the new view's title.
    await page.getByRole('button', { name: m.deleteAction }).click()
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
    await expectFocusKept(page)

    // A new, empty workbook: the presets as a gallery to start from.
    await menuButton.click()
    await page.getByRole('menuitem', { name: m.workbookNew }).click()
    const dialog = page.getByRole('dialog', { name: m.workbookNew })
    await dialog.getByLabel(m.pathLabel).fill(join(host.dataDir, 'Vide'))
    await dialog.getByLabel(m.pathLabel).press('Enter')
    await expect(page.getByRole('region', { name: m.galleryTitle })).toBeVisible()
    findings.push(...(await audit(page, 'presets gallery, empty workbook')))
    expectClean(findings)
  })

  test(`accessibility (${language}): uncertainty after a run, brief dialog and preview`, async ({
    page,
    host,
  }) => {
    test.setTimeout(240_000)
    await openAt1440(page, host.url, language)
    await newScenario(page, 'dst-6', language)
    await drawn(page, 'chart-robss-balance')
    const findings: Finding[] = []
    await page.getByRole('tab', { name: m.uncertaintyTab }).click()
    const mc = page.getByRole('region', { name: m.mcTitle })
    findings.push(...(await audit(page, 'uncertainty, idle')))
    await mc.getByLabel(m.mcDraws).fill('1000')
    await mc.getByRole('button', { name: m.mcRun }).click()
    await expect(mc.getByTestId('mc-status')).toHaveAttribute('data-status', 'done', {
      timeout: 30_000,
    })
    await drawn(page, 'chart-tornado')
    findings.push(...(await audit(page, 'uncertainty, after a run')))

    await page.getByRole('button', { name: m.briefPrintAction }).click()
    const dialog = page.getByRole('dialog', { name: m.briefDialogTitle })
    await expect(dialog).toBeVisible()
    findings.push(...(await audit(page, 'brief dialog')))
    const previewButton = dialog.getByRole('button', { name: m.briefPreview, exact: true })
    if (await previewButton.isVisible()) await previewButton.click()
    await expect(dialog.getByRole('region', { name: m.briefPreviewLabel })).toBeVisible()
    findings.push(...(await audit(page, 'brief preview')))
    await dialog.getByRole('button', { name: m.close }).click()
    await expect(page.getByRole('button', { name: m.briefPrintAction })).toBeFocused()
    expectClean(findings)
  })

  test(`accessibility (${language}): compare, each tab`, async ({ page, host }) => {
    test.setTimeout(240_000)
    await openAt1440(page, host.url, language)
    for (const preset of ['dst-6', 'platform-profit-10']) await newScenario(page, preset, language)
    const library = page.getByRole('complementary', { name: m.libraryTitle })
    await library.getByRole('button', { name: m.compareNew }).click()
    const view = page.getByRole('region', { name: m.compareTitle })
    const picks = view.getByRole('group', { name: new RegExp(m.compareScenarios) })
    for (const box of await picks.getByRole('checkbox').all())
      if (!(await box.isChecked())) await box.check()
    const findings: Finding[] = []
    for (const tab of [
      m.compareTableTab,
      m.chartsTitle,
      m.compareAttributionTab,
      m.compareGoalSeekTab,
      m.uncertaintyTab,
    ]) {
      await view.getByRole('tab', { name: tab }).click()
      await page.waitForTimeout(500)
      findings.push(...(await audit(page, `compare: ${tab}`)))
    }
    expectClean(findings)
  })
}
