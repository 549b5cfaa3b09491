import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  BRIEF_PDF_MAX_BYTES,
  BRIEF_PDF_NO_BROWSER,
  briefPdfRequestSchema,
  type BriefPdfRequest,
} from '@shared/brief/brief-pdf-request'
import { BodyTooLargeError, readBody, send, sendError, sendErrorBeforeBody } from './http-io'
import { findPdfBrowser } from './find-chromium'
import { PrintFailedError, printPageToPdf } from './headless-pdf'
import type { PrintablePage } from './headless-pdf'
import { QueueFullError, createRenderQueue } from './render-queue'

/** Prints a whole page (handed over, never fetched by URL) to PDF bytes; no browser: undefined. */
export interface PdfPrinter {
  readonly browser: () => string | undefined
  readonly print: (browser: string, page: PrintablePage) => Promise<Buffer>
}

export const DEFAULT_PDF_PRINTER: PdfPrinter = {
  browser: findPdfBrowser,
  print: (browser, page) => printPageToPdf(browser, page),
}

/** Browsers printing at once, and requests waiting for one; beyond, "busy, try again". */
export const MAX_PRINTING = 2
export const MAX_WAITING = 8
export const BRIEF_PDF_BUSY = 'The host is busy printing other briefs: try again in a moment.'

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/** The brief alone as a page: the app's style sheets (relative, served beside it) and its body. */
export function briefPage(request: BriefPdfRequest): string {
  const links = request.stylesheets
    .map((href) => `<link rel="stylesheet" href="${escapeAttribute(href.replace(/^\.?\//, ''))}">`)
    .join('\n')
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeAttribute(request.fileName)}</title>\n${links}\n</head><body>${request.html}</body></html>`
}

export type BriefPdfRoute = ReturnType<typeof createBriefPdfRoute>

/**
 * "Download PDF" on the loopback host. The page posts its brief; the host lays it out as a page of
 * its own and hands it to a headless Chromium over the DevTools pipe (no URL on any command line,
 * nothing served to anyone), has it printed and answers the PDF. Failures of meaning (no browser,
 * the print failed or was refused, too many prints at once) are 200 with ok: false.
 */
export function createBriefPdfRoute(
  rendererDir: string,
  printer: PdfPrinter,
  queue = createRenderQueue(MAX_PRINTING, MAX_WAITING),
) {
  async function post(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: Buffer
    try {
      body = await readBody(req, res, BRIEF_PDF_MAX_BYTES)
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error
      return sendErrorBeforeBody(req, res, 'payload_too_large', 'The brief is larger than 5 MB.')
    }
    let parsed: ReturnType<typeof briefPdfRequestSchema.safeParse>
    try {
      parsed = briefPdfRequestSchema.safeParse(JSON.parse(body.toString('utf8')))
    } catch {
      return sendError(res, 'bad_request', 'The request body is not valid JSON.')
    }
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return sendError(
        res,
        'bad_request',
        `Invalid brief: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
      )
    }
    const browser = printer.browser()
    if (!browser) return sendError(res, 'refused', BRIEF_PDF_NO_BROWSER)
    const page: PrintablePage = { html: briefPage(parsed.data), rendererDir }
    let pdf: Buffer
    try {
      pdf = await queue.run(() => printer.print(browser, page))
    } catch (error) {
      if (error instanceof QueueFullError) return sendError(res, 'refused', BRIEF_PDF_BUSY)
      if (!(error instanceof PrintFailedError)) throw error
      return sendError(res, 'refused', `The PDF could not be made: ${error.message}`)
    }
    const name = parsed.data.fileName
    send(res, 200, pdf, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="brief.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'no-store',
    })
  }

  return { post, queue }
}
