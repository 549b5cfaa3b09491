import { findPreset } from '../../shared/model/scenario/presets'
import { statSync } from 'node:fs'
import fr from '../../shared/i18n/fr.json' with { type: 'json' }
import { compareNewScenarios, expect, openLevier, test } from './fixtures'
import {
  expectFooterOnEveryPage,
  expectPages,
  flat,
  pageImages,
  pdfText,
  printPdf,
  expectNoHorizontalOverflow,
} from './print-pdf'

test('comparison brief: three scenarios, French on A4 and English on Letter, traceable page by page', async ({
  page,
  host,
  problems,
}) => {
  test.setTimeout(60_000)
  await openLevier(page, host, { viewport: { width: 1600, height: 1000 } })
  const { view, names } = await compareNewScenarios(page, [
    'dst-15-tier',
    'platform-profit-10',
    'data-levy-colin-collin',
  ])
  await view.getByLabel(fr.compareName).fill('Trois leviers')
  await expect(view.getByRole('region', { name: fr.compareTableTitle })).toBeVisible()

  await view.getByRole('button', { name: fr.briefPrintAction }).click()
  const dialog = page.getByRole('dialog', { name: fr.briefDialogTitle })
  await expect(dialog).toBeVisible()
  for (const [language, paper] of [
    ['fr', 'A4'],
    ['en', 'Letter'],
  ] as const) {
    await dialog.getByLabel(fr.briefLanguage).selectOption(language)
    await dialog.getByLabel(fr.briefPaper).selectOption(paper)
    const previewButton = dialog.getByRole('button', { name: fr.briefPreview, exact: true })
    if (await previewButton.isVisible()) await previewButton.click()
    const preview = dialog.getByRole('region', { name: fr.briefPreviewLabel })
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Trois leviers')
    const hashes = await preview.locator('.brief-provenance code').allTextContents()
    expect(hashes.filter((h) => /^[0-9a-f]{64}$/.test(h)).length).toBeGreaterThanOrEqual(3)

    await expectNoHorizontalOverflow(page, paper)
    const file = await printPdf(page, `comparison-${language}`)
    expect(statSync(file).size).toBeLessThan(2 * 1024 * 1024)
    const pages = expectPages(file, paper, [2, 16])
    const text = pdfText(file)
    expect(text).toContain('Trois leviers')
    // Every compared scenario is named, and traceable by its inputs' hash.
    for (const name of names) expect(text).toContain(flat(name).slice(0, 24))
    for (const hash of hashes.filter((h) => /^[0-9a-f]{64}$/.test(h)))
      expect(text.replace(/ /g, '')).toContain(hash)
    expect(text).toContain(language === 'fr' ? 'Comparaison' : 'Comparison')
    // The attribution of the DST-with-tier scenario, as a waterfall drawn for print.
    await expect(
      preview.getByRole('img', {
        name: new RegExp(
          `^${language === 'fr' ? 'Attribution de l’écart : ' : 'Attribution of the difference: '}TSN`,
        ),
      }),
    ).toBeVisible()
    expect(text).toContain(findPreset('current-law')?.label[language] as string)
    expectFooterOnEveryPage(file, pages)
    pageImages(file, `comparison-${language}`, 2)
  }
  await problems.expectNone()
})
