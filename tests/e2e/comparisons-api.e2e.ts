import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { api, expect, test } from './fixtures'

interface Comparison {
  id: string
  name: string
  reference: unknown
  scenarioIds: string[]
  settings: Record<string, unknown>
  createdAt: string
  updatedAt: string
}

const sqlite3 = (path: string, sql: string) =>
  execFileSync('sqlite3', [path, sql], { encoding: 'utf8' }).trim()

test('named comparisons are saved in the workbook through the API and survive a reload and a restart', async ({
  page,
  host,
  problems,
}) => {
  await page.goto(host.url)
  await expect(page.getByTestId('workbook-name')).toHaveText('Levier.levier')
  const ids: string[] = []
  for (const preset of ['dst-6', 'platform-profit-10', 'current-law']) {
    const made = await api<{ id: string }>(page, 'createScenario', { preset })
    expect(made.ok).toBe(true)
    ids.push(made.value.id)
  }
  const [a, b, c] = ids as [string, string, string]

  const saved = await api<Comparison>(page, 'saveComparison', {
    name: 'TSN contre la loi actuelle',
    reference: { kind: 'preset', preset: 'current-law' },
    scenarioIds: [a, b],
    settings: { measure: { kind: 'indicator', id: 'robss_balance_final' } },
  })
  expect(saved.ok, saved.error?.message).toBe(true)
  const other = await api<Comparison>(page, 'saveComparison', {
    name: 'Trois scénarios',
    reference: { kind: 'scenario', id: c },
    scenarioIds: [a, b, c],
    settings: {},
  })
  expect(other.ok).toBe(true)
  expect((await api<Comparison[]>(page, 'listComparisons')).value.map((x) => x.name)).toEqual([
    'Trois scénarios',
    'TSN contre la loi actuelle',
  ])

  const updated = await api<Comparison>(page, 'saveComparison', {
    id: saved.value.id,
    name: 'TSN et droit en vigueur',
    reference: { kind: 'preset', preset: 'no-lever' },
    scenarioIds: [b, a, c],
    settings: { year: 2035 },
  })
  // A model-1 "no-lever" reference is still accepted, and kept as what it means now.
  expect(updated.value.reference).toEqual({ kind: 'preset', preset: 'current-law' })
  expect(updated.value.id).toBe(saved.value.id)
  expect(updated.value.createdAt).toBe(saved.value.createdAt)
  expect(updated.value.updatedAt > saved.value.updatedAt).toBe(true)
  expect((await api<Comparison[]>(page, 'listComparisons')).value.map((x) => x.id)).toEqual([
    saved.value.id,
    other.value.id,
  ])

  const clash = await api(page, 'saveComparison', {
    name: 'Trois scénarios',
    reference: { kind: 'preset', preset: 'no-lever' },
    scenarioIds: [a, c],
    settings: {},
  })
  expect(clash.error?.code).toBe('conflict')
  expect(clash.error?.message).toMatch(/“Trois scénarios” already exists/)
  const unknown = await api(page, 'saveComparison', {
    name: 'Fantôme',
    reference: { kind: 'preset', preset: 'no-lever' },
    scenarioIds: [a, 'no-such-scenario'],
    settings: {},
  })
  expect(unknown.error?.code).toBe('invalid_input')
  expect(unknown.error?.message).toMatch(/no-such-scenario/)

  expect((await api(page, 'deleteComparison', { id: other.value.id })).value).toEqual({})
  expect((await api(page, 'getComparison', { id: other.value.id })).error?.code).toBe('not_found')

  await page.reload()
  await expect(page.getByTestId('workbook-name')).toHaveText('Levier.levier')
  expect((await api<Comparison[]>(page, 'listComparisons')).value).toEqual([updated.value])
  await page.waitForLoadState('networkidle')

  const restarted = await host.restart()
  await page.goto(restarted.url)
  await expect(page.getByTestId('workbook-name')).toHaveText('Levier.levier')
  expect((await api<Comparison[]>(page, 'listComparisons')).value).toEqual([updated.value])
  await page.waitForLoadState('networkidle')

  // Any SQLite client reads the comparison beside the scenarios it names.
  const path = join(host.dataDir, 'workbooks', 'Levier.levier')
  expect(sqlite3(path, 'PRAGMA integrity_check')).toBe('ok')
  expect(sqlite3(path, 'SELECT count(*) FROM comparisons')).toBe('1')
  expect(
    sqlite3(
      path,
      'SELECT count(*) FROM comparisons, json_each(comparisons.scenario_ids) j JOIN scenarios s ON s.id = j.value',
    ),
  ).toBe('3')
  await problems.expectNone()
})
