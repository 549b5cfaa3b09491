import { existsSync } from 'node:fs'
import { join } from 'node:path'

export interface BrowserSearch {
  readonly env: Readonly<Record<string, string | undefined>>
  readonly platform: NodeJS.Platform
  readonly exists: (path: string) => boolean
}

const UNIX_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
]
const MAC_PATHS = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
]

function windowsPaths(env: BrowserSearch['env']): string[] {
  const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
    (root): root is string => Boolean(root),
  )
  const tails = [
    ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
    ['Google', 'Chrome', 'Application', 'chrome.exe'],
    ['Chromium', 'Application', 'chrome.exe'],
  ]
  // Edge first: every Windows machine has it, and it prints as Chromium does.
  return tails.flatMap((tail) => roots.map((root) => join(root, ...tail)))
}

/**
 * Chromium's headless shell as distributions package it (Debian's chromium-headless-shell): the
 * engine without the browser around it, made for printing and automation. It prints the same
 * pages and starts in about a third of the time.
 */
const HEADLESS_SHELLS: Partial<Record<NodeJS.Platform, readonly string[]>> = {
  linux: ['/usr/bin/chromium-headless-shell'],
}

function firstPresent(search: BrowserSearch, shells: readonly string[]): string | undefined {
  const chosen = search.env.CHROMIUM_PATH
  const candidates = [
    ...(chosen ? [chosen] : []),
    ...shells,
    ...(search.platform === 'win32'
      ? windowsPaths(search.env)
      : search.platform === 'darwin'
        ? MAC_PATHS
        : UNIX_PATHS),
  ]
  return candidates.find((path) => search.exists(path))
}

const THIS_MACHINE: BrowserSearch = {
  env: process.env,
  platform: process.platform,
  exists: existsSync,
}

/**
 * A Chromium-family browser, as a user would open it: CHROMIUM_PATH when set (and present), else
 * the usual install places of Chromium, Chrome and Edge for the platform. Undefined when the
 * machine has none.
 */
export function findChromium(search: BrowserSearch = THIS_MACHINE): string | undefined {
  return firstPresent(search, [])
}

/**
 * The browser to print briefs with, headless: CHROMIUM_PATH when set (and present), else a
 * headless shell where one is installed, else Chromium, Chrome or Edge. Undefined when the machine
 * has none; the page then says to use the browser's own print.
 */
export function findPdfBrowser(search: BrowserSearch = THIS_MACHINE): string | undefined {
  return firstPresent(search, HEADLESS_SHELLS[search.platform] ?? [])
}
