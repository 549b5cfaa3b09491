import { csvDialect } from '../../shared/format/csv-dialect'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { csvNumber, readCsv } from '../../shared/format/csv-read'
import { escapeRegExp } from '../../shared/format/escape-reg-exp'
import { MESSAGES, useLanguage } from './accessibility-helpers'
import type { Messages } from './accessibility-helpers'
import { expect, openLevier, test } from './fixtures'
import { expectNothingCut, SCREENSHOTS } from './layout-helpers'
import { expectNoHorizontalOverflow, flat, pdfText, printPdf } from './print-pdf'

/**
 * The note of issue #15, performed as an analyst would at 1280×720: « TSN 6 % affectée à la Sécu
 * dès 2026 + contribution plateformes 10 % des bénéfices », an assumption changed, the uncertainty
 * run, a comparison with current law and the DST 6 % preset, the brief printed, the ledger
 * exported — in French, then in English.
 */
const VIEWPORT = { width: 1280, height: 720 }
const THETA = {
  fr: 'Caisses des commerces : travail supprimé par transaction en libre-service (θ)',
  en: 'Retail checkout: labour removed per self-service transaction (θ)',
} as const

/** A catalogue text with its {placeholders} filled. */
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)

/** The fixed words of a catalogue sentence before its first placeholder. */
const opening = (text: string) => (text.split('{')[0] ?? '').trim()

/** A scenario of the library by its name, whatever its version and date say after it. */
const scenarioButton = (library: Locator, name: string) =>
  library.getByRole('button', {
    name: new RegExp(`^${escapeRegExp(name)} v\\d`),
  })

/** Type into a field by keyboard, as an analyst does: select all, type, Enter. */
async function typeIn(field: Locator, text: string): Promise<void> {
  await field.focus()
  await field.press('Control+a')
  await field.pressSequentially(text)
  await field.press('Enter')
}

/** Nothing of the workbench is cut or scrolls sideways, and the page keeps no error. */
async function expectWhole(page: Page, state: string): Promise<void> {
  await expectNothingCut(page, '.shell', state)
}

async function buildTheScenario(page: Page, m: Messages): Promise<string> {
  const levers = page.getByRole('region', { name: m.leversTitle })
  // The DST at 6 % (the preset), earmarked to social security from 2026 only.
  const dst = m['lever.dst.name']
  const earmark = fill(m['lever.earmarking.share.label'], { name: dst })
  await typeIn(levers.getByLabel(earmark, { exact: true }), '0')
  await levers.getByRole('button', { name: `${m.scheduleAddStep} — ${earmark}` }).press('Enter')
  await typeIn(levers.getByLabel(`${earmark} — ${m.scheduleStepValue} 2026`), '100')
  const fromTwentySix = fill(m['schedule.from'], { value: '100\u202f%', year: '2026' })
  const schedule = m === MESSAGES.fr ? fromTwentySix : fromTwentySix.replace('100\u202f%', '100%')
  await expect(levers.getByText(schedule)).toBeVisible()
  // The platforms' contribution: 10 % of their profits (the base it proposes first).
  const platform = m['lever.platformContribution.name']
  const group = levers.getByRole('group', { name: platform, exact: true })
  await group.getByLabel(fill(m['lever.timing.enabled.label'], { name: platform })).check()
  await expect(group.getByLabel(m['lever.platformContribution.base.label'])).toHaveValue('profit')
  await typeIn(group.getByLabel(m['lever.platformContribution.rate.label'], { exact: true }), '10')
  await expect(levers.getByRole('alert')).toHaveCount(0)
  return schedule
}

for (const language of ['fr', 'en'] as const) {
  test(`an analyst's note, end to end at 1280×720 (${language}): scenario, assumption, uncertainty, comparison, brief, ledger`, async ({
    page,
    host,
    problems,
  }) => {
    test.setTimeout(240_000)
    const m = MESSAGES[language]
    await openLevier(page, host, { viewport: VIEWPORT, preset: 'dst-6' })
    // The library by its id: its name changes with the language.
    const library = page.locator('#region-library')
    await useLanguage(page, language)
    const ours = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
    const balance = page.getByTestId('headline-robss_balance_final')
    const before = await balance.textContent()

    const schedule = await buildTheScenario(page, m)
    await expect(balance).not.toHaveText(before ?? '')
    await expectWhole(page, `note-levers-${language}`)

    // An assumption: more labour removed per self-service checkout transaction.
    await page.getByRole('tab', { name: m.assumptionsTab }).click()
    const assumptions = page.getByRole('region', { name: m.assumptionsTitle })
    await assumptions.getByLabel(m.assumptionsSearch).fill(THETA[language].split(':')[0] ?? '')
    await typeIn(assumptions.getByLabel(THETA[language], { exact: true }), '80')
    await expect(assumptions.getByTestId('assumptions-modified-count')).not.toHaveText(
      m.assumptionsModifiedNone,
    )
    await expect(page.getByTestId('save-state')).toHaveText(m.saveSaved)

    // The uncertainty: the card gives the band of what the levers change.
    await page.getByRole('tab', { name: m.uncertaintyTab }).click()
    const mc = page.getByRole('region', { name: m.mcTitle })
    await mc.getByLabel(m.mcDraws).fill('1000')
    await mc.getByRole('button', { name: m.mcRun }).click()
    await expect(mc.getByTestId('mc-status')).toHaveAttribute('data-status', 'done', {
      timeout: 60_000,
    })
    const band = page.getByTestId('effect-band-robss_balance_final')
    await expect(band).toContainText(opening(m.effectBand))
    await expectWhole(page, `note-uncertainty-${language}`)
    await page.screenshot({ path: join(SCREENSHOTS, `note-card-${language}.png`) })

    // The comparison: current law (the scenario the host opened on) and the DST 6 % preset alone.
    await library.getByLabel(m.presetLabel).selectOption('dst-6')
    await library.getByRole('button', { name: m.newScenario }).click()
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(ours)
    const preset = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
    await expect(page.getByTestId('save-state')).not.toHaveText(m.savePending)
    await library.getByRole('button', { name: m.compareNew }).click()
    const view = page.getByRole('region', { name: m.compareTitle })
    const picks = view.getByRole('group', { name: new RegExp(m.compareScenarios) })
    for (const name of [ours, preset]) {
      const box = picks.getByRole('checkbox', { name, exact: true })
      if (!(await box.isChecked())) await box.check()
    }
    await expect(picks.getByRole('checkbox', { checked: true })).toHaveCount(2)
    const table = view.getByRole('region', { name: m.compareTableTitle }).first()
    await expect(table).toBeVisible()
    // Our scenario's schedule, in words, among what differs between them.
    await expect(view.getByText(schedule).first()).toBeVisible()
    await expectWhole(page, `note-compare-${language}`)
    await page.screenshot({ path: join(SCREENSHOTS, `note-compare-${language}.png`) })

    // The brief of our scenario, with its uncertainty: the schedule and the effect band in it.
    await scenarioButton(library, ours).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ours)
    await page.keyboard.press('Control+P')
    const dialog = page.getByRole('dialog', { name: m.briefDialogTitle })
    await expect(dialog.getByLabel(m.briefUncertainty)).toBeEnabled()
    await dialog.getByLabel(m.briefUncertainty).check()
    await dialog.getByLabel(m.briefLanguage).selectOption(language)
    const previewButton = dialog.getByRole('button', { name: m.briefPreview, exact: true })
    if (await previewButton.isVisible()) await previewButton.click()
    await expect(dialog.getByRole('region', { name: m.briefPreviewLabel })).toBeVisible()
    await expectNoHorizontalOverflow(page, language === 'fr' ? 'A4' : 'Letter')
    const text = pdfText(await printPdf(page, `note-${language}`))
    expect(text).toContain(flat(schedule))
    expect(text).toContain(flat(opening(m['brief.summary.effect'])))
    await dialog.getByRole('button', { name: m.close }).click()

    // The ledger, exported and read back: what produced it, then every year with its numbers.
    await page.getByRole('tab', { name: m.ledgerTitle }).click()
    const ledger = page.getByRole('region', { name: m.ledgerTitle })
    const downloading = page.waitForEvent('download')
    await ledger.getByRole('button', { name: m.exportCsv }).click()
    const file = await downloading
    const dialect = csvDialect(language)
    const { head, rows } = readCsv(readFileSync((await file.path()) as string, 'utf8'), dialect)
    expect(head.find(([, value]) => value.includes(ours))).toBeTruthy()
    const years = rows.slice(1).map((row) => Number(row[0]))
    expect(years[0]).toBe(2024)
    expect(years.at(-1)).toBe(2040)
    for (const row of rows.slice(1)) {
      expect(Number.isFinite(csvNumber(row[1], dialect)), row.join('|')).toBe(true)
    }
    await problems.expectNone()
  })
}
