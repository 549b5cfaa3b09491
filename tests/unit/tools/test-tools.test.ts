import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseBrowser, findSoffice, missingTools, type Machine } from '../../helpers/test-tools'

// Machines played from a list of present files, so the decision is tested where the tools are all
// installed (this one) as much as where none is.
const machine = (
  platform: NodeJS.Platform,
  present: string[],
  env: Record<string, string | undefined> = {},
  playwrightBrowser?: string,
): Machine => ({
  platform,
  env: { PATH: '/usr/bin:/bin', ...env },
  exists: (path) => present.includes(path),
  playwrightBrowser,
})

const DEBIAN_TOOLS = [
  '/usr/bin/apt-get',
  '/usr/bin/sqlite3',
  '/usr/bin/pdftotext',
  '/usr/bin/pdfinfo',
]
const EVERYTHING = [...DEBIAN_TOOLS, '/usr/bin/soffice', '/usr/bin/chromium']

describe('the tools npm test needs', () => {
  it('asks for nothing on a machine that has them all', () => {
    expect(missingTools(machine('linux', EVERYTHING))).toEqual([])
    expect(chooseBrowser(machine('linux', EVERYTHING))).toEqual({
      ok: true,
      executablePath: '/usr/bin/chromium',
    })
  })

  it("takes the brief printer's browser, then Playwright's own, else says in one line what to run", () => {
    const pw = '/home/a/.cache/ms-playwright/chromium-1/chrome-linux/chrome'
    const chrome = '/usr/bin/google-chrome'
    expect(chooseBrowser(machine('linux', [...DEBIAN_TOOLS, chrome, pw], {}, pw))).toEqual({
      ok: true,
      executablePath: chrome,
    })
    expect(chooseBrowser(machine('linux', [...DEBIAN_TOOLS, pw], {}, pw))).toEqual({ ok: true })
    // Playwright names where its browser would be even when it was never downloaded.
    const none = chooseBrowser(machine('linux', DEBIAN_TOOLS, {}, pw))
    expect(none.ok).toBe(false)
    const line = none.ok ? '' : none.line
    expect(line).not.toContain('\n')
    expect(line).toContain('`sudo apt-get install chromium`')
    expect(line).toContain('CHROMIUM_PATH')
    expect(line).toContain('`npx playwright install chromium`')
  })

  it('names the install command of each platform', () => {
    const browserLine = (m: Machine) => missingTools(m)[0] ?? ''
    expect(browserLine(machine('darwin', ['/usr/bin/sqlite3']))).toContain(
      '`brew install --cask chromium`',
    )
    expect(browserLine(machine('linux', ['/usr/bin/dnf']))).toContain('`sudo dnf install chromium`')
    const windows = missingTools(machine('win32', [], { PATH: 'C:\\Windows', PATHEXT: '.EXE' }))
    expect(windows[0]).toContain('install Microsoft Edge or Google Chrome')
    expect(windows).toContain(
      'Missing soffice (XLSX and CSV exports opened by LibreOffice Calc): `winget install --id TheDocumentFoundation.LibreOffice`.',
    )
  })

  it('says a CHROMIUM_PATH that points nowhere', () => {
    const lines = missingTools(machine('linux', DEBIAN_TOOLS, { CHROMIUM_PATH: '/opt/nowhere' }))
    expect(lines[0]).toContain('CHROMIUM_PATH (/opt/nowhere) does not exist')
  })

  it('gives one line per missing package, naming the commands it brings', () => {
    const lines = missingTools(machine('linux', ['/usr/bin/apt-get', '/usr/bin/chromium']))
    expect(lines).toEqual([
      'Missing sqlite3 (workbook files read as an outside tool would): `sudo apt-get install sqlite3`.',
      'Missing pdftotext and pdfinfo (briefs read back from their PDF): `sudo apt-get install poppler-utils`.',
      'Missing soffice (XLSX and CSV exports opened by LibreOffice Calc): `sudo apt-get install libreoffice-calc-nogui`.',
    ])
    const mac = missingTools(machine('darwin', []))
    expect(mac.at(-1)).toContain('`brew install --cask libreoffice`')
  })

  it('finds LibreOffice where its installers put it, off the PATH', () => {
    const app = '/Applications/LibreOffice.app/Contents/MacOS/soffice'
    expect(findSoffice(machine('darwin', [app]))).toBe(app)
    const exe = join('C:\\Program Files', 'LibreOffice', 'program', 'soffice.exe')
    expect(
      findSoffice(machine('win32', [exe], { PATH: '', PROGRAMFILES: 'C:\\Program Files' })),
    ).toBe(exe)
    expect(findSoffice(machine('linux', ['/usr/bin/soffice']))).toBe('/usr/bin/soffice')
    expect(findSoffice(machine('linux', []))).toBeUndefined()
  })
})
