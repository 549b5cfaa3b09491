import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CSP_HEADER } from '../../shared/security/csp'
import en from '../../shared/i18n/en.json' with { type: 'json' }
import fr from '../../shared/i18n/fr.json' with { type: 'json' }
import { TOKEN_STORAGE_KEY } from '../../renderer/src/api/loopback-token'
import { translator } from '../../shared/i18n/translate'
import type { Page } from '@playwright/test'
import { findPreset } from '../../shared/model/scenario/presets'
import { expect, test } from './fixtures'

const VERSION = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as {
    version: string
  }
).version
const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots')
const CURRENT_LAW = findPreset('current-law')?.label.fr ?? ''

/** A label of the interface in the language shown (the first scenario's own name is not one). */
const libraryHeading = (page: Page) =>
  page.getByRole('complementary').getByRole('heading', { level: 2 }).first()

test('the shell opens in French, with version and data folder, and no error or CSP violation', async ({
  page,
  host,
  problems,
}) => {
  const response = await page.goto(host.url)
  expect(response?.headers()['content-security-policy']).toBe(CSP_HEADER)
  // The token left the address bar (and history) for the tab's storage; no cookie was set.
  expect(page.url()).toBe(`${host.origin}/`)
  expect(await page.context().cookies()).toEqual([])
  // A fresh host opens on its current-law scenario; the data folder is said in About.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CURRENT_LAW)
  await expect(page.getByTestId('app-version')).toHaveText(`${fr.versionLabel} ${VERSION}`)
  await page.getByRole('button', { name: fr.aboutButton, exact: true }).click()
  const about = page.getByRole('dialog', { name: fr.aboutTitle })
  await expect(about.locator('code')).toHaveText(host.dataDir)
  await page.keyboard.press('Escape')
  await expect(about).toBeHidden()
  await expect(page.getByTestId('host-kind')).toHaveText(fr.hostLoopback)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('button', { name: 'Français', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await page.screenshot({ path: join(SCREENSHOTS, 'shell-fr.png'), fullPage: true })
  await problems.expectNone()
})

test('the language switch changes every label and the choice survives a reload and a restart', async ({
  page,
  host,
  problems,
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'English', exact: true }).click()
  await expect(libraryHeading(page)).toHaveText(en.libraryTitle)
  await expect(page.getByRole('group', { name: en.languageLabel })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.locator('body')).not.toContainText(fr.cardRobssLead)
  await page.screenshot({ path: join(SCREENSHOTS, 'shell-en.png'), fullPage: true })

  await page.reload()
  await expect(libraryHeading(page)).toHaveText(en.libraryTitle)
  // Let the page finish talking to this host before it goes away.
  await page.waitForLoadState('networkidle')

  const restarted = await host.restart()
  await page.goto(restarted.url)
  await expect(libraryHeading(page)).toHaveText(en.libraryTitle)
  await page.getByRole('button', { name: 'Français', exact: true }).click()
  await expect(libraryHeading(page)).toHaveText(fr.libraryTitle)
  await problems.expectNone()
})

test('the shell works from the keyboard: language by Tab and Enter, About opened and closed by Escape', async ({
  page,
  host,
  problems,
}) => {
  await page.goto(host.url)
  await expect(libraryHeading(page)).toHaveText(fr.libraryTitle)
  await page.getByRole('button', { name: 'Français', exact: true }).focus()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'English', exact: true })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(libraryHeading(page)).toHaveText(en.libraryTitle)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: en.helpButton })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: en.aboutButton, exact: true })).toBeFocused()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: en.aboutTitle })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText(VERSION)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await problems.expectNone()
})

test('without the token the API is refused and the page says to open the URL printed by the host', async ({
  page,
  host,
}) => {
  // The bundle is public code: it loads, but it asks for nothing it would be refused. (This browser
  // prefers English: Playwright's default locale.)
  const response = await page.goto(`${host.origin}/`)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    translator('en')('missingTokenTitle'),
  )
  await expect(page.getByRole('alert')).toContainText('#token=')
  await expect(page.getByTestId('host-kind')).toHaveCount(0)
  const call = await page.request.post(`${host.origin}/api/getAppInfo`, {
    headers: { 'Content-Type': 'application/json' },
    data: {},
  })
  expect(call.status()).toBe(401)
  expect((await call.json()).error.code).toBe('unauthorized')
  const withQuery = await page.request.post(`${host.origin}/api/getAppInfo?token=${host.token}`, {
    headers: { 'Content-Type': 'application/json' },
    data: {},
  })
  expect(withQuery.status()).toBe(401)
})

test('with the key of an earlier run, the page says which address to open instead of failing at every call', async ({
  page,
  host,
}) => {
  await page.goto(host.url)
  await expect(page.getByTestId('host-kind')).toBeVisible()
  // As after a restart on the same port: the tab still holds the previous run's key.
  const earlier = 'f'.repeat(64)
  await page.evaluate(
    ([key, token]) => sessionStorage.setItem(key as string, token as string),
    [TOKEN_STORAGE_KEY, earlier],
  )
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    translator('en')('missingTokenTitle'),
  )
  await expect(page.getByRole('alert')).toContainText(
    translator('en')('staleTokenBody').slice(0, 40),
  )
  await expect(page.getByTestId('host-kind')).toHaveCount(0)
  // Forgotten: a reload no longer sends it.
  expect(await page.evaluate((key) => sessionStorage.getItem(key), TOKEN_STORAGE_KEY)).toBeNull()
  // The address printed by the host still opens the workbench (a new fragment only: reload).
  await page.goto(host.url)
  await page.reload()
  await expect(page.getByTestId('host-kind')).toBeVisible()
})

test('without the token, in French for a browser that prefers French', async ({
  browser,
  host,
}) => {
  const context = await browser.newContext({ locale: 'fr-FR' })
  const page = await context.newPage()
  await page.goto(`${host.origin}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    translator('fr')('missingTokenTitle'),
  )
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await context.close()
})
