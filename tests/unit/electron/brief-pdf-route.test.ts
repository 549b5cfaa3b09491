import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  BRIEF_PDF_MAX_BYTES,
  BRIEF_PDF_NO_BROWSER,
  BRIEF_PDF_PATH,
} from '@shared/brief/brief-pdf-request'
import { BRIEF_PDF_BUSY } from '../../../electron/loopback/brief-pdf-route'
import type { PdfPrinter } from '../../../electron/loopback/brief-pdf-route'
import { PrintFailedError } from '../../../electron/loopback/headless-pdf'
import type { PrintablePage } from '../../../electron/loopback/headless-pdf'
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
let rendererDir: string
/** The pages the fake browser was handed. */
let seen: PrintablePage[]
let printer: PdfPrinter

beforeEach(async () => {
  const root = tempDir()
  rendererDir = join(root, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Levier</title>')
  writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'h1 { color: black }')
  seen = []
  printer = {
    browser: () => '/usr/bin/fake-chromium',
    print: async (_browser, page) => {
      seen.push(page)
      return FAKE_PDF
    },
  }
  const dispatch = createDispatch(createApiHandlers({ host: 'loopback', dataDir: root }), {
    logError: () => undefined,
  })
  server = await startLoopbackServer({
    rendererDir,
    dispatch,
    pdfPrinter: { browser: () => printer.browser(), print: (b, p) => printer.print(b, p) },
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
  it('hands the brief alone, with the app’s style sheets, to the browser, and answers the PDF', async () => {
    const res = await post(JSON.stringify(BRIEF))
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.body).toBe(FAKE_PDF.toString('utf8'))
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(BRIEF.fileName)}`,
    )
    expect(seen).toHaveLength(1)
    const { html, rendererDir: dir } = seen[0]!
    expect(html).toContain(BRIEF.html)
    expect(html).toContain('<link rel="stylesheet" href="assets/index-abc.css">')
    expect(dir).toBe(rendererDir)
  })

  it('serves no page of the brief over HTTP: the old one-time path is gone', async () => {
    let during = -1
    printer = {
      ...printer,
      print: async () => {
        // While printing, nothing of it answers on the host.
        during = (await rawRequest(server.port, { path: '/brief-pdf/x/index.html' })).status
        return FAKE_PDF
      },
    }
    expect((await post(JSON.stringify(BRIEF))).status).toBe(200)
    expect(during).toBe(404)
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

  it('reports a failed, refused or timed-out print as an ordinary answer', async () => {
    printer = {
      ...printer,
      print: async () => {
        throw new PrintFailedError('The browser took more than 30 s to print.')
      },
    }
    const res = await post(JSON.stringify(BRIEF))
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body).error.message).toMatch(/could not be made.*30 s/)
  })
})

describe('loopback host: Download PDF, several at once', () => {
  /** A printer whose prints all wait for `open()`, counting how many run at once. */
  function gatedPrinter() {
    const counts = { asked: 0, running: 0, maxRunning: 0, printed: 0 }
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    printer = {
      // Asked once per request, before it waits for a browser: every request has arrived.
      browser: () => {
        counts.asked += 1
        return '/usr/bin/fake-chromium'
      },
      print: async () => {
        counts.running += 1
        counts.maxRunning = Math.max(counts.maxRunning, counts.running)
        await gate
        counts.running -= 1
        counts.printed += 1
        return FAKE_PDF
      },
    }
    return { counts, open }
  }

  it('prints at most 2 briefs at once; the others wait their turn and are printed', async () => {
    const { counts, open } = gatedPrinter()
    const answers = Array.from({ length: 6 }, () => post(JSON.stringify(BRIEF)))
    await vi.waitFor(() => expect(counts.asked).toBe(6))
    expect(counts.running).toBe(2)
    open()
    const results = await Promise.all(answers)
    expect(results.map((r) => r.headers['content-type'])).toEqual(Array(6).fill('application/pdf'))
    expect(counts.maxRunning).toBe(2)
    expect(counts.printed).toBe(6)
  })

  it('answers "busy, try again" beyond 2 printing and 8 waiting, without starting a browser', async () => {
    const { counts, open } = gatedPrinter()
    const answers = Array.from({ length: 10 }, () => post(JSON.stringify(BRIEF)))
    await vi.waitFor(() => expect(counts.asked).toBe(10))
    const eleventh = await post(JSON.stringify(BRIEF))
    expect(JSON.parse(eleventh.body)).toEqual({
      ok: false,
      error: { code: 'refused', message: BRIEF_PDF_BUSY },
    })
    open()
    const results = await Promise.all(answers)
    expect(results.every((r) => r.headers['content-type'] === 'application/pdf')).toBe(true)
    expect(counts.maxRunning).toBe(2)
    expect(counts.printed).toBe(10)
  })
})
