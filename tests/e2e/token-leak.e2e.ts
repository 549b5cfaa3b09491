import { createServer } from 'node:http'
import type { IncomingHttpHeaders, Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { findPreset } from '../../shared/model/scenario/presets'
import { api, expect, test } from './fixtures'

// The Levier page's CSP forbids talking to other origins; the test lifts it so that the page's own
// fetch and img reach the other server, and what the browser would send with them shows.
test.use({ bypassCSP: true })

interface Seen {
  readonly url: string
  readonly headers: IncomingHttpHeaders
}

/** Another plain server on 127.0.0.1, another port: it records every request it receives. */
async function otherLocalServer(): Promise<{ origin: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = []
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers })
    if (req.url?.startsWith('/pixel')) {
      res.writeHead(200, { 'Content-Type': 'image/gif', 'Access-Control-Allow-Origin': '*' })
      res.end(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'))
      return
    }
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Access-Control-Allow-Origin': req.headers.origin ?? '*',
      'Access-Control-Allow-Credentials': 'true',
    })
    res.end(`<!doctype html><title>Other</title><p>Another local server</p><img src="/pixel-own">`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { origin: `http://127.0.0.1:${port}`, seen, server }
}

test('another server on 127.0.0.1 never receives the token: no cookie, nothing in any header or URL', async ({
  page,
  host,
}) => {
  const other = await otherLocalServer()
  try {
    await page.goto(host.url)
    // The workbench talks to its host with the token, as a user's session does.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      findPreset('current-law')?.label.fr ?? '',
    )
    expect((await api(page, 'getAppInfo')).ok).toBe(true)

    // From the Levier page: a credentialed fetch and an image of the other server.
    await page.evaluate(async (origin) => {
      await fetch(`${origin}/fetched`, { credentials: 'include' })
      await new Promise((resolve) => {
        const img = new Image()
        img.onload = img.onerror = resolve
        img.src = `${origin}/pixel-from-levier`
        document.body.append(img)
      })
    }, other.origin)
    // Then the other server's own page, reached from Levier by a link, and by typing its address.
    await page.evaluate((origin) => {
      const link = document.createElement('a')
      link.href = `${origin}/linked`
      link.textContent = 'other'
      document.body.append(link)
    }, other.origin)
    await Promise.all([page.waitForURL(`${other.origin}/linked`), page.getByText('other').click()])
    await page.goto(`${other.origin}/typed`)
    await expect(page.getByText('Another local server')).toBeVisible()
    await page.goBack()
    await page.goBack()

    const urls = other.seen.map((request) => request.url)
    for (const path of ['/fetched', '/pixel-from-levier', '/linked', '/typed', '/pixel-own']) {
      expect(urls).toContain(path)
    }
    for (const request of other.seen) {
      expect(request.headers.cookie, request.url).toBeUndefined()
      expect(request.url).not.toContain(host.token)
      expect(JSON.stringify(request.headers)).not.toContain(host.token)
    }
  } finally {
    other.server.closeAllConnections()
    await new Promise((resolve) => other.server.close(resolve))
  }
})
