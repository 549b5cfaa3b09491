import { readStaticFile } from '../services/static-files'
import type { CdpEvent, CdpPipe } from './cdp-pipe'

/** The brief's own address inside the headless browser: invented, so it can never reach a server. */
export const BRIEF_ORIGIN = 'https://brief.levier.invalid'
export const BRIEF_URL = `${BRIEF_ORIGIN}/index.html`
const ASSETS_PREFIX = `${BRIEF_ORIGIN}/assets/`
/** What the brief may load besides itself: the built renderer's style sheets, fonts and images. */
const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*\.(css|woff2?|ttf|svg|png)$/

/** The page to print: a whole HTML document, and the built renderer whose assets it may use. */
export interface PrintablePage {
  readonly html: string
  readonly rendererDir: string
}

export class PrintRefusedError extends Error {}

type Params = Record<string, unknown>
const base64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64')
const shown = (url: string) => (url.length > 120 ? `${url.slice(0, 117)}...` : url)

/**
 * Print one page with a browser already attached over the DevTools pipe. The browser asks us for
 * every resource (Fetch, pattern `*`): the brief's own URL gets the brief, its assets come from the
 * built renderer's files, and every other request fails, so the page reaches no server at all. Its
 * scripts are off. A page that tries to go anywhere else (a meta refresh, a frame) is not printed:
 * the print is refused rather than printing another page.
 */
export async function printWithCdp(
  cdp: CdpPipe,
  pageToCome: PrintablePage | Promise<PrintablePage>,
): Promise<Buffer> {
  const targets = (await cdp.send('Target.getTargets')) as {
    targetInfos: Array<{ targetId: string; type: string }>
  }
  const existing = targets.targetInfos.find((target) => target.type === 'page')
  const targetId =
    existing?.targetId ??
    ((await cdp.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string })
      .targetId
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId,
    flatten: true,
  })) as { sessionId: string }
  const call = (method: string, params: Params = {}) => cdp.send(method, params, sessionId)

  let refusal: string | undefined
  let documentServed = false
  // Lifecycle events of the brief's load may arrive before Page.navigate answers with its loader.
  const lifecycle = new Set<string>()
  const brief: { loaderId?: string } = {}
  let resolveLoaded!: () => void
  const loaded = new Promise<void>((resolve) => (resolveLoaded = resolve))
  const checkLoaded = () => {
    // The brief's own load, not about:blank's. (Network idle would add Chromium's fixed 500 ms of
    // quiet; the fonts are awaited below instead.)
    if (lifecycle.has(`${brief.loaderId}:load`)) resolveLoaded()
  }
  const refuse = (url: string) => {
    refusal ??= `the brief tried to open another address (${shown(url)}); nothing was printed.`
    resolveLoaded()
  }

  async function answer(params: Params): Promise<void> {
    const requestId = params.requestId as string
    const url = ((params.request as { url?: string } | undefined)?.url ?? '').split('#')[0] ?? ''
    const isDocument = params.resourceType === 'Document'
    if (url === BRIEF_URL && isDocument && !documentServed) {
      documentServed = true
      await call('Fetch.fulfillRequest', {
        requestId,
        responseCode: 200,
        responseHeaders: [{ name: 'Content-Type', value: 'text/html; charset=utf-8' }],
        body: base64(page.html),
      })
      return
    }
    const name = url.startsWith(ASSETS_PREFIX) ? url.slice(ASSETS_PREFIX.length) : ''
    if (!isDocument && ASSET_NAME.test(name)) {
      const file = await readStaticFile(page.rendererDir, `/assets/${name}`)
      await call('Fetch.fulfillRequest', {
        requestId,
        responseCode: file.status,
        responseHeaders: [{ name: 'Content-Type', value: file.contentType }],
        body: base64(file.body),
      })
      return
    }
    if (isDocument) refuse(url)
    await call('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' })
  }

  cdp.onEvent((event: CdpEvent) => {
    if (event.sessionId !== sessionId) return
    const params = event.params
    if (event.method === 'Fetch.requestPaused') {
      // A request the page gave up on meanwhile can no longer be answered: nothing to do then.
      answer(params).catch(() => undefined)
    } else if (
      event.method === 'Page.frameRequestedNavigation' ||
      event.method === 'Page.frameScheduledNavigation'
    ) {
      refuse(String(params.url ?? ''))
    } else if (event.method === 'Page.frameNavigated') {
      const frame = params.frame as { id: string; url: string; parentId?: string }
      if (frame.parentId === undefined && frame.url.split('#')[0] !== BRIEF_URL) refuse(frame.url)
    } else if (event.method === 'Page.lifecycleEvent' && params.frameId === targetId) {
      // (The main frame's id is its target's.)
      lifecycle.add(`${String(params.loaderId)}:${String(params.name)}`)
      checkLoaded()
    }
  })

  // Sent together (the session runs them in order): while the browser is still starting, each
  // answer is slow to come, and none of them needs the one before answered.
  await Promise.all([
    call('Page.enable'),
    call('Page.setLifecycleEventsEnabled', { enabled: true }),
    call('Emulation.setScriptExecutionDisabled', { value: true }),
    // Laid out for print from the start, so the fonts the printed pages use are asked for while loading.
    call('Emulation.setEmulatedMedia', { media: 'print' }),
  ])
  // The page may still be in the making while the browser starts: it is needed from here on, and
  // before any request can be paused (answer() serves it).
  const page = await pageToCome
  await call('Fetch.enable', { patterns: [{ urlPattern: '*' }] })
  const navigation = (await call('Page.navigate', { url: BRIEF_URL })) as {
    loaderId?: string
    errorText?: string
  }
  if (navigation.errorText) {
    throw new PrintRefusedError(refusal ?? `the brief did not load (${navigation.errorText}).`)
  }
  brief.loaderId = navigation.loaderId
  checkLoaded()
  await loaded
  if (refusal) throw new PrintRefusedError(refusal)
  await fontsReady(call)
  if (refusal) throw new PrintRefusedError(refusal)
  const printed = (await call('Page.printToPDF', {
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: false,
  })) as { data: string }
  // Anything that moved while printing is refused too: the bytes might not be the brief's.
  if (refusal) throw new PrintRefusedError(refusal)
  return Buffer.from(printed.data, 'base64')
}

/**
 * Wait until every font the layout asked for has arrived (or failed): the page's scripts are off,
 * but the protocol's own evaluation still runs, and `document.fonts.ready` settles once no font
 * load is pending.
 */
async function fontsReady(call: (method: string, params?: Params) => Promise<unknown>) {
  const answer = (await call('Runtime.evaluate', {
    expression: 'document.fonts.ready.then((fonts) => fonts.status)',
    awaitPromise: true,
    returnByValue: true,
  })) as { result?: { value?: unknown }; exceptionDetails?: unknown }
  if (answer.exceptionDetails || answer.result?.value !== 'loaded')
    throw new PrintRefusedError('the brief’s fonts did not load; nothing was printed.')
}
