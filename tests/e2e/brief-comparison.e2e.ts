import { execFileSync } from 'node:child_process'
import { mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fr } from '../../renderer/src/i18n/messages-fr'
import { printPdf } from './print-pdf'
import { expect, test } from './fixtures'

const BRIEFS = join(import.meta.dirname, '../../test-results/briefs')
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' })
const flat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim()

const PAPER = { A4: [595.28, 841.89], Letter: [612, 792] } as const

test('comparison brief: three scenarios, French on A4 and English on Letter, traceable page by page', async ({
  page,
  host,
  problems,
}) => {
  test.setTimeout(60_000)
  mkdirSync(BRIEFS, { recursive: true })
  await page.setViewportSize({ width: 1600, height: 1000 })
  await page.goto(host.url)
  const library = page.getByRole('complementary', { name: fr.libraryTitle })
  const names: string[] = []
  for (const preset of ['dst-15-tier', 'platform-profit-10', 'data-levy-colin-collin']) {
    await library.getByLabel(fr.presetLabel).selectOption(preset)
    await library.getByRole('button', { name: fr.newScenario }).click()
    await expect(page.getByTestId('save-state')).not.toHaveText(fr.savePending)
    names.push((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')
  }
  await library.getByRole('button', { name: fr.compareNew }).click()
  const view = page.getByRole('region', { name: fr.compareTitle })
  const picks = view.getByRole('group', { name: new RegExp(fr.compareScenarios) })
  for (const name of names) {
    const box = picks.getByRole('checkbox', { name })
    if (!(await box.isChecked())) await box.check()
  }
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

    const file = await printPdf(page, `comparison-${language}`)
    expect(statSync(file).size).toBeLessThan(2 * 1024 * 1024)
    const info = run('pdfinfo', [file])
    const [width, height] = (/Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [])
      .slice(1)
      .map(Number)
    expect(Math.abs((width ?? 0) - PAPER[paper][0])).toBeLessThan(1)
    expect(Math.abs((height ?? 0) - PAPER[paper][1])).toBeLessThan(1)
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
    expect(pages).toBeGreaterThanOrEqual(2)
    expect(pages).toBeLessThanOrEqual(16)
    const text = flat(run('pdftotext', ['-layout', file, '-']))
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
    expect(text).toContain(language === 'fr' ? 'Sans les leviers' : 'Without the levers')
    for (let n = 1; n <= pages; n++) {
      const one = flat(run('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-']))
      expect(one).toContain(`page ${n} / ${pages}`)
    }
    run('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '2',
      file,
      join(BRIEFS, `comparison-${language}`),
    ])
  }
  await problems.expectNone()
})
