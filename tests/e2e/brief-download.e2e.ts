import { statSync } from 'node:fs'
import { join } from 'node:path'
import fr from '../../shared/i18n/fr.json' with { type: 'json' }
import { expect, openLevier, test } from './fixtures'
import { BRIEFS, expectPages, flat, pageImages, pdfText, run } from './print-pdf'

test('brief: « Télécharger le PDF » on the loopback host, printed by the host’s headless Chromium', async ({
  page,
  host,
  problems,
}) => {
  await openLevier(page, host, { preset: 'dst-6' })

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

  const pages = expectPages(file, 'A4', [2, 12])
  const text = pdfText(file)
  expect(text).toContain(title)
  expect(text.replace(/ /g, '')).toContain(hash)
  expect(text).toContain('Camille Dupont')
  // The page's own running footer, not the browser's header and footer.
  expect(pdfText(file, 1)).toContain(`page 1 / ${pages}`)
  const fonts = run('pdffonts', [file])
  expect(fonts).toMatch(/SourceSerif4/)
  pageImages(file, 'downloaded-fr', 1)
  await problems.expectNone()
})
