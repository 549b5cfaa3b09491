import { statSync } from 'node:fs'
import { join } from 'node:path'
import { MODEL_VERSION } from '../../shared/model/engine/version'
import fr from '../../shared/i18n/fr.json' with { type: 'json' }
import { expect, openLevier, test } from './fixtures'
import {
  BRIEFS,
  expectFooterOnEveryPage,
  expectNoHorizontalOverflow,
  expectPages,
  flat,
  pageImages,
  pdfText,
  printPdf,
  run,
} from './print-pdf'

test('brief: dialog from the button and Ctrl+P, preview, print-grade PDF in French and English', async ({
  page,
  host,
  problems,
}) => {
  await openLevier(page, host, { preset: 'dst-6' })

  const dialog = page.getByRole('dialog', { name: fr.briefDialogTitle })
  await page.getByRole('button', { name: fr.briefPrintAction }).click()
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: fr.close }).click()
  await expect(dialog).toBeHidden()
  await page.keyboard.press('Control+P')
  await expect(dialog).toBeVisible()

  // Options: refused text is said inline and kept out; the uncertainty box waits for a run.
  await expect(dialog.getByLabel(fr.briefUncertainty)).toBeDisabled()
  await dialog.getByLabel(fr.briefAuthor).fill('Camille Dupont')
  await dialog.getByLabel(fr.briefOrganisation).fill('CESE')

  // Once Monte Carlo has run on the scenario as it stands, the brief can print its fans.
  await dialog.getByRole('button', { name: fr.close }).click()
  await page.getByRole('tab', { name: fr.uncertaintyTab }).click()
  const mc = page.getByRole('region', { name: fr.mcTitle })
  await mc.getByLabel(fr.mcDraws).fill('1000')
  await mc.getByRole('button', { name: fr.mcRun }).click()
  await expect(mc.getByTestId('mc-status')).toHaveAttribute('data-status', 'done', {
    timeout: 20_000,
  })
  await page.keyboard.press('Control+P')
  await expect(dialog.getByLabel(fr.briefUncertainty)).toBeEnabled()
  await dialog.getByLabel(fr.briefUncertainty).check()

  for (const language of ['fr', 'en'] as const) {
    await dialog.getByLabel(fr.briefLanguage).selectOption(language)
    const previewButton = dialog.getByRole('button', { name: fr.briefPreview, exact: true })
    if (await previewButton.isVisible()) await previewButton.click()
    const preview = dialog.getByRole('region', { name: fr.briefPreviewLabel })
    await expect(preview).toBeVisible()
    await expect(
      preview
        .getByRole('img', { name: language === 'fr' ? /^Incertitude :/ : /^Uncertainty:/ })
        .first(),
    ).toBeVisible()
    const title = flat((await preview.getByRole('heading', { level: 1 }).textContent()) ?? '')
    const hash = (await preview.locator('.brief-provenance code').first().textContent()) ?? ''
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    const headline = flat(
      (await preview.locator('.brief-summary-box li').first().textContent()) ?? '',
    )
    // The headline's figures are written as the brief's language writes them.
    expect(headline).toMatch(language === 'fr' ? /\d(,\d+)? ?(%|Md€)/ : /(€\d|\d%|\dbn)/)
    await page.screenshot({ path: join(BRIEFS, `preview-${language}.png`) })

    // Nothing is cut at the page's edge, on A4 and on Letter.
    await expectNoHorizontalOverflow(page, 'A4')
    await expectNoHorizontalOverflow(page, 'Letter')
    // The time it takes is measured by the benchmark (npm run bench -- brief); the size is a limit.
    const file = await printPdf(page, `scenario-${language}`)
    expect(statSync(file).size).toBeLessThan(2 * 1024 * 1024)
    // Every lever value of the preview's levers table is in the PDF, as written.
    const leverValues = (
      await preview.locator('.brief-section').nth(1).locator('td').allTextContents()
    )
      .map(flat)
      .filter((v) => v !== '' && v !== '—')
    expect(leverValues.length).toBeGreaterThan(4)

    const pages = expectPages(file, 'A4', [2, 12])
    const text = pdfText(file)
    expect(text).toContain(title)
    expect(text).toContain(headline.slice(0, 40))
    // A reviewer's reading: the headline is the ROBSS balance against current law, with its
    // source, the levers measured over current law, and no capped coverage ratio.
    expect(flat(text)).toContain(
      language === 'fr' ? 'sur la trajectoire PLFSS' : 'on the PLFSS path',
    )
    expect(flat(text)).toContain('PLFSS')
    expect(flat(text)).toContain(
      language === 'fr' ? 'de plus qu’à droit constant' : 'more than current law',
    )
    expect(flat(text)).not.toMatch(/au moins 1\s?000\s?%|at least 1,000%/)
    // The full hash may wrap across lines in the provenance block.
    expect(text.replace(/ /g, '')).toContain(hash)
    expect(text).toContain('Camille Dupont')
    for (const value of leverValues) expect(text).toContain(value)
    expect(text).toContain(language === 'fr' ? 'médiane' : 'median')
    expect(text).toContain(language === 'fr' ? '6 %' : '6%')
    expect(text).toContain(`${MODEL_VERSION}`)
    // The running footer: page x / y and the provenance on every page.
    expectFooterOnEveryPage(file, pages, hash.slice(0, 16))
    const fonts = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean)
    expect(fonts.some((f) => /SourceSans3/.test(f))).toBe(true)
    expect(fonts.some((f) => /SourceSerif4/.test(f))).toBe(true)
    // Every font is embedded (the "emb" column): none comes from the reader's machine.
    for (const font of fonts) expect(font).toMatch(/\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/)
    pageImages(file, `scenario-${language}`, 3)
  }
  await problems.expectNone()
})
