import { eachLanguage } from '../../i18n/in-every-language'
import type { Baseline } from '../baseline/baseline-schema'
import { compileScenario } from '../engine/compile'
import { seriesLabel } from './explain-context'
import type { ExplainContext, SeriesBuilder } from './explain-context'
import { CONSUMER_BUILDERS } from './explain-consumer'
import { COPRODUCTION_BUILDERS } from './explain-coproduction'
import { FINANCE_BUILDERS } from './explain-finance'
import { INDICATOR_BUILDERS } from './explain-indicators'
import { LEVER_BUILDERS } from '../levers/lever-explain'
import { PEOPLE_BUILDERS } from './explain-people'
import { PLATFORM_BUILDERS } from '../levers/platform-explain'
import { POOL_BUILDERS } from './explain-pools'
import { STAFFED_CHANNEL_BUILDERS } from '../levers/staffed-channel-explain'
import type { ExplainTarget, Explanation } from './explain-types'
import { project } from '../engine/project'
import type { Scenario } from '../scenario/scenario-schema'
import { INDICATORS, SERIES } from '../engine/series'
import type { Projection } from '../engine/simulate'
import { createWorkspace } from '../engine/workspace'

export type { ExplainTarget, Explanation, Term, Provenance, Expr } from './explain-types'

const SERIES_BUILDERS: Readonly<Record<string, SeriesBuilder>> = {
  ...FINANCE_BUILDERS,
  ...COPRODUCTION_BUILDERS,
  ...POOL_BUILDERS,
  ...LEVER_BUILDERS,
  ...PLATFORM_BUILDERS,
  ...PEOPLE_BUILDERS,
  ...CONSUMER_BUILDERS,
  ...STAFFED_CHANNEL_BUILDERS,
}

/** Series and indicators that can be explained. */
export const EXPLAINED_SERIES: readonly string[] = Object.keys(SERIES_BUILDERS)
export const EXPLAINED_INDICATORS: readonly string[] = Object.keys(INDICATOR_BUILDERS)

/** How many levels of series below the figure are opened into their own terms, by default. */
const DEPTH = 3

/**
 * "Why this number?" for one projection: runs the engine once on the scenario at central values
 * and reads the terms it recorded (terms.ts), so every explanation states what was computed.
 * `projection` must be the projection of `scenario` (the figure shown is read from it). `depth`:
 * how many levels of series below the figure are opened into their own terms.
 */
export function createExplainer(
  projection: Projection,
  scenario: Scenario,
  baseline: Baseline,
  depth: number = DEPTH,
): (target: ExplainTarget) => Explanation {
  const model = compileScenario(scenario, baseline)
  const ws = createWorkspace(model)
  project(model, model.central, ws)
  const years = projection.years
  const ctx: ExplainContext = {
    projection,
    baseline,
    model,
    params: model.central,
    ws,
    baseYear: model.baseYear,
    firstYear: years[0] as number,
    lastYear: years[years.length - 1] as number,
    expand: (id, year, depth) => build(id, year, depth),
  }
  // Explanations are immutable: a series' expansion is built once per year and depth, and shared.
  const built = new Map<string, ReturnType<SeriesBuilder> | null>()
  const build = (id: string, year: number, depth: number) => {
    const key = `${id}@${year}#${depth}`
    let made = built.get(key)
    if (made === undefined) {
      const builder = SERIES_BUILDERS[id]
      made = builder ? builder(ctx, year, depth) : null
      built.set(key, made)
    }
    return made
  }
  return (target) => {
    if (target.kind === 'indicator') {
      const builder = INDICATOR_BUILDERS[target.id as keyof typeof INDICATOR_BUILDERS]
      const spec = INDICATORS.find((i) => i.id === target.id)
      const value = projection.indicators.find((i) => i.id === target.id)?.value
      if (!builder || !spec || value === undefined)
        throw new Error(`No explanation for indicator ${target.id}`)
      const made = builder(ctx, (id) => SERIES_BUILDERS[id], depth)
      return {
        target,
        label: eachLanguage((language) => spec[language]),
        year: made.year,
        value,
        unit: spec.unit,
        equation: made.equation,
        formula: made.formula,
        terms: made.terms,
      }
    }
    const builder = SERIES_BUILDERS[target.id]
    const spec = SERIES.find((s) => s.id === target.id)
    const label = seriesLabel(ctx, target.id)
    const index = years.indexOf(target.year)
    const values = projection.series.find((s) => s.id === target.id)?.values
    if (!builder || !spec || !values) throw new Error(`No explanation for series ${target.id}`)
    if (index < 0) throw new RangeError(`${target.year} is outside the projection's years`)
    const made = build(target.id, target.year, depth) as ReturnType<SeriesBuilder>
    return {
      target,
      label,
      year: target.year,
      value: values[index] as number,
      unit: spec.unit,
      equation: made.equation,
      formula: made.formula,
      terms: made.terms,
    }
  }
}

/** "Why this number?" for one figure (see createExplainer to explain several). */
export function explain(
  target: ExplainTarget,
  projection: Projection,
  scenario: Scenario,
  baseline: Baseline,
): Explanation {
  return createExplainer(projection, scenario, baseline)(target)
}
