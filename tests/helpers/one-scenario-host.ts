import type { ApiCallName } from '@shared/api/calls'
import type { ApiClient } from '@shared/api/contract'
import { createApiClient } from '../../renderer/src/api/client'
import type { ScenarioDocument } from '../../renderer/src/store/types'

export type FakeAnswers = Partial<Record<ApiCallName, (request: unknown) => unknown>>

/** An API client over answers in memory; a call with no answer fails as `not_found`. */
export function fakeApi(answers: FakeAnswers): ApiClient {
  return createApiClient({
    kind: 'http',
    invoke: async (name, request) => {
      const answer = answers[name]
      return answer
        ? { ok: true, value: answer(request) }
        : { ok: false, error: { code: 'not_found', message: name } }
    },
  })
}

/**
 * A host whose workbook holds one scenario, `s1`, with no earlier versions; it records the saves
 * it receives. `answers` adds or replaces calls.
 */
export function oneScenarioHost(scenario: ScenarioDocument, answers: FakeAnswers = {}) {
  const saves: unknown[] = []
  const summary = {
    id: 's1',
    name: scenario.name,
    description: '',
    tags: [],
    parentId: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    deletedAt: null,
    currentVersion: 1,
  }
  const api = fakeApi({
    getScenario: () => ({ summary, version: 1, scenario }),
    saveScenario: (request) => (saves.push(request), { summary, version: saves.length + 1 }),
    listScenarios: () => [summary],
    listVersions: () => [],
    ...answers,
  })
  return { api, saves, summary }
}
