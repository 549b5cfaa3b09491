import { getBaseline } from '@shared/model/baseline/baselines'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { SECTOR_IDS } from '@shared/model/engine/ids'
import { LEVER_DEFINITIONS } from '@shared/model/levers/lever-definitions'
import { setValueAt } from '@shared/model/scenario/value-path'
import { Prng } from '@shared/model/uncertainty/prng'
import { parseScenario } from '@shared/model/scenario/scenario-parse'
import type { Curve, Scenario } from '@shared/model/scenario/scenario-schema'
import { compileScenario } from '@shared/model/engine/compile'
import type { CompiledModel } from '@shared/model/engine/compile'
import { MonteCarloRun } from '@shared/model/uncertainty/monte-carlo'

function randomCurve(rng: Prng, ceilingCap = 1): Curve {
  const ceiling = Math.round(rng.next() * ceilingCap * 100) / 100
  const kind = rng.next()
  if (kind < 0.4)
    return {
      type: 'bass',
      p: rng.next() * 0.2,
      q: rng.next() * 1.5,
      ceiling,
      start: Math.round(rng.next() * ceiling * 100) / 100,
    }
  if (kind < 0.7)
    return {
      type: 'logistic',
      midpoint: 2015 + Math.floor(rng.next() * 30),
      steepness: 0.01 + rng.next() * 2,
      ceiling,
    }
  // Drawn paths that may go down as well as up.
  const points = [2024, 2028, 2032, 2040].map((year) => ({
    year,
    value: Math.round(rng.next() * ceiling * 100) / 100,
  }))
  return { type: 'drawn', points }
}

/**
 * A random scenario that passes validation: every lever field drawn within the lever definitions'
 * range (switches and choices at random), every assumption with a plausible range drawn within it,
 * some sectors on random curves, and a random horizon. Deterministic for a seed.
 */
export function randomScenario(seed: number): Scenario {
  const rng = new Prng(seed)
  const scenario = defaultScenario('current-law')
  const baseline = getBaseline(scenario.baseline)
  const draft = scenario as unknown as Record<string, unknown>
  for (const field of LEVER_DEFINITIONS) {
    if (field.kind === 'switch') setValueAt(draft, field.path, rng.next() < 0.5)
    else if (field.kind === 'choice')
      setValueAt(
        draft,
        field.path,
        field.options[Math.floor(rng.next() * field.options.length)]?.value,
      )
    else {
      const steps = Math.round((field.max - field.min) / field.step)
      setValueAt(draft, field.path, field.min + Math.floor(rng.next() * (steps + 1)) * field.step)
    }
  }
  for (const [id, entry] of Object.entries(baseline.assumptions)) {
    if (!entry.range || rng.next() < 0.3) continue
    const [low, high] = entry.range
    scenario.assumptions[id] =
      entry.unit === 'year'
        ? Math.round(low + rng.next() * (high - low))
        : low + rng.next() * (high - low)
  }
  for (const id of SECTOR_IDS)
    if (rng.next() < 0.3)
      scenario.sectors[id] = { curve: randomCurve(rng), respondsToCost: rng.next() < 0.8 }
  scenario.horizon = {
    start: 2024 + Math.floor(rng.next() * 4),
    end: 2030 + Math.floor(rng.next() * 31),
  }
  const parsed = parseScenario(JSON.parse(JSON.stringify(scenario)))
  if (!parsed.ok) throw new Error(`random scenario ${seed} is invalid: ${JSON.stringify(parsed)}`)
  return parsed.scenario
}

/**
 * Random scenario `seed` compiled, with a few sets of its assumption values: the central ones, then
 * `draws` Monte Carlo draws (seeded by `seed`), so a property holds off the central values too.
 */
export function randomModelAndValues(
  seed: number,
  draws = 3,
): { model: CompiledModel; values: Float64Array[] } {
  const scenario = randomScenario(seed)
  const model = compileScenario(scenario, getBaseline(scenario.baseline))
  const values: Float64Array[] = [model.central]
  const run = new MonteCarloRun(model, draws, seed, {
    observer: { record: (_, params) => values.push(params.slice()) },
  })
  run.step(draws)
  run.release()
  return { model, values }
}
