import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import fr from '../../shared/i18n/fr.json' with { type: 'json' }
import type { BenchLine } from './harness'
import { median } from './harness'
import { launchChromium, startHost, stopHost } from './loopback-host'

/**
 * Issue #7: a brief rendered to PDF, from asking for the preview (the content composed, the
 * document laid out with its charts) to the PDF's bytes, as Chromium's printToPDF makes them
 * (Electron uses the same engine). One scenario, then a comparison of six.
 */
const PRESETS = [
  'dst-6',
  'dst-15-tier',
  'platform-profit-10',
  'data-levy-colin-collin',
  'eu-platform-directive',
  'current-law',
]

async function timedBrief(page: Page): Promise<{ ms: number; bytes: number; pages: number }> {
  const dialog = page.getByRole('dialog', { name: fr.briefDialogTitle })
  const hide = dialog.getByRole('button', { name: fr.briefHidePreview, exact: true })
  if (await hide.isVisible()) await hide.click()
  const started = performance.now()
  await dialog.getByRole('button', { name: fr.briefPreview, exact: true }).click()
  await dialog.getByRole('region', { name: fr.briefPreviewLabel }).locator('svg').first().waitFor()
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  const ms = performance.now() - started
  await page.emulateMedia({ media: 'screen' })
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
  return { ms, bytes: pdf.length, pages }
}

function line(
  name: string,
  runs: ReadonlyArray<{ ms: number; bytes: number; pages: number }>,
  limitMs: number,
): BenchLine {
  const ms = median(runs.map((r) => r.ms))
  const bytes = Math.max(...runs.map((r) => r.bytes))
  return {
    name,
    median: `${ms.toFixed(0)} ms`,
    detail: `${runs.length} runs; ${runs[0]?.pages ?? 0} pages, ${(bytes / 1024).toFixed(0)} KB (≤ 2 MB)`,
    target: `≤ ${limitMs / 1000} s`,
    ok: ms <= limitMs && bytes <= 2 * 1024 * 1024,
  }
}

export async function briefBenchmarks(): Promise<BenchLine[]> {
  const browser = await launchChromium()
  const dataDir = mkdtempSync(join(tmpdir(), 'levier-bench-brief-'))
  const { url, child } = await startHost(dataDir)
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
    await page.goto(url)
    const library = page.getByRole('complementary', { name: fr.libraryTitle })
    for (const [i, preset] of PRESETS.entries()) {
      await library.getByLabel(fr.presetLabel).selectOption(preset)
      await library.getByRole('button', { name: fr.newScenario }).click()
      await page.waitForFunction(
        (n) => document.querySelectorAll('aside .scenario-list li').length >= n,
        i + 1,
      )
    }
    await page.getByRole('button', { name: fr.briefPrintAction }).click()
    const single = []
    for (let i = 0; i < 7; i++) single.push(await timedBrief(page))
    await page
      .getByRole('dialog', { name: fr.briefDialogTitle })
      .getByRole('button', { name: fr.close })
      .click()

    await library.getByRole('button', { name: fr.compareNew }).click()
    const view = page.getByRole('region', { name: fr.compareTitle })
    // Six at most can be compared: the library also holds the scenario a fresh host opens on, so
    // the seventh box is disabled once six are ticked.
    for (const box of await view.getByRole('checkbox').all())
      if (!(await box.isChecked()) && (await box.isEnabled())) await box.check()
    await view.getByRole('region', { name: fr.compareTableTitle }).waitFor()
    await view.getByRole('button', { name: fr.briefPrintAction }).click()
    const six = []
    for (let i = 0; i < 5; i++) six.push(await timedBrief(page))
    return [
      line('brief of one scenario → PDF', single, 2000),
      line('comparison brief of 6 scenarios → PDF', six, 5000),
    ]
  } finally {
    await stopHost(child)
    await browser.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
