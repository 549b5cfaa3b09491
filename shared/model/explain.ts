import type { Baseline } from './baseline-schema'
import type { ExplainContext } from './explain-context'
import { FINANCE_BUILDERS } from './explain-finance'
import type { SeriesBuilder } from './explain-finance'
import { INDICATOR_BUILDERS } from './explain-indicators'
import { LEVER_BUILDERS } from './explain-levers'
import { PEOPLE_BUILDERS } from './explain-people'
import { PLATFORM_BUILDERS } from './explain-platform'
import { replay } from './explain-replay'
import type { ExplainTarget, Explanation } from './explain-types'
import type { Scenario } from './scenario-schema'
import { INDICATORS, SERIES } from './series'
import type { Projection } from './simulate'

export type { ExplainTarget, Explanation, Term, Provenance, Expr } from './explain-types'

const SERIES_BUILDERS: Readonly<Record<string, SeriesBuilder>> = {
  ...FINANCE_BUILDERS,
  ...LEVER_BUILDERS,
  ...PLATFORM_BUILDERS,
  ...PEOPLE_BUILDERS,
}

/** Series and indicators that can be explained. */
export const EXPLAINED_SERIES: readonly string[] = Object.keys(SERIES_BUILDERS)
export const EXPLAINED_INDICATORS: readonly string[] = Object.keys(INDICATOR_BUILDERS)

/** How many levels of series below the figure are opened into their own terms. */
const DEPTH = 3

/**
 * "Why this number?": the equation of a figure in words, and its terms with the values the
 * engine used and where each comes from. `projection` must be the projection of `scenario`
 * (the figure shown is read from it; the engine's intermediate quantities are recomputed).
 */
export function explain(
  target: ExplainTarget,
  projection: Projection,
  scenario: Scenario,
  baseline: Baseline,
): Explanation {
  const years = projection.years
  const ctx: ExplainContext = {
    projection,
    baseline,
    replay: replay(scenario, baseline),
    baseYear: baseline.baseYear,
    firstYear: years[0] as number,
    lastYear: years[years.length - 1] as number,
    expand: (id, year, depth) => {
      const builder = SERIES_BUILDERS[id]
      return builder ? builder(ctx, year, depth) : null
    },
  }
  if (target.kind === 'indicator') {
    const builder = INDICATOR_BUILDERS[target.id]
    const spec = INDICATORS.find((i) => i.id === target.id)
    const value = projection.indicators.find((i) => i.id === target.id)?.value
    if (!builder || !spec || value === undefined)
      throw new Error(`No explanation for indicator ${target.id}`)
    const made = builder(ctx, (id) => SERIES_BUILDERS[id] as SeriesBuilder, DEPTH)
    return {
      target,
      label: { fr: spec.fr, en: spec.en },
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
  const index = years.indexOf(target.year)
  const values = projection.series.find((s) => s.id === target.id)?.values
  if (!builder || !spec || !values) throw new Error(`No explanation for series ${target.id}`)
  if (index < 0) throw new RangeError(`${target.year} is outside the projection's years`)
  const made = builder(ctx, target.year, DEPTH)
  return {
    target,
    label: { fr: spec.fr, en: spec.en },
    year: target.year,
    value: values[index] as number,
    unit: spec.unit,
    equation: made.equation,
    formula: made.formula,
    terms: made.terms,
  }
}
