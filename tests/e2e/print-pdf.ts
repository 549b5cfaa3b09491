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

/** The page box's content width in CSS px: the paper less the brief's 16 mm side margins. */
const MM = 96 / 25.4
export const CONTENT_WIDTH = { A4: (210 - 32) * MM, Letter: 8.5 * 96 - 32 * MM } as const

/**
 * Nothing of the printed brief overflows its page box sideways: laid out for print at the page's
 * content width, every element of the brief lies within it, and no box (the key points, a table, a
 * figure) is wider inside than out. What overflows is cut at the page's edge, as the key points'
 * right border was.
 */
export async function expectNoHorizontalOverflow(
  page: Page,
  paper: keyof typeof PAPER,
): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 }
  await page.setViewportSize({ width: Math.floor(CONTENT_WIDTH[paper]), height: viewport.height })
  await page.emulateMedia({ media: 'print' })
  const offenders = await page.evaluate(() => {
    const root = document.querySelector('.brief-print-root .brief-document')
    if (!root) return ['no printed brief']
    const limit = document.documentElement.clientWidth
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} «${(el.textContent ?? '').slice(0, 40)}»`
    const out: string[] = []
    for (const el of [root, ...root.querySelectorAll('*')]) {
      // The screen-reader captions are clipped to nothing on purpose.
      if (el.closest('.visually-hidden')) continue
      const box = el.getBoundingClientRect()
      if (box.width === 0 && box.height === 0) continue
      if (box.right > limit + 0.5 || box.left < -0.5)
        out.push(`${name(el)}: ${box.left.toFixed(1)}–${box.right.toFixed(1)} of ${limit}`)
      // Chromium clips the printed page up to a pixel short of the width it lays it out at (16 mm
      // is not a whole number of pixels): a right border must stand clear of the edge to be seen.
      const style = getComputedStyle(el)
      if (style.borderRightStyle !== 'none' && parseFloat(style.borderRightWidth) > 0)
        if (box.right > limit - 1.5)
          out.push(
            `${name(el)}: its right border at ${box.right.toFixed(1)}, the page's edge at ${limit}`,
          )
      if (el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
        out.push(`${name(el)}: ${el.scrollWidth} wide inside ${el.clientWidth}`)
    }
    return out
  })
  await page.emulateMedia({ media: 'screen' })
  await page.setViewportSize(viewport)
  expect(offenders).toEqual([])
}
