import { getBaseline } from '@shared/model/baseline/baselines'
import { compileScenario } from '@shared/model/engine/compile'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { LEVERS } from '@shared/model/levers/lever-table'
import { runWithLeverEffects } from '@shared/model/uncertainty/lever-effects'
import { runMonteCarlo } from '@shared/model/uncertainty/monte-carlo'
import { project } from '@shared/model/engine/project'
import { tornado } from '@shared/model/uncertainty/tornado'
import { createWorkspace } from '@shared/model/engine/workspace'
import type { BenchLine } from './harness'
import { median, percentile, timeRepeated } from './harness'

/** Issue #3's figures: one projection, a 10,000-draw Monte Carlo, a full tornado. */
export function engineBenchmarks(): BenchLine[] {
  const scenario = defaultScenario('dst-6')
  const model = compileScenario(scenario, getBaseline(scenario.baseline))
  const ws = createWorkspace(model)

  // One projection is too short to time alone: time batches of 2,000 and divide.
  const batch = 2000
  const perProjection = timeRepeated(() => {
    for (let i = 0; i < batch; i++) project(model, model.central, ws)
  }, 25).map((ms) => (ms * 1000) / batch)
  const monteCarlo = timeRepeated(() => runMonteCarlo(model, 10_000, 1), 7, 1)
  // The scenario's run with the levers' effect: droit constant projected on every draw too, and
  // with every lever reformed, each lever alone as well (5 projections a draw).
  const withEffects = timeRepeated(() => runWithLeverEffects(model, 10_000, 1), 7, 1)
  const everyLever = defaultScenario('dst-6')
  for (const lever of LEVERS) everyLever.levers[lever.id].enabled = true
  const everyModel = compileScenario(everyLever, getBaseline(everyLever.baseline))
  const withParts = timeRepeated(() => runWithLeverEffects(everyModel, 10_000, 1), 5, 1)
  const fullTornado = timeRepeated(() => tornado(model, 'robss_balance_final'), 60)

  return [
    {
      name: `deterministic projection (${model.years} years, 9 sectors)`,
      median: `${median(perProjection).toFixed(2)} µs`,
      detail: `p95 ${percentile(perProjection, 95).toFixed(2)} µs over 25 batches of ${batch}`,
      target: '≤ 20 µs',
      ok: median(perProjection) <= 20,
    },
    {
      name: 'Monte Carlo, 10,000 draws + percentiles',
      median: `${median(monteCarlo).toFixed(1)} ms`,
      detail: `min ${Math.min(...monteCarlo).toFixed(1)} ms over 7 runs, one core`,
      target: '≤ 250 ms',
      ok: median(monteCarlo) <= 250,
    },
    {
      name: 'Monte Carlo + levers’ effect over droit constant (paired), 10,000 draws',
      median: `${median(withEffects).toFixed(1)} ms`,
      detail: `min ${Math.min(...withEffects).toFixed(1)} ms over 7 runs, one core; 2 projections a draw`,
      target: '≤ 350 ms',
      ok: median(withEffects) <= 350,
    },
    {
      name: `the same, every lever reformed (${LEVERS.length} alone too), 10,000 draws`,
      median: `${median(withParts).toFixed(1)} ms`,
      detail: `min ${Math.min(...withParts).toFixed(1)} ms over 5 runs, one core; ${LEVERS.length + 2} projections a draw`,
      target: '≤ 600 ms',
      ok: median(withParts) <= 600,
    },
    {
      name: `tornado (${model.uncertain.length} uncertain assumptions, ${2 * model.uncertain.length + 1} runs)`,
      median: `${median(fullTornado).toFixed(2)} ms`,
      detail: `p95 ${percentile(fullTornado, 95).toFixed(2)} ms over 60 runs`,
      target: '≤ 5 ms',
      ok: median(fullTornado) <= 5,
    },
  ]
}
