import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import fr from '../../shared/i18n/fr.json' with { type: 'json' }
import { baselineSchema } from '../../shared/model/baseline/baseline-schema'
import { findPreset } from '../../shared/model/scenario/presets'
import { LEDGER_BLOCKS, LEDGER_SERIES } from '../../shared/model/engine/ledger-series'
import type { Scenario } from '../../shared/model/scenario/scenario-schema'
import { GLOBAL_SERIES, INDICATORS } from '../../shared/model/engine/series'
import { simulate } from '../../shared/model/engine/simulate'
import type { Projection } from '../../shared/model/engine/simulate'
import { Calc, readAppCsv, sameNumber } from '../helpers/libreoffice'
import type { CalcCell } from '../helpers/libreoffice'
import { findSoffice } from '../helpers/test-tools'
import { api, expect, test } from './fixtures'

const DIR = join(import.meta.dirname, '../../test-results/spreadsheets')
const BASELINES = join(import.meta.dirname, '../../resources/baselines')
const soffice = findSoffice()
const CREATED = ['platform-profit-10', 'dst-15-tier'] as const

/** Over 1/10 s: Chromium starts at most ten link downloads a second per frame. */
const DOWNLOAD_PACE_MS = 120

/** Files by the name the app gave them, in the order they were exported. */
type Saved = Map<string, string>

/**
 * Click every CSV and XLSX export button in view, keeping each file as the browser saved it. A
 * table shown beside every tab (the percentiles) is kept once.
 */
async function exportAll(page: Page, scope: Locator, saved: Saved) {
  const buttons = scope.getByRole('button', { name: /\b(CSV|XLSX)\b/ })
  // Counted again at each turn: charts mount as they scroll into view, with their buttons.
  for (let i = 0; i < (await buttons.count()); i++) {
    const downloading = page.waitForEvent('download')
    await buttons.nth(i).click()
    const download = await downloading
    // Chromium drops (does not delay) an 11th link download within a second from one frame; a
    // person never clicks that fast, the loop does.
    await page.waitForTimeout(DOWNLOAD_PACE_MS)
    const name = download.suggestedFilename()
    if (saved.has(name)) continue
    const file = join(DIR, `${String(saved.size).padStart(3, '0')}-${name}`)
    await download.saveAs(file)
    saved.set(name, file)
  }
}

/** Every tab of a view in turn, exporting what its panel shows. */
async function exportEveryTab(page: Page, view: Locator, saved: Saved) {
  for (const name of await view.getByRole('tab').allTextContents()) {
    await view.getByRole('tab', { name, exact: true }).click()
    await exportAll(page, view.getByRole('tabpanel', { name, exact: true }), saved)
  }
}

/** Numbers equal to the digits Calc keeps; texts (labels, units) equal to the letter, accents included. */
const cellsEqual = (a: CalcCell | undefined, b: CalcCell | undefined): boolean =>
  typeof a === 'number' && typeof b === 'number' ? sameNumber(a, b) : a === b

/**
 * A figure of the CSV, written rounded as the screen shows it, against the model's or the XLSX's
 * full value: within half a unit of the CSV's last written digit.
 */
function asWritten(csv: CalcCell | undefined, full: number): boolean {
  if (typeof csv !== 'number') return false
  const digits = (String(csv).split('.')[1] ?? '').length
  return Math.abs(csv - full) <= 0.5 * 10 ** -digits + 1e-9 * Math.abs(full)
}

/** The provenance rows (`# …`) and the empty line after them, then the table. */
function splitHead(rows: CalcCell[][]): { head: CalcCell[][]; table: CalcCell[][] } {
  let n = 0
  while (String(rows[n]?.[0] ?? '').startsWith('# ')) n++
  return { head: rows.slice(0, n), table: rows.slice(n + 1) }
}

function expectSameSheet(actual: CalcCell[][], expected: CalcCell[][], what: string) {
  expect(actual.length, `${what}: rows`).toBe(expected.length)
  expected.forEach((row, r) => {
    // Calc drops the empty cells at a row's end.
    const width = Math.max(row.length, actual[r]?.length ?? 0)
    for (let c = 0; c < width; c++) {
      const got = actual[r]?.[c] ?? null
      const want = row[c] ?? null
      if (!cellsEqual(got, want))
        expect(got, `${what}: row ${r + 1}, column ${c + 1}`).toEqual(want)
    }
  })
}

async function storedScenarios(
  page: Page,
): Promise<Array<{ name: string; projection: Projection }>> {
  const list = await api<Array<{ id: string; name: string }>>(page, 'listScenarios')
  return Promise.all(
    list.value.map(async ({ id, name }) => {
      const stored = await api<{ scenario: Scenario }>(page, 'getScenario', { id })
      const scenario = stored.value.scenario
      // Playwright's loader takes no JSON import (shared/model/baseline/baselines): the file read as such.
      const raw = readFileSync(join(BASELINES, `${scenario.baseline}.json`), 'utf8')
      return { name, projection: simulate(scenario, baselineSchema.parse(JSON.parse(raw))) }
    }),
  )
}

test.skip(!soffice, 'LibreOffice (soffice) is missing: npm test says what to install')

test('every CSV and XLSX export reads back in LibreOffice Calc with the model’s numbers, signs and accents', async ({
  page,
  host,
  problems,
}) => {
  test.setTimeout(240_000)
  rmSync(DIR, { recursive: true, force: true })
  mkdirSync(DIR, { recursive: true })
  await page.setViewportSize({ width: 1600, height: 1000 })
  await page.goto(host.url)
  const library = page.getByRole('complementary', { name: fr.libraryTitle })
  for (const preset of CREATED) {
    await library.getByLabel(fr.presetLabel).selectOption(preset)
    await library.getByRole('button', { name: fr.newScenario }).click()
    await expect(page.getByTestId('headline-robss_balance_final')).toHaveText(/Md€$/)
  }
  const saved: Saved = new Map()

  // The open scenario: charts, ledger, adoption, assumptions, and a small seeded Monte Carlo.
  await page.getByRole('tab', { name: fr.uncertaintyTab }).click()
  const mc = page.getByRole('region', { name: fr.mcTitle })
  await mc.getByLabel(fr.mcDraws).fill('200')
  await mc.getByLabel(fr.mcSeed).fill('7')
  await mc.getByRole('button', { name: fr.mcRun }).click()
  await expect(mc.getByTestId('mc-status')).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  })
  await exportEveryTab(page, page.getByRole('main'), saved)

  // A comparison of both against current law: table, charts, attribution, uncertainty.
  await library.getByRole('button', { name: fr.compareNew }).click()
  const view = page.getByRole('region', { name: fr.compareTitle })
  const picks = view.getByRole('group', { name: new RegExp(fr.compareScenarios) })
  // The two scenarios made here; the first-start one shares the reference's name, which would make
  // two columns of the same title.
  for (const preset of CREATED) {
    const box = picks.getByRole('checkbox', { name: findPreset(preset)?.label.fr ?? preset })
    if (!(await box.isChecked())) await box.check()
  }
  await expect(view.getByRole('region', { name: fr.compareTableTitle })).toBeVisible()
  const cmcRun = view.getByRole('button', { name: fr.cmcRun })
  await exportEveryTab(page, view, saved)
  await exportAll(page, view, saved)
  await view.getByLabel(fr.cmcDraws).fill('200')
  await cmcRun.click()
  await expect(view.getByTestId('cmc-status')).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  })
  await exportAll(page, view, saved)

  const names = [...saved.keys()]
  const csvs = names.filter((name) => name.endsWith('.csv'))
  // Every kind the app offers, each table both as CSV and as XLSX: the scenario's charts, ledger and
  // percentiles, the comparison's two tables, charts, attribution and percentiles.
  expect(csvs.length).toBeGreaterThanOrEqual(30)
  for (const kind of [
    fr.ledgerFile,
    fr.mcFile,
    fr.compareTableFile,
    fr.compareInputsFile,
    fr.attribFile,
    fr.cmcTableFile,
  ])
    expect(
      csvs.some((name) => name.endsWith(`-${kind}.csv`)),
      kind,
    ).toBe(true)
  expect(names.filter((name) => name.endsWith('.xlsx')).sort()).toEqual(
    csvs.map((name) => name.replace(/\.csv$/, '.xlsx')).sort(),
  )
  const fileOf = (name: string) => saved.get(name)!
  const xlsxOf = (csv: string) => csv.replace(/\.csv$/, '.xlsx')
  const sheetOf = (read: Map<string, CalcCell[][]>, name: string) =>
    read.get(basename(fileOf(name)))!

  const calc = new Calc(soffice!)
  const started = performance.now()
  let fromCsv: Map<string, CalcCell[][]>
  let fromXlsx: Map<string, CalcCell[][]>
  try {
    fromCsv = calc.read(csvs.map(fileOf), 'fr')
    fromXlsx = calc.read(csvs.map((csv) => fileOf(xlsxOf(csv))))
  } finally {
    calc.dispose()
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`LibreOffice Calc read ${csvs.length} CSV and ${csvs.length} XLSX in ${seconds} s`)

  // Each file as Calc reads it holds what the app wrote: every number a number (decimal comma and
  // sign understood), every text with its accents; the provenance first; the XLSX the same body as
  // its CSV, at full precision where the CSV is rounded as the screen shows it.
  for (const csv of csvs) {
    const written = readAppCsv(readFileSync(fileOf(csv), 'utf8'), 'fr')
    expectSameSheet(sheetOf(fromCsv, csv), written, csv)
    const { head, table } = splitHead(written)
    expect(
      head.map((row) => row[0]),
      `${csv}: provenance`,
    ).toContain(`# ${fr['export.provenance.model']}`)
    const xlsx = sheetOf(fromXlsx, xlsxOf(csv))
    expect(xlsx.length, `${xlsxOf(csv)}: rows`).toBe(table.length)
    table.slice(1).forEach((row, r) =>
      row.forEach((want, c) => {
        const got = xlsx[r + 1]?.[c] ?? null
        const same = typeof want === 'number' ? asWritten(want, got as number) : got === want
        if (!same) expect(got, `${xlsxOf(csv)}: row ${r + 2}, column ${c + 1}`).toEqual(want)
      }),
    )
    expect(xlsx[0]?.length, `${xlsxOf(csv)}: header`).toBe(table[0]?.length)
  }
  const tableOf = (name: string) =>
    name.endsWith('.csv') ? splitHead(sheetOf(fromCsv, name)).table : sheetOf(fromXlsx, name)

  // Independently of the files: the model run on the stored scenarios gives the same figures.
  const createdNames = CREATED.map((id) => findPreset(id)?.label.fr)
  const scenarios = (await storedScenarios(page)).filter((s) => createdNames.includes(s.name))
  expect(scenarios).toHaveLength(CREATED.length)
  const ledgers = names.filter((name) => name.endsWith(`-${fr.ledgerFile}.csv`))
  expect(ledgers).toHaveLength(1)
  for (const ledger of [ledgers[0]!, xlsxOf(ledgers[0]!)]) {
    const sheet = tableOf(ledger)
    // The open scenario's name, made a file name (its `/` become `_`), leads the file's.
    const owner = scenarios.find((s) => ledger.startsWith(s.name.replace(/[\\/:*?"<>|]+/g, '_')))
    expect(owner, ledger).toBeDefined()
    const { projection } = owner!
    const labels = LEDGER_BLOCKS.flatMap((block) =>
      block.series.map((id) => `${block.fr} — ${GLOBAL_SERIES.find((g) => g.id === id)?.fr}`),
    )
    labels.forEach((label, c) => expect(String(sheet[0]?.[c + 1])).toContain(label))
    projection.years.forEach((year, r) => {
      expect(sheet[r + 1]?.[0]).toBe(year)
      LEDGER_SERIES.forEach((id, c) => {
        const value = projection.series.find((s) => s.id === id)?.values[r] ?? Number.NaN
        const got = sheet[r + 1]?.[c + 1]
        const same = ledger.endsWith('.csv')
          ? asWritten(got, value)
          : sameNumber(got as number, value)
        expect(typeof got === 'number' && same, `${ledger} ${id} ${year}`).toBe(true)
      })
    })
  }

  // The percentiles: ordered, the central column that of the model run on the open scenario.
  const percentiles = csvs.find((name) => name.endsWith(`-${fr.mcFile}.csv`))
  expect(percentiles, 'the percentile table').toBeDefined()
  let centrals = 0
  const open = scenarios.find((s) => percentiles!.startsWith(s.name.replace(/[\\/:*?"<>|]+/g, '_')))
  for (const [sheet, close] of [
    [tableOf(percentiles!), asWritten],
    [tableOf(xlsxOf(percentiles!)), sameNumber],
  ] as const) {
    for (const row of sheet.slice(1)) {
      const indicator = INDICATORS.find((i) => i.fr === row[0])
      expect(indicator, String(row[0])).toBeDefined()
      const central = open!.projection.indicators.find((i) => i.id === indicator!.id)?.value
      const [p5, p25, p50, p75, p95, got] = row.slice(1, 7)
      if (central === undefined || !Number.isFinite(central)) continue
      expect(typeof got === 'number' && close(got, central), `central ${indicator!.id}`).toBe(true)
      centrals += 1
      if (p5 === null) continue
      expect([p5, p25, p50, p75, p95]).toEqual(
        [p5, p25, p50, p75, p95].sort((a, b) => Number(a) - Number(b)),
      )
    }
  }

  expect(centrals).toBeGreaterThan(10)

  // The comparison table: each scenario's indicators, and their differences to the reference.
  const table = csvs.find((name) => name.endsWith(`-${fr.compareTableFile}.csv`))
  expect(table, 'the comparison table').toBeDefined()
  const sheet = tableOf(table!)
  const header = sheet[0] as string[]
  let compared = 0
  for (const row of sheet.slice(1)) {
    const indicator = INDICATORS.find((i) => i.fr === row[0])
    expect(indicator, String(row[0])).toBeDefined()
    scenarios.forEach(({ name, projection }) => {
      const column = header.indexOf(name)
      if (column < 0) return
      const value = projection.indicators.find((i) => i.id === indicator!.id)?.value
      const got = row[column]
      if (value === undefined || !Number.isFinite(value)) return expect(got).toBeNull()
      expect(asWritten(got, value), `${name} ${indicator!.id}`).toBe(true)
      compared += 1
      const delta = row[column + 1]
      // Each of the three rounded as shown: the difference within their three half last digits.
      const slack = [got, row[1], delta].reduce<number>(
        (sum, v) => sum + 0.5 * 10 ** -(String(v).split('.')[1] ?? '').length,
        1e-9,
      )
      expect(
        Math.abs((got as number) - (row[1] as number) - (delta as number)),
      ).toBeLessThanOrEqual(slack)
    })
  }
  // Both scenarios, every headline indicator.
  expect(compared).toBeGreaterThan(20)
  await problems.expectNone()
})
