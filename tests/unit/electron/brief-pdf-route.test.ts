import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  BRIEF_PDF_MAX_BYTES,
  BRIEF_PDF_NO_BROWSER,
  BRIEF_PDF_PATH,
} from '@shared/brief/brief-pdf-request'
import type { PdfPrinter } from '../../../electron/loopback/brief-pdf-route'
import { PrintFailedError } from '../../../electron/loopback/headless-pdf'
import { startLoopbackServer } from '../../../electron/loopback/server'
import type { LoopbackServer } from '../../../electron/loopback/server'
import { createApiHandlers } from '../../../electron/services/api-handlers'
import { createDispatch } from '../../../electron/services/dispatch'
import { rawRequest } from '../../helpers/http'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()
const BRIEF = {
  html: '<div class="brief-print-root"><h1>TSN à 6 %</h1></div>',
  stylesheets: ['assets/index-abc.css'],
  fileName: 'TSN à 6 %.pdf',
}
const FAKE_PDF = Buffer.from('%PDF-1.4 fake')
let server: LoopbackServer
/** What the fake browser saw when it loaded the page it was given. */
let seen: { url: string; page: string; css: number; cssWithoutId: number }[]
let printer: PdfPrinter

beforeEach(async () => {
  const root = tempDir()
  const rendererDir = join(root, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Levier</title>')
  writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'h1 { color: black }')
  seen = []
  // A browser that loads the page as Chromium would: the page, then its style sheet beside it.
  printer = {
    browser: () => '/usr/bin/fake-chromium',
    print: async (_browser, url) => {
      const path = new URL(url).pathname
      const page = await rawRequest(server.port, { path })
      const css = await rawRequest(server.port, {
        path: path.replace('index.html', BRIEF.stylesheets[0]!),
      })
      const cssWithoutId = await rawRequest(server.port, {
        path: '/brief-pdf/nope/assets/index-abc.css',
      })
      seen.push({ url, page: page.body, css: css.status, cssWithoutId: cssWithoutId.status })
      return FAKE_PDF
    },
  }
  const dispatch = createDispatch(createApiHandlers({ host: 'loopback', dataDir: root }), {
    logError: () => undefined,
  })
  server = await startLoopbackServer({
    rendererDir,
    dispatch,
    pdfPrinter: { browser: () => printer.browser(), print: (b, u) => printer.print(b, u) },
  })
})
afterEach(() => server.close())

const post = (body: string | Buffer, token = server.token) =>
  rawRequest(server.port, {
    method: 'POST',
    path: BRIEF_PDF_PATH,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body,
  })

describe('loopback host: Download PDF', () => {
  it('prints the brief alone on a one-time page with the app’s style sheets, and answers the PDF', async () => {
    const res = await post(JSON.stringify(BRIEF))
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.body).toBe(FAKE_PDF.toString('utf8'))
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(BRIEF.fileName)}`,
    )
    expect(seen).toHaveLength(1)
    const { url, page, css, cssWithoutId } = seen[0]!
    expect(url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/brief-pdf/[0-9a-f]{64}/index\\.html$`),
    )
    // The launch token never goes on the browser's command line.
    expect(url).not.toContain(server.token)
    expect(page).toContain(BRIEF.html)
    expect(page).toContain('<link rel="stylesheet" href="assets/index-abc.css">')
    expect(css).toBe(200)
    expect(cssWithoutId).toBe(404)
    // Once printed, the page is gone.
    expect((await rawRequest(server.port, { path: new URL(url).pathname })).status).toBe(404)
  })

  it('answers 401 without the launch token, and prints nothing', async () => {
    const res = await post(JSON.stringify(BRIEF), 'b'.repeat(64))
    expect(res.status).toBe(401)
    expect(seen).toHaveLength(0)
  })

  it('answers 413 to a brief over 5 MB', async () => {
    const html = `<div class="brief-print-root">${'x'.repeat(BRIEF_PDF_MAX_BYTES)}</div>`
    const res = await post(JSON.stringify({ ...BRIEF, html }))
    expect(res.status).toBe(413)
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'payload_too_large' } })
    expect(seen).toHaveLength(0)
  })

  it('refuses bad payloads with a clear message: not JSON, not a brief, a foreign style sheet', async () => {
    const notJson = await post('{')
    expect(notJson.status).toBe(400)
    expect(JSON.parse(notJson.body).error.message).toMatch(/not valid JSON/)
    const notBrief = await post(JSON.stringify({ ...BRIEF, html: '<p>hello</p>' }))
    expect(JSON.parse(notBrief.body).error.message).toMatch(/html.*not a brief/)
    for (const sheet of ['../secret.css', 'https://evil.example/a.css', 'assets/../../x.css']) {
      const res = await post(JSON.stringify({ ...BRIEF, stylesheets: [sheet] }))
      expect(res.status).toBe(400)
      expect(JSON.parse(res.body).error.message).toMatch(/stylesheets/)
    }
    const badName = await post(JSON.stringify({ ...BRIEF, fileName: '../brief.pdf' }))
    expect(JSON.parse(badName.body).error.message).toMatch(/fileName/)
    expect(seen).toHaveLength(0)
  })

  it('says so, as an ordinary answer, when the machine has no Chromium-family browser', async () => {
    printer = { ...printer, browser: () => undefined }
    const res = await post(JSON.stringify(BRIEF))
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toEqual({
      ok: false,
      error: { code: 'refused', message: BRIEF_PDF_NO_BROWSER },
    })
  })

  it('reports a failed or timed-out print as an ordinary answer, and forgets the page', async () => {
    let printed = ''
    printer = {
      ...printer,
      print: async (_b, url) => {
        printed = new URL(url).pathname
        throw new PrintFailedError('The browser took more than 30 s to print.')
      },
    }
    const res = await post(JSON.stringify(BRIEF))
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body).error.message).toMatch(/could not be made.*30 s/)
    expect((await rawRequest(server.port, { path: printed })).status).toBe(404)
  })
})
