import { getBaseline, DEFAULT_BASELINE_ID } from '@shared/model/baseline/baselines'
import {
  createExplainer,
  EXPLAINED_INDICATORS,
  EXPLAINED_SERIES,
} from '@shared/model/explain/explain'
import type { Term } from '@shared/model/explain/explain'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { simulate } from '@shared/model/engine/simulate'
import { explanationProblems, seriesReader } from './explain-check'

export const baseline = getBaseline(DEFAULT_BASELINE_ID)

/** Every explained series in `years` and every indicator: what is wrong with their explanations. */
export function problemsOf(
  scenario: Scenario,
  pickYears: (years: number[]) => number[],
  depth?: number,
): string[] {
  const baseline = getBaseline(scenario.baseline)
  const projection = simulate(scenario, baseline)
  const full = simulate(
    { ...scenario, horizon: { ...scenario.horizon, start: baseline.baseYear } },
    baseline,
  )
  const context = { scenario, baseline, series: seriesReader(full), seen: new WeakSet<Term>() }
  const why = createExplainer(projection, scenario, baseline, depth)
  const problems: string[] = []
  for (const year of pickYears(projection.years)) {
    const index = projection.years.indexOf(year)
    for (const id of EXPLAINED_SERIES) {
      const shown = projection.series.find((s) => s.id === id)?.values[index] as number
      problems.push(...explanationProblems(why({ kind: 'series', id, year }), shown, context))
    }
  }
  for (const id of EXPLAINED_INDICATORS) {
    const shown = projection.indicators.find((i) => i.id === id)?.value as number
    problems.push(...explanationProblems(why({ kind: 'indicator', id }), shown, context))
  }
  return problems
}
