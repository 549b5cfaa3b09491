import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'

const BRIEFS = join(import.meta.dirname, '../../test-results/briefs')

/** Print the page as Chromium's printToPDF does (Electron uses the same engine). */
export async function printPdf(page: Page, name: string): Promise<string> {
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  await page.emulateMedia({ media: 'screen' })
  const file = join(BRIEFS, `${name}.pdf`)
  writeFileSync(file, pdf)
  return file
}
