import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/** Where the briefs' PDFs and their page images go, to be looked at. */
export const BRIEFS = join(import.meta.dirname, '../../test-results/briefs')
mkdirSync(BRIEFS, { recursive: true })

/** Page sizes in PDF points. */
export const PAPER = { A4: [595.28, 841.89], Letter: [612, 792] } as const

/** Print the page as Chromium's printToPDF does (Electron uses the same engine). */
export async function printPdf(page: Page, name: string): Promise<string> {
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  await page.emulateMedia({ media: 'screen' })
  const file = join(BRIEFS, `${name}.pdf`)
  writeFileSync(file, pdf)
  return file
}

export const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' })

/** Spaces as pdftotext gives them: narrow and no-break spaces become plain, runs collapse. */
export const flat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim()

/** The text of the whole PDF, or of one page, as poppler's pdftotext reads it. */
export function pdfText(file: string, page?: number): string {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)]
  return flat(run('pdftotext', [...pages, '-layout', file, '-']))
}

/**
 * What a real reader sees of the file's pages (pdfinfo): the paper size, within a point (Chromium
 * rounds the page box to whole device pixels), and a page count within bounds. Returns the count.
 */
export function expectPages(
  file: string,
  paper: keyof typeof PAPER,
  bounds: readonly [number, number],
): number {
  const info = run('pdfinfo', [file])
  const [width, height] = (/Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [])
    .slice(1)
    .map(Number)
  expect(Math.abs((width ?? 0) - PAPER[paper][0])).toBeLessThan(1)
  expect(Math.abs((height ?? 0) - PAPER[paper][1])).toBeLessThan(1)
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
  expect(pages).toBeGreaterThanOrEqual(bounds[0])
  expect(pages).toBeLessThanOrEqual(bounds[1])
  return pages
}

/** The running footer on every page: « page n / N », and the given text (a hash) too. */
export function expectFooterOnEveryPage(file: string, pages: number, also?: string): void {
  for (let n = 1; n <= pages; n++) {
    const one = pdfText(file, n)
    expect(one).toContain(`page ${n} / ${pages}`)
    if (also) expect(one).toContain(also)
  }
}

/** The first pages as PNG images beside the PDF, to be looked at. */
export function pageImages(file: string, name: string, last: number): void {
  run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(last), file, join(BRIEFS, name)])
}
