import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findChromium, findPdfBrowser } from '../../../electron/loopback/find-chromium'

const search = (
  platform: NodeJS.Platform,
  present: string[],
  env: Record<string, string | undefined> = {},
) => ({ platform, env, exists: (path: string) => present.includes(path) })

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first when it exists, and skips it when it does not', () => {
    const mine = '/opt/my-chromium/chrome'
    expect(
      findChromium(search('linux', [mine, '/usr/bin/chromium'], { CHROMIUM_PATH: mine })),
    ).toBe(mine)
    expect(
      findChromium(search('linux', ['/usr/bin/chromium'], { CHROMIUM_PATH: '/nowhere/chrome' })),
    ).toBe('/usr/bin/chromium')
  })

  it('prefers Chromium to Chrome on Linux, and finds Chrome when Chromium is missing', () => {
    expect(findChromium(search('linux', ['/usr/bin/google-chrome', '/usr/bin/chromium']))).toBe(
      '/usr/bin/chromium',
    )
    expect(findChromium(search('linux', ['/usr/bin/google-chrome']))).toBe('/usr/bin/google-chrome')
  })

  it('looks in Program Files on Windows, Edge first', () => {
    const env = {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
    }
    const edge = join('C:\\Program Files (x86)', 'Microsoft', 'Edge', 'Application', 'msedge.exe')
    const chrome = join('C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe')
    expect(findChromium(search('win32', [chrome, edge], env))).toBe(edge)
    expect(findChromium(search('win32', [chrome], env))).toBe(chrome)
    // Linux paths mean nothing there.
    expect(findChromium(search('win32', ['/usr/bin/chromium'], env))).toBeUndefined()
  })

  it('looks in /Applications on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(findChromium(search('darwin', [chrome, '/usr/bin/chromium']))).toBe(chrome)
  })

  it('answers undefined when the machine has no Chromium-family browser', () => {
    expect(findChromium(search('linux', []))).toBeUndefined()
    expect(findChromium(search('darwin', []))).toBeUndefined()
  })
})

describe('findPdfBrowser', () => {
  const shell = '/usr/bin/chromium-headless-shell'

  it('prints with the headless shell where one is installed, else with the browser', () => {
    expect(findPdfBrowser(search('linux', ['/usr/bin/chromium', shell]))).toBe(shell)
    expect(findPdfBrowser(search('linux', ['/usr/bin/chromium']))).toBe('/usr/bin/chromium')
    expect(findPdfBrowser(search('linux', []))).toBeUndefined()
  })

  it('lets CHROMIUM_PATH choose over the shell, and the tests drive the full browser', () => {
    const mine = '/opt/my-chromium/chrome'
    expect(findPdfBrowser(search('linux', [mine, shell], { CHROMIUM_PATH: mine }))).toBe(mine)
    expect(findChromium(search('linux', ['/usr/bin/chromium', shell]))).toBe('/usr/bin/chromium')
  })

  it('looks for the shell only where it is packaged', () => {
    const edge = join('C:\\Program Files', 'Microsoft', 'Edge', 'Application', 'msedge.exe')
    expect(
      findPdfBrowser(search('win32', [shell, edge], { PROGRAMFILES: 'C:\\Program Files' })),
    ).toBe(edge)
  })
})
