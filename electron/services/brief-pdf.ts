import { existsSync } from 'node:fs'
import { dirname, extname, isAbsolute, resolve } from 'node:path'
import type { ApiHandlers } from '@shared/api/contract'
import { ApiFailure } from '@shared/api/result'
import { writeFileAtomic } from './atomic-write'

export type BriefPaper = 'A4' | 'Letter'

/**
 * Prints the page the user is looking at (the brief, through its print style sheet) to PDF bytes.
 * Only the desktop app has one: Electron's printToPDF on the main window. The loopback host has
 * none and the browser's own print is the way there.
 */
export type PrintPage = (paper: BriefPaper) => Promise<Uint8Array>

/** Where the PDF goes: an absolute path in an existing folder, `.pdf` added when missing. */
export function briefPdfPath(path: string): string {
  if (!isAbsolute(path))
    throw new ApiFailure(
      'bad_request',
      `Give the full path of the PDF (got ${JSON.stringify(path)}).`,
    )
  let full = resolve(path)
  if (extname(full).toLowerCase() !== '.pdf') full += '.pdf'
  if (!existsSync(dirname(full)))
    throw new ApiFailure('bad_request', `The folder ${dirname(full)} does not exist.`)
  return full
}

/**
 * Windows refuses to replace a file another program holds open, as PDF viewers do, with EPERM
 * (or EBUSY): the user is told which file and why, not "Unexpected error".
 */
const HELD_OPEN = new Set(['EPERM', 'EBUSY'])

export function createBriefPdfHandler(
  printPage: PrintPage | undefined,
  write: typeof writeFileAtomic = writeFileAtomic,
): ApiHandlers['saveBriefPdf'] {
  return async ({ path, paper }) => {
    if (!printPage)
      throw new ApiFailure(
        'refused',
        'This host cannot write a PDF itself: use Print and choose "Save as PDF" in the browser.',
      )
    const full = briefPdfPath(path)
    const bytes = await printPage(paper)
    // A brief is a document people share: readable by others, like a workbook.
    try {
      write(full, bytes, undefined, 0o644)
    } catch (error) {
      if (!HELD_OPEN.has((error as NodeJS.ErrnoException).code ?? '')) throw error
      throw new ApiFailure(
        'locked',
        `${full} is open in another program (a PDF viewer?) and cannot be replaced: close it there, or choose another name.`,
      )
    }
    return { path: full, bytes: bytes.length }
  }
}
