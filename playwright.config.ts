import { defineConfig } from '@playwright/test'
import { findChromium } from './electron/loopback/find-chromium'

// The browser the brief printer would use (CHROMIUM_PATH, then Chromium, Chrome or Edge where they
// install): Playwright's own download cannot run on our machines. With none, Playwright's own
// browser if `npx playwright install chromium` put it there (npm test says what to run otherwise).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results/e2e',
  timeout: 30_000,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
    },
  },
})
