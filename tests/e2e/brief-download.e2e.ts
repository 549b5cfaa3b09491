import { execFileSync } from 'node:child_process'
import { mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fr } from '../../renderer/src/i18n/messages-fr'
import { expect, test } from './fixtures'

const BRIEFS = join(import.meta.dirname, '../../test-results/briefs')
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' })
const flat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim()

test('brief: « Télécharger le PDF » on the loopback host, printed by the host’s headless Chromium', async ({
  page,
  host,
  problems,
}) => {
  mkdirSync(BRIEFS, { recursive: true })
  await page.goto(host.url)
  const library = page.getByRole('complementary', { name: fr.libraryTitle })
  await library.getByLabel(fr.presetLabel).selectOption('dst-6')
  await library.getByRole('button', { name: fr.newScenario }).click()
  await expect(page.getByTestId('headline-gap_final')).toHaveText(/Md€$/)

  await page.getByRole('button', { name: fr.briefPrintAction }).click()
  const dialog = page.getByRole('dialog', { name: fr.briefDialogTitle })
  await dialog.getByLabel(fr.briefAuthor).fill('Camille Dupont')
  await dialog.getByRole('button', { name: fr.briefPreview, exact: true }).click()
  const preview = dialog.getByRole('region', { name: fr.briefPreviewLabel })
  const title = flat((await preview.getByRole('heading', { level: 1 }).textContent()) ?? '')
  const hash = (await preview.locator('.brief-provenance code').first().textContent()) ?? ''
  expect(hash).toMatch(/^[0-9a-f]{64}$/)

  const started = performance.now()
  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: fr.briefDownloadPdf }).click()
  const download = await downloading
  const ms = performance.now() - started
  expect(download.suggestedFilename()).toMatch(/\.pdf$/)
  const file = join(BRIEFS, 'downloaded-fr.pdf')
  await download.saveAs(file)
  await expect(dialog.getByRole('status')).toContainText(fr.briefDownloaded)
  console.log(
    `brief downloaded through the host: ${Math.round(ms)} ms, ${statSync(file).size} bytes`,
  )
  await page.screenshot({ path: join(BRIEFS, 'download-dialog.png') })

  const info = run('pdfinfo', [file])
  const [width, height] = (/Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [])
    .slice(1)
    .map(Number)
  expect(Math.abs((width ?? 0) - 595.28)).toBeLessThan(1)
  expect(Math.abs((height ?? 0) - 841.89)).toBeLessThan(1)
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
  expect(pages).toBeGreaterThanOrEqual(2)
  expect(pages).toBeLessThanOrEqual(12)
  const text = flat(run('pdftotext', ['-layout', file, '-']))
  expect(text).toContain(title)
  expect(text.replace(/ /g, '')).toContain(hash)
  expect(text).toContain('Camille Dupont')
  // The page's own running footer, not the browser's header and footer.
  expect(flat(run('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-']))).toContain(
    `page 1 / ${pages}`,
  )
  const fonts = run('pdffonts', [file])
  expect(fonts).toMatch(/SourceSerif4/)
  run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(BRIEFS, 'downloaded-fr')])
  problems.expectNone()
})
