import { attribute } from '@shared/model/comparison/attribution'
import { DEFAULT_BASELINE_ID, getBaseline } from '@shared/model/baseline/baselines'
import { compareIndicators, inputDifferences } from '@shared/model/comparison/comparison'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { balanceRestoredGoal, goalSeek } from '@shared/model/comparison/goal-seek'
import type { GoalSeekRequest } from '@shared/model/comparison/goal-seek'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { simulate } from '@shared/model/engine/simulate'
import type { BenchLine } from './harness'
import { median, percentile, timeRepeated } from './harness'

const baseline = getBaseline(DEFAULT_BASELINE_ID)

function scenario(preset: string, edit: (s: Scenario) => void = () => undefined): Scenario {
  const s = defaultScenario(preset)
  edit(s)
  return s
}

function line(name: string, times: number[], target: number, runs: string): BenchLine {
  return {
    name,
    median: `${median(times).toFixed(2)} ms`,
    detail: `p95 ${percentile(times, 95).toFixed(2)} ms over ${times.length} ${runs}`,
    target: `≤ ${target} ms`,
    ok: median(times) <= target,
  }
}

/** Issue #6's figures: a 6-scenario comparison, Shapley attributions, goal-seeks. */
export function compareBenchmarks(): BenchLine[] {
  const reference = scenario('current-law')
  const compared = [
    scenario('dst-6'),
    scenario('dst-15-tier'),
    scenario('platform-profit-10'),
    scenario('data-levy-colin-collin'),
    scenario('eu-platform-directive'),
    scenario('dst-6', (s) => {
      s.levers.platformContribution.enabled = true
      s.assumptions['macro.gdp_growth'] = 0.015
    }),
  ]
  // Everything the comparison table needs, from the scenario documents.
  const comparison = timeRepeated(() => {
    const projections = compared.map((s) => simulate(s, baseline))
    compareIndicators(simulate(reference, baseline), projections)
    inputDifferences([reference, ...compared], baseline)
  }, 60)

  const fourLevers = scenario('dst-15-tier', (s) => {
    s.levers.dataLevy.enabled = true
    s.levers.platformContribution.enabled = true
    s.levers.platformContribution.requalificationShare = 0.3
  })
  const threeLevers = scenario('dst-6', (s) => {
    s.levers.dataLevy.enabled = true
    s.levers.platformContribution.enabled = true
  })
  const balance = { kind: 'indicator', id: 'robss_balance_final' } as const
  const shapley4 = timeRepeated(() => attribute(fourLevers, baseline, balance), 100)
  const shapley3 = timeRepeated(() => attribute(threeLevers, baseline, balance), 100)

  const dst6 = scenario('dst-6')
  const restored: GoalSeekRequest = {
    scenario: dst6,
    baseline,
    lever: 'levers.dst.rate',
    ...balanceRestoredGoal(2035),
  }
  // An unreachable target costs the most: the scan, then a search near the closest point.
  const unreachable: GoalSeekRequest = { ...restored, measure: balance, target: -1000 }
  const found = goalSeek(restored)
  const missed = goalSeek(unreachable)
  const seekFound = timeRepeated(() => goalSeek(restored), 60)
  const seekMissed = timeRepeated(() => goalSeek(unreachable), 60)

  return [
    line(
      'comparison: 6 scenarios + reference projected, indicators and inputs compared',
      comparison,
      5,
      'runs',
    ),
    line(
      'Shapley attribution, 4 levers (DST, DST tier, data, platform): 16 projections',
      shapley4,
      5,
      'runs',
    ),
    line('Shapley attribution, 3 levers (DST, data, platform): 8 projections', shapley3, 5, 'runs'),
    line(
      `goal-seek to 1e-4: DST rate putting the 2035 ROBSS balance back on its current-law path (${found.status}, ${found.evaluations} projections)`,
      seekFound,
      50,
      'runs',
    ),
    line(
      `goal-seek to 1e-4: unreachable ROBSS balance target (${missed.status}, ${missed.evaluations} projections)`,
      seekMissed,
      50,
      'runs',
    ),
  ]
}
