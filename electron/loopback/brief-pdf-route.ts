import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  BRIEF_PDF_MAX_BYTES,
  BRIEF_PDF_NO_BROWSER,
  briefPdfRequestSchema,
  type BriefPdfRequest,
} from '@shared/brief/brief-pdf-request'
import { readStaticFile } from '../services/static-files'
import { BodyTooLargeError, readBody, send, sendError } from './http-io'
import { findChromium } from './find-chromium'
import { PrintFailedError, printUrlToPdf } from './headless-pdf'

/** Prints a page of this host (by URL) to PDF bytes; undefined when no browser can. */
export interface PdfPrinter {
  readonly browser: () => string | undefined
  readonly print: (browser: string, url: string) => Promise<Buffer>
}

export const DEFAULT_PDF_PRINTER: PdfPrinter = { browser: findChromium, print: printUrlToPdf }

const PAGE_PREFIX = '/brief-pdf/'

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/** The brief alone as a page: the app's style sheets (relative, served beside it) and its body. */
export function briefPage(request: BriefPdfRequest): string {
  const links = request.stylesheets
    .map((href) => `<link rel="stylesheet" href="${escapeAttribute(href.replace(/^\.?\//, ''))}">`)
    .join('\n')
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeAttribute(request.fileName)}</title>\n${links}\n</head><body>${request.html}</body></html>`
}

/**
 * "Download PDF" on the loopback host. The page posts its brief; the host lays it out as a page of
 * its own under a one-time path (a fresh 256-bit id, valid while the browser prints: the launch
 * token never goes on a command line other users can read), has a headless Chromium print it, and
 * answers the PDF. Failures of meaning (no browser, the print failed) are 200 with ok: false.
 */
export function createBriefPdfRoute(rendererDir: string, port: () => number, printer: PdfPrinter) {
  const pages = new Map<string, string>()

  async function post(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: Buffer
    try {
      body = await readBody(req, BRIEF_PDF_MAX_BYTES)
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error
      res.setHeader('Connection', 'close')
      return sendError(res, 'payload_too_large', 'The brief is larger than 5 MB.')
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
    const id = randomBytes(32).toString('hex')
    pages.set(id, briefPage(parsed.data))
    let pdf: Buffer
    try {
      pdf = await printer.print(browser, `http://127.0.0.1:${port()}${PAGE_PREFIX}${id}/index.html`)
    } catch (error) {
      if (!(error instanceof PrintFailedError)) throw error
      return sendError(res, 'refused', `The PDF could not be made: ${error.message}`)
    } finally {
      pages.delete(id)
    }
    const name = parsed.data.fileName
    send(res, 200, pdf, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="brief.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'no-store',
    })
  }

  /** GET of the one-time page or of the built assets beside it; false when the path is not ours. */
  async function get(res: ServerResponse, pathname: string, headOnly: boolean): Promise<boolean> {
    if (!pathname.startsWith(PAGE_PREFIX)) return false
    const [id = '', ...rest] = pathname.slice(PAGE_PREFIX.length).split('/')
    const page = pages.get(id)
    const path = rest.join('/')
    if (page !== undefined && path === 'index.html') {
      send(
        res,
        200,
        page,
        { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
        headOnly,
      )
    } else if (page !== undefined && path.startsWith('assets/')) {
      const file = await readStaticFile(rendererDir, `/${path}`)
      send(
        res,
        file.status,
        file.body,
        { 'Content-Type': file.contentType, 'Cache-Control': 'no-store' },
        headOnly,
      )
    } else {
      send(
        res,
        404,
        'Not found',
        { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
        headOnly,
      )
    }
    return true
  }

  return { post, get, pages }
}
