import { describe, expect, it } from 'vitest'
import type { ApiCallName } from '@shared/api/calls'
import { OPEN_SCENARIOS_KEPT, preferencesSchema } from '@shared/api/contract'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { fakeApi } from '../../helpers/one-scenario-host'
import type { FakeAnswers } from '../../helpers/one-scenario-host'
import { createLevierStore } from '../../../renderer/src/store'

const summary = (id: string, deletedAt: string | null = null) => ({
  id,
  name: `Scénario ${id}`,
  description: '',
  tags: [],
  parentId: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  deletedAt,
  currentVersion: 1,
})

/** A host whose preferences outlive the page: each store made from it is a fresh launch. */
function persistentHost(scenarios: ReturnType<typeof summary>[], welcome?: string) {
  let preferences: Record<string, unknown> = { language: 'fr' }
  // The host's word on a newcomer's first scenario is said once, as WorkbookSession.arrival says it.
  let untold = welcome
  const workbook = {
    path: '/d/A.levier',
    name: 'A.levier',
    readOnly: false,
    scenarioCount: scenarios.length,
    trashCount: 0,
  }
  const answers: Partial<Record<ApiCallName, (request: never) => unknown>> = {
    getAppInfo: () => ({
      name: 'Levier',
      version: '0.1.0',
      host: 'loopback',
      platform: 'linux',
      dataDir: '/d',
    }),
    getPreferences: () => preferences,
    setPreferences: (changes: Record<string, unknown>) => {
      preferences = preferencesSchema.parse({ ...preferences, ...changes })
      return preferences
    },
    getWorkbook: () => {
      const told = untold
      untold = undefined
      return told ? { ...workbook, welcomeScenario: told } : workbook
    },
    listRecentWorkbooks: () => ({ paths: [workbook.path] }),
    whatChanged: () => ({ modelVersion: '2.0.0', entries: [], unreadable: [] }),
    listScenarios: () => scenarios,
    listComparisons: () => [],
    getScenario: ({ id }: { id: string }) => ({
      summary: summary(id),
      version: 1,
      scenario: defaultScenario('current-law'),
    }),
    listVersions: () => [],
  }
  const launch = () => createLevierStore(fakeApi(answers as FakeAnswers))
  return { launch, preferences: () => preferences }
}

describe('the open scenario, remembered per workbook', () => {
  it('is selected again at the next launch', async () => {
    const host = persistentHost([summary('s1'), summary('s2')])
    const first = host.launch()
    await first.getState().start()
    expect(first.getState().selectedId).toBeNull()
    await first.getState().selectScenario('s2')
    expect(host.preferences().openScenarios).toEqual({ '/d/A.levier': 's2' })

    const second = host.launch()
    await second.getState().start()
    expect(second.getState().selectedId).toBe('s2')
    expect(second.getState().draftId).toBe('s2')
    expect(second.getState().error).toBeNull()
  })

  it('is, at a newcomer’s first start, the scenario the host made, then remembered like any other', async () => {
    const host = persistentHost([summary('s0'), summary('s1')], 's1')
    const first = host.launch()
    await first.getState().start()
    expect(first.getState().selectedId).toBe('s1')
    expect(first.getState().draftId).toBe('s1')
    expect(host.preferences().openScenarios).toEqual({ '/d/A.levier': 's1' })
    const second = host.launch()
    await second.getState().start()
    expect(second.getState().selectedId).toBe('s1')
  })

  it('is not reopened once it is in the trash', async () => {
    const scenarios = [summary('s1')]
    const host = persistentHost(scenarios)
    const first = host.launch()
    await first.getState().start()
    await first.getState().selectScenario('s1')
    scenarios[0] = summary('s1', '2026-02-01T00:00:00Z')
    const second = host.launch()
    await second.getState().start()
    expect(second.getState().selectedId).toBeNull()
  })

  it('is kept for a bounded number of workbooks, the oldest forgotten first', async () => {
    const host = persistentHost([summary('s1')])
    const store = host.launch()
    await store.getState().start()
    const many = Object.fromEntries(
      Array.from({ length: OPEN_SCENARIOS_KEPT }, (_, i) => [`/d/old-${i}.levier`, 'x']),
    )
    store.setState({ openScenarios: many })
    await store.getState().rememberOpenScenario('s1')
    const kept = host.preferences().openScenarios as Record<string, string>
    expect(Object.keys(kept)).toHaveLength(OPEN_SCENARIOS_KEPT)
    expect(kept['/d/A.levier']).toBe('s1')
    expect(kept['/d/old-0.levier']).toBeUndefined()
    expect(kept[`/d/old-${OPEN_SCENARIOS_KEPT - 1}.levier`]).toBe('x')
  })
})
