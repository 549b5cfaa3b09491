import type { Language } from '../app-identity'
import { translator } from '../i18n/translate'
import { formatValue } from '../format/format-value'
import { compareIndicators } from '../model/comparison/comparison'
import type { ComparisonRow } from '../model/comparison/comparison'
import type { Baseline } from '../model/baseline/baseline-schema'
import { simulate } from '../model/engine/simulate'
import type { Projection } from '../model/engine/simulate'
import { withoutLevers } from '../model/levers/lever-switches'
import type { BriefScenarioInput } from './brief-content'
import { indicatorOf, peopleCount, quoted, seriesOf, signedDelta } from './brief-format'

/** Index of the largest value (the first one on a tie). */
function argMax(values: readonly number[]): number {
  let best = 0
  values.forEach((v, i) => {
    if (v > (values[best] as number)) best = i
  })
  return best
}

/** Index of the smallest value (the first one on a tie). */
const argMin = (values: readonly number[]) => argMax(values.map((v) => -v))

/** How a row's values spread across scenarios: its extremes as written, and who holds them. */
interface Spread {
  readonly low: string
  readonly high: string
  readonly lowName: string
  readonly highName: string
  /** The extremes read the same once written. */
  readonly same: boolean
  /**
   * Within 1 % of the larger magnitude: naming the extremes would suggest a difference the model
   * cannot tell.
   */
  readonly close: boolean
}

/** A row's spread, each value as `write` gives it (by default, in the row's unit). */
function spreadOf(
  row: ComparisonRow,
  name: (i: number) => string,
  language: Language,
  write: (value: number) => string = (value) => formatValue(value, row.unit, language),
): Spread {
  const lo = argMin(row.values)
  const hi = argMax(row.values)
  const a = row.values[lo] as number
  const b = row.values[hi] as number
  const low = write(a)
  const high = write(b)
  return {
    low,
    high,
    lowName: name(lo),
    highName: name(hi),
    same: low === high,
    close: b - a < 0.01 * Math.max(Math.abs(a), Math.abs(b)),
  }
}

/** A spread's words for a sentence: its extremes and who holds them. */
const words = ({ low, high, lowName, highName }: Spread) => ({ low, high, lowName, highName })

/** "de a (x) à b (y)": the extremes and who holds them. */
const named = (spread: Spread, language: Language) =>
  translator(language)('brief.range', words(spread))

/** The range of a row across scenarios: "de a (x) à b (y)", or one value when they read the same. */
function range(
  row: ComparisonRow,
  name: (i: number) => string,
  language: Language,
): { text: string; same: boolean } {
  const spread = spreadOf(row, name, language)
  return { text: spread.same ? spread.low : named(spread, language), same: spread.same }
}

/**
 * As `range`, but within 1 % the extremes go unnamed (the consumer's figures move little from one
 * set of levers to another); each value as `write` gives it.
 */
function nearRange(
  row: ComparisonRow,
  name: (i: number) => string,
  language: Language,
  write?: (value: number) => string,
): string {
  const spread = spreadOf(row, name, language, write)
  if (spread.same) return spread.low
  if (spread.close) return translator(language)('brief.rangeClose', words(spread))
  return named(spread, language)
}

/** The range of peak displaced jobs across scenarios; near-equal peaks are said to be so. */
function jobsRange(row: ComparisonRow, name: (i: number) => string, language: Language): string {
  const t = translator(language)
  const spread = spreadOf(row, name, language, (v) => formatValue(v, 'fte', language))
  if (spread.same) return t('brief.jobsSame', { jobs: spread.low })
  if (spread.close) return t('brief.jobsClose', words(spread))
  return t('brief.jobsRange', words(spread))
}

/**
 * Each compared scenario against current law, its own: the same scenario with no lever reformed,
 * on its own assumptions (the glossary's "droit constant"), so the sentence holds whatever
 * reference the comparison is set against.
 */
function againstCurrentLaw(input: BriefScenarioInput, baseline: Baseline, language: Language) {
  const t = translator(language)
  const money = (v: number) => formatValue(v, 'bn_eur', language)
  const law = simulate(withoutLevers(input.scenario), baseline)
  const last = input.projection.years.length - 1
  const balance = seriesOf(input.projection, 'robss_balance')[last] as number
  const lawBalance = seriesOf(law, 'robss_balance')[last] as number
  return t('brief.againstCurrentLaw', {
    name: quoted(input.name, language),
    year: String(input.projection.years[last]),
    balance: money(balance),
    delta: signedDelta(balance - lawBalance, 'bn_eur', language),
    law: money(lawBalance),
    yield: money(indicatorOf(input.projection, 'increment_total_final')),
  })
}

/**
 * The summary of a comparison, its own, not a scenario's: each scenario against current law, then
 * the ROBSS balance that ends best against the reference, the largest yield over current law, the
 * cost of coproduction to the ROBSS, Unédic apart, the APU effect, the jobs, and the consumer's
 * side: imposed coproduction, people whose channel closes, the carbon footprint.
 */
export function comparisonSummary(
  inputs: readonly BriefScenarioInput[],
  reference: { readonly name: string; readonly projection: Projection },
  baseline: Baseline,
  language: Language,
): string[] {
  const t = translator(language)
  const rows = compareIndicators(
    reference.projection,
    inputs.map((s) => s.projection),
  )
  const row = (id: string) => {
    const found = rows.find((r) => r.id === id)
    if (!found) throw new Error(`No indicator ${id}`)
    return found
  }
  const name = (i: number) => quoted(inputs[i]?.name ?? '', language)
  const money = (v: number) => formatValue(v, 'bn_eur', language)
  const ref = quoted(reference.name, language)
  const years = reference.projection.years
  const year = String(years[years.length - 1])

  const balance = row('robss_balance_final')
  const b = argMax(balance.values)
  const pct = row('robss_balance_final_pct_gdp')
  const yieldRow = row('increment_total_cumulative')
  const y = argMax(yieldRow.values)
  const pv = row('increment_total_pv')
  const cost = range(row('coproduction_effect_final'), name, language)
  const unedic = range(row('unedic_balance_final'), name, language)
  const apu = row('apu_effect_cumulative')
  const a = argMax(apu.values)
  return [
    t('brief.compared', { count: inputs.length, reference: ref }),
    ...inputs.map((input) => againstCurrentLaw(input, baseline, language)),
    t('brief.balanceBest', {
      year,
      name: name(b),
      value: money(balance.values[b] as number),
      pctGdp: formatValue(pct.values[b] as number, 'pct_gdp', language),
      delta: signedDelta(balance.deltas[b] as number, 'bn_eur', language),
      reference: money(balance.reference),
    }),
    t('brief.yieldBest', {
      name: name(y),
      cumulative: money(yieldRow.values[y] as number),
      presentValue: money(pv.values[y] as number),
    }),
    t(cost.same ? 'brief.costSame' : 'brief.costRange', { year, cost: cost.text }),
    t(unedic.same ? 'brief.unedicSame' : 'brief.unedicRange', { year, balance: unedic.text }),
    t('brief.apuBest', {
      name: name(a),
      value: signedDelta(apu.values[a] as number, 'bn_eur', language),
      reference: signedDelta(apu.reference, 'bn_eur', language),
    }),
    jobsRange(row('jobs_displaced_peak'), name, language),
    t('brief.consumerRange', {
      year,
      imposed: nearRange(row('coproduction_imposed_share_final'), name, language),
      people: nearRange(row('people_losing_channel_final'), name, language, (v) =>
        peopleCount(v, language),
      ),
      footprint: nearRange(row('footprint_change_final'), name, language, (v) =>
        signedDelta(v, 'kt_co2e', language),
      ),
    }),
  ]
}
