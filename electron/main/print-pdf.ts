import type { BrowserWindow } from 'electron'
import { ApiFailure } from '@shared/api/result'

/**
 * The brief is printed from the window that shows it: the page's print style sheet hides the
 * workbench and lays out the brief alone, with its own @page size, margins and running footer, so
 * the PDF is what the browser's print gives on the loopback host. No second window, no content
 * passed around: what the analyst previewed is what is written.
 */
export async function printWindowToPdf(
  window: BrowserWindow | null,
  paper: 'A4' | 'Letter',
): Promise<Uint8Array> {
  if (!window) throw new ApiFailure('refused', 'No window shows a brief to print.')
  return window.webContents.printToPDF({
    pageSize: paper,
    printBackground: true,
    preferCSSPageSize: true,
  })
}
