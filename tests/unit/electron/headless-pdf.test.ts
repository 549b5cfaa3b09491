import { chmodSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PrintFailedError, printUrlToPdf } from '../../../electron/loopback/headless-pdf'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()
/** A stand-in browser: a shell script given Chromium's arguments. */
function fakeBrowser(body: string): string {
  const file = join(tempDir(), 'browser.sh')
  writeFileSync(file, `#!/bin/sh\n${body}\n`)
  chmodSync(file, 0o755)
  return file
}
const ours = () => readdirSync(tmpdir()).filter((name) => name.startsWith('levier-pdf-'))

describe('printUrlToPdf', () => {
  it('passes the URL and --print-to-pdf, reads the PDF back and removes its temp folder', async () => {
    const before = ours().length
    const browser = fakeBrowser(
      'for a in "$@"; do case "$a" in --print-to-pdf=*) printf "%s" "$*" > "${a#--print-to-pdf=}";; esac; done',
    )
    const pdf = (await printUrlToPdf(browser, 'http://127.0.0.1:1/x')).toString('utf8')
    expect(pdf).toContain('--headless')
    expect(pdf).toContain('--no-pdf-header-footer')
    expect(pdf).toMatch(/http:\/\/127\.0\.0\.1:1\/x$/)
    expect(ours().length).toBe(before)
  })

  it('kills a browser that takes too long, and says so', async () => {
    const browser = fakeBrowser('sleep 10')
    const started = Date.now()
    await expect(printUrlToPdf(browser, 'http://127.0.0.1:1/x', 300)).rejects.toThrow(
      /more than 0.3 s/,
    )
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('fails clearly when the browser exits without a PDF or in error', async () => {
    await expect(printUrlToPdf(fakeBrowser('exit 0'), 'http://x/')).rejects.toThrow(
      /without writing the PDF/,
    )
    await expect(printUrlToPdf(fakeBrowser('echo boom >&2; exit 3'), 'http://x/')).rejects.toThrow(
      PrintFailedError,
    )
    await expect(printUrlToPdf('/nowhere/chromium', 'http://x/')).rejects.toThrow(
      /could not be started/,
    )
  })
})
