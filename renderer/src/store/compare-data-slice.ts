import { parseScenario } from '@shared/model/scenario/scenario-parse'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { presetReference } from '../compare/reference'
import type { ComparisonReference } from '../compare/reference'
import { projectScenario } from '../sim/engine-runner'
import { LatestWins } from '../sim/latest-wins'
import type { CompareDataSlice, ComparedReference, ComparedScenario, SliceCreator } from './types'

interface Request {
  readonly scenarioIds: readonly string[]
  readonly reference: ComparisonReference
}

/**
 * The scenarios of the comparison being viewed, read from the workbook and projected in the engine
 * worker; a newer selection replaces a load still running (latest wins).
 */
export const createCompareDataSlice: SliceCreator<CompareDataSlice> = (api) => (set) => {
  const read = async (id: string): Promise<ComparedScenario | string> => {
    const stored = await api.getScenario({ id })
    if (!stored.ok) return stored.error.message
    const parsed = parseScenario(stored.value.scenario)
    if (!parsed.ok) return `${stored.value.summary.name}: ${parsed.errors.join('; ')}`
    return {
      id,
      name: stored.value.summary.name,
      inTrash: stored.value.summary.deletedAt !== null,
      document: parsed.scenario,
      projection: await projectScenario(parsed.scenario),
    }
  }
  const runner = new LatestWins(
    async ({ scenarioIds, reference }: Request) => {
      const results = await Promise.all(scenarioIds.map(read))
      const scenarios = results.filter((r): r is ComparedScenario => typeof r !== 'string')
      const errors = results.filter((r): r is string => typeof r === 'string')
      let referenceResult: ComparedReference
      if (reference.kind === 'scenario') {
        const found = await read(reference.id)
        if (typeof found === 'string')
          return { scenarios, errors: [...errors, found], reference: null }
        referenceResult = { kind: 'scenario', ...found }
      } else {
        const document: Scenario = presetReference(reference.preset, scenarios[0]?.document)
        referenceResult = {
          kind: 'preset',
          preset: reference.preset,
          document,
          projection: await projectScenario(document),
        }
      }
      return { scenarios, errors, reference: referenceResult }
    },
    (data, request) =>
      set({ compareData: { ...data, key: JSON.stringify(request) }, compareLoading: false }),
    (error) => set({ compareLoading: false, error: (error as Error).message }),
  )
  return {
    compareData: null,
    compareLoading: false,
    loadCompareData(scenarioIds, reference) {
      set({ compareLoading: true })
      runner.request({ scenarioIds: [...scenarioIds], reference })
    },
  }
}
