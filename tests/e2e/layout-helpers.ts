import { mkdirSync } from 'node:fs'
import { expect } from '@playwright/test'
import type { Page } from '@playwright/test'

/** Where the layout tests leave their screenshots, to be looked at. */
export const SCREENSHOTS = 'test-results/screenshots'

/**
 * What under `root` is cut or scrolls sideways: an element whose content is wider than its box (a
 * table losing its last column, a label clipped, a sideways scroller), or whose box passes the
 * window's right edge. Visually hidden texts (1 px wide on purpose) and boxes with no width (inline
 * text, SVG parts) are not boxes that can be cut. A wide table's scroller that has made itself a
 * named, focusable region (TableScroll) scrolls sideways on purpose: it must fit the window, what
 * it holds need not.
 */
export function overflows(page: Page, root: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const top = document.querySelector(selector)
    if (!top) return [`no ${selector}`]
    const right = document.documentElement.clientWidth
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
        typeof el.className === 'string' && el.className
          ? `.${el.className.split(' ').join('.')}`
          : ''
      } “${(el.textContent ?? '').trim().slice(0, 40)}”`
    const scroller = '.table-scroll[role="region"]'
    const found: string[] = []
    if (document.documentElement.scrollWidth > right + 1)
      found.push(`the page is ${document.documentElement.scrollWidth} px wide in ${right} px`)
    for (const el of [top, ...top.querySelectorAll('*')]) {
      if (!(el instanceof HTMLElement) || el.closest('.visually-hidden')) continue
      const box = el.getBoundingClientRect()
      if (box.width <= 1 || box.height === 0) continue
      const inScroller = el.parentElement?.closest(scroller) !== null
      if (inScroller) continue
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 1 && !el.matches(scroller))
        found.push(`${name(el)} is ${el.scrollWidth} px wide in ${el.clientWidth} px`)
      if (box.right > right + 1)
        found.push(`${name(el)} ends at ${Math.round(box.right)} > ${right}`)
    }
    return found
  }, root)
}

/**
 * The selects under `root` that cut their chosen option's text. A select cannot wrap and its
 * `title` is not shown by every assistive technology, so the text must fit: each select is set
 * beside a hidden copy of itself holding only the chosen option at its natural width (the same
 * font, padding and arrow), and must be at least as wide. A select drawn unseen over a face that
 * wraps (WrappingSelect) must have the chosen option's whole text on its face instead.
 */
export function cutSelects(page: Page, root: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = []
    for (const select of document.querySelectorAll<HTMLSelectElement>(`${selector} select`)) {
      const box = select.getBoundingClientRect()
      if (box.width === 0 || select.selectedIndex < 0) continue
      const text = select.options[select.selectedIndex]?.text ?? ''
      const face = select.parentElement?.querySelector('.wrapping-select-face')
      if (face) {
        if (face.textContent !== text)
          found.push(`select#${select.id} shows “${face.textContent}” for “${text}”`)
        continue
      }
      const copy = select.cloneNode(false) as HTMLSelectElement
      copy.append(new Option(text))
      copy.removeAttribute('id')
      copy.style.cssText =
        'position:absolute;visibility:hidden;width:auto;min-width:0;max-width:none;flex:none'
      select.parentElement?.append(copy)
      const needed = copy.getBoundingClientRect().width
      copy.remove()
      if (box.width + 0.5 < needed)
        found.push(
          `select${select.id ? `#${select.id}` : ''} “${text}” is ${Math.round(box.width)} px wide, its text needs ${Math.round(needed)} px`,
        )
    }
    return found
  }, root)
}

/** Nothing under `root` cut or scrolling sideways, no select cutting its text; a screenshot either way. */
export async function expectNothingCut(page: Page, root: string, state: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: `${SCREENSHOTS}/${state}-${width}.png` })
  expect.soft(await overflows(page, root), `${state} at ${width} px`).toEqual([])
  expect.soft(await cutSelects(page, root), `${state} at ${width} px`).toEqual([])
}
