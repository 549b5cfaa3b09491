import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { TOKEN_STORAGE_KEY } from '../../renderer/src/api/loopback-token'
import fr from '../../shared/i18n/fr.json' with { type: 'json' }
import { findPreset } from '../../shared/model/scenario/presets'

export interface LoopbackHost {
  /** The URL the host printed: the token in its fragment. */
  readonly url: string
  readonly origin: string
  readonly token: string
  readonly dataDir: string
  /** Stop and start the host again on the same data directory (a new port and token); `between` runs while it is stopped. */
  restart(between?: () => void): Promise<LoopbackHost>
}

const HOST_ENTRY = join(import.meta.dirname, '../../out/main/loopback.js')

function launch(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [HOST_ENTRY, '--no-open', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: 'true' },
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () => reject(new Error(`loopback host did not start:\n${output}`)),
      15_000,
    )
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Levier is running at (http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{64})\s/.exec(
        output,
      )
      if (match) {
        clearTimeout(timer)
        resolve({ url: match[1] as string, child })
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.on('exit', (code) => reject(new Error(`loopback host exited with ${code}:\n${output}`)))
  })
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

/** Everything the page reports that a user would call broken: errors and CSP violations. */
export interface PageProblems {
  readonly errors: string[]
  cspViolations(): Promise<string[]>
  /** Fail the test if the page logged an error or warning, or violated the CSP. */
  expectNone(): Promise<void>
}

async function watchPage(page: Page): Promise<PageProblems> {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __csp: string[] }).__csp = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  const cspViolations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)
  return {
    errors,
    cspViolations,
    async expectNone() {
      expect(await cspViolations()).toEqual([])
      expect(errors).toEqual([])
    },
  }
}

/** A loopback host on a fresh data directory for each test, and the page's problems. */
export const test = base.extend<{ host: LoopbackHost; problems: PageProblems }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'levier-e2e-'))
    let running = await launch(dataDir)
    const host = (): LoopbackHost => ({
      url: running.url,
      origin: new URL(running.url).origin,
      token: new URL(running.url).hash.replace('#token=', ''),
      dataDir,
      restart: async (between) => {
        await stop(running.child)
        between?.()
        running = await launch(dataDir)
        return host()
      },
    })
    await use(host())
    await stop(running.child)
    rmSync(dataDir, { recursive: true, force: true })
  },
  problems: async ({ page }, use) => {
    await use(await watchPage(page))
  },
})

/**
 * Call the API from inside the page, exactly as the interface's HTTP transport does: the token the
 * page keeps in its tab's storage, as a Bearer header.
 */
export async function api<T = unknown>(
  page: Page,
  name: string,
  body: unknown = {},
): Promise<{ ok: boolean; value: T; error?: { code: string; message: string } }> {
  return page.evaluate(
    async ([n, b, key]) => {
      const response = await fetch(`./api/${n}`, {
        method: 'POST',
        credentials: 'omit',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${sessionStorage.getItem(key) ?? ''}`,
        },
        body: JSON.stringify(b),
      })
      return response.json()
    },
    [name, body, TOKEN_STORAGE_KEY] as const,
  )
}

/**
 * Create a scenario from a preset with the library's « Nouveau scénario » (French interface) and
 * wait until it is the one open. A fresh host opens on its current-law scenario, so without the
 * wait a test could read that scenario's figures as the new one's.
 */
export async function createFromPreset(page: Page, presetId: string): Promise<void> {
  const library = page.getByRole('complementary', { name: fr.libraryTitle })
  await library.getByLabel(fr.presetLabel).selectOption(presetId)
  await library.getByRole('button', { name: fr.newScenario }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    findPreset(presetId)?.label.fr ?? presetId,
  )
}

/** The scenario a fresh host opens on (current law), open and computed: where a test can begin. */
export async function firstScenarioOpen(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    findPreset('current-law')?.label.fr ?? '',
  )
}

/**
 * Open Levier from the URL the host printed, in a window of the given size, and wait for what a
 * test starts from: the current-law scenario a fresh host opens on, or (with `preset`) a new
 * scenario from that preset, its figures computed. Returns the library panel.
 */
export async function openLevier(
  page: Page,
  host: LoopbackHost,
  start: { viewport?: { width: number; height: number }; preset?: string } = {},
): Promise<Locator> {
  if (start.viewport) await page.setViewportSize(start.viewport)
  await page.goto(host.url)
  if (start.preset) {
    await createFromPreset(page, start.preset)
    await expect(page.getByTestId('headline-robss_balance_final')).toHaveText(/Md€$/)
  } else {
    await firstScenarioOpen(page)
  }
  return page.getByRole('complementary', { name: fr.libraryTitle })
}

/**
 * Create one scenario from each preset, each saved, then open a new comparison with all of them
 * ticked. Returns the comparison's region and the scenarios' names, in the presets' order.
 */
export async function compareNewScenarios(
  page: Page,
  presetIds: readonly string[],
): Promise<{ view: Locator; names: string[] }> {
  const names: string[] = []
  for (const preset of presetIds) {
    await createFromPreset(page, preset)
    await expect(page.getByTestId('save-state')).not.toHaveText(fr.savePending)
    names.push((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')
  }
  const library = page.getByRole('complementary', { name: fr.libraryTitle })
  await library.getByRole('button', { name: fr.compareNew }).click()
  const view = page.getByRole('region', { name: fr.compareTitle })
  const picks = view.getByRole('group', { name: new RegExp(fr.compareScenarios) })
  // The scenario that was open is already ticked; tick the others.
  await expect(picks.getByRole('checkbox', { checked: true })).toHaveCount(1)
  for (const name of names) {
    const box = picks.getByRole('checkbox', { name })
    if (!(await box.isChecked())) await box.check()
  }
  await expect(picks.getByRole('checkbox', { checked: true })).toHaveCount(names.length)
  return { view, names }
}

/**
 * Type a word, then a number out of range, into a number field: each is refused inline in `where`
 * (the field's alert), and nothing is applied — the caller checks what was kept.
 */
export async function expectRefusedNumbers(
  field: Locator,
  where: Locator,
  outOfRange: string,
): Promise<void> {
  await field.fill('abc')
  await field.press('Enter')
  await expect(where.getByRole('alert')).toHaveText(fr.notANumber)
  await field.fill(outOfRange)
  await field.press('Enter')
  await expect(where.getByRole('alert')).toContainText(fr.outOfRange)
}

export { expect }
