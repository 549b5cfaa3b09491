import type { Language } from '../app-identity'
import { formatValue } from '../format/format-value'
import { enabledLevers } from '../model/attribution'
import type { Baseline } from '../model/baseline-schema'
import { compareIndicators } from '../model/comparison'
import type { Levers, Scenario } from '../model/scenario-schema'
import { simulate } from '../model/simulate'
import type { Projection } from '../model/simulate'
import type { BriefScenarioInput } from './brief-content'
import {
  cellValue,
  coverageText,
  indicatorOf,
  listOf,
  quoted,
  seriesOf,
  signedDelta,
  summaryYearIndex,
} from './brief-format'

/**
 * The summary box: the headline figures in words, three to five sentences, every number read from
 * the projection and written by the shared formatter.
 */

const PAYERS = [
  { id: 'incidence_consumers', fr: 'les consommateurs', en: 'consumers' },
  { id: 'incidence_platforms', fr: 'les plateformes', en: 'platforms' },
  { id: 'incidence_french_firms', fr: 'les entreprises françaises', en: 'French firms' },
  { id: 'incidence_workers', fr: 'les travailleurs des plateformes', en: 'platform workers' },
] as const

/** The same scenario with every lever switched off, all other inputs unchanged. */
export function withoutLevers(scenario: Scenario): Scenario {
  const levers: Levers = {
    ...scenario.levers,
    dst: { ...scenario.levers.dst, enabled: false },
    dataLevy: { ...scenario.levers.dataLevy, enabled: false },
    platformContribution: { ...scenario.levers.platformContribution, enabled: false },
  }
  return { ...scenario, levers }
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

/** Index of the largest value (the first one on a tie). */
function argMax(values: readonly number[]): number {
  let best = 0
  values.forEach((v, i) => {
    if (v > (values[best] as number)) best = i
  })
  return best
}

function coverageSentence(p: Projection, language: Language): string {
  const i = summaryYearIndex(p.years)
  const year = p.years[i] as number
  const cover = coverageText(seriesOf(p, 'coverage_ratio')[i] as number, language)
  const effect = formatValue(seriesOf(p, 'coproduction_effect')[i] as number, 'bn_eur', language)
  return language === 'fr'
    ? `En ${year}, les leviers couvrent ${cover} du besoin de financement induit par la coproduction (${effect}).`
    : `In ${year}, the levers cover ${cover} of the financing need created by coproduction (${effect}).`
}

/** A balance in words: a financing need, or a surplus when the gap is negative. */
function balance(gap: number, language: Language): string {
  const amount = formatValue(Math.abs(gap), 'bn_eur', language)
  if (language === 'fr')
    return gap < 0 ? `un excédent de ${amount}` : `un besoin de financement de ${amount}`
  return gap < 0 ? `a surplus of ${amount}` : `a financing gap of ${amount}`
}

/**
 * The gap in the last year, in % of GDP too, against the gap without the levers (or, without
 * levers, with the part coproduction adds). A negative gap is a surplus and is called one.
 */
function gapSentence(p: Projection, language: Language, withoutLeversGap: number | null): string {
  const fr = language === 'fr'
  const last = p.years.length - 1
  const year = p.years[last] as number
  const value = seriesOf(p, 'financing_gap')[last] as number
  const gap = formatValue(Math.abs(value), 'bn_eur', language)
  const pct = formatValue(
    Math.abs(seriesOf(p, 'financing_gap_pct_gdp')[last] as number),
    'pct_gdp',
    language,
  )
  const head =
    value >= 0
      ? fr
        ? `Le besoin de financement de la Sécurité sociale atteint ${gap} en ${year} (${pct})`
        : `The social security financing gap reaches ${gap} in ${year} (${pct})`
      : fr
        ? `La Sécurité sociale dégage un excédent de ${gap} en ${year} (${pct})`
        : `Social security runs a surplus of ${gap} in ${year} (${pct})`
  if (withoutLeversGap !== null) {
    const without =
      withoutLeversGap >= 0 === value >= 0
        ? formatValue(Math.abs(withoutLeversGap), 'bn_eur', language)
        : balance(withoutLeversGap, language)
    return fr
      ? `${head}, contre ${without} sans les leviers.`
      : `${head}, against ${without} without the levers.`
  }
  const effect = formatValue(seriesOf(p, 'coproduction_effect')[last] as number, 'bn_eur', language)
  if (value >= 0)
    return fr
      ? `${head}, dont ${effect} dus à la coproduction.`
      : `${head}, of which ${effect} is due to coproduction.`
  return fr
    ? `${head}, malgré ${effect} de coût de la coproduction.`
    : `${head}, despite ${effect} of coproduction cost.`
}

function jobsSentence(p: Projection, language: Language): string {
  const stock = seriesOf(p, 'jobs_displaced_total')
  const i = argMax(stock)
  const peak = stock[i] as number
  if (!(peak >= 0.5))
    return language === 'fr'
      ? 'La coproduction ne déplace aucun emploi sur l’horizon.'
      : 'Coproduction displaces no job over the horizon.'
  const jobs = formatValue(peak, 'fte', language)
  const pool = formatValue(seriesOf(p, 'unemployed_pool')[i] as number, 'fte', language)
  const year = p.years[i] as number
  return language === 'fr'
    ? `La coproduction déplace au plus ${jobs} (pic en ${year}), dont ${pool} encore sans emploi cette année-là.`
    : `Coproduction displaces at most ${jobs} (peak in ${year}), of whom ${pool} are still out of work that year.`
}

function revenueSentence(p: Projection, language: Language): string {
  const span = `${p.years[0]}–${p.years[p.years.length - 1]}`
  const total = formatValue(sum(seriesOf(p, 'lever_revenue_total')), 'bn_eur', language)
  const earmarked = formatValue(
    indicatorOf(p, 'lever_revenue_earmarked_cumulative'),
    'bn_eur',
    language,
  )
  return language === 'fr'
    ? `Sur ${span}, les leviers rapportent ${total} cumulés, dont ${earmarked} affectés à la Sécurité sociale.`
    : `Over ${span}, the levers raise ${total} in total, of which ${earmarked} is earmarked to social security.`
}

/** Who bears the levers' cost, largest share first; null when they cost nobody anything. */
function incidenceSentence(p: Projection, language: Language): string | null {
  const parts = PAYERS.map((payer) => ({ payer, share: indicatorOf(p, payer.id) }))
    .filter(
      (x) =>
        x.share > 0 &&
        formatValue(x.share, 'share', language) !== formatValue(0, 'share', language),
    )
    .sort((a, b) => b.share - a.share)
  if (parts.length === 0) return null
  const items = parts.map(({ payer, share }) =>
    language === 'fr'
      ? `à ${formatValue(share, 'share', language)} par ${payer.fr}`
      : `${formatValue(share, 'share', language)} by ${payer.en}`,
  )
  return language === 'fr'
    ? `Leur coût est supporté ${listOf(items, language)}.`
    : `Their cost is borne ${listOf(items, language)}.`
}

function consumerWorkSentence(p: Projection, language: Language): string {
  const last = p.years.length - 1
  const year = p.years[last] as number
  const hours = formatValue(
    seriesOf(p, 'consumer_work_hours')[last] as number,
    'million_hours',
    language,
  )
  const value = formatValue(seriesOf(p, 'consumer_work_value')[last] as number, 'bn_eur', language)
  return language === 'fr'
    ? `En ${year}, la coproduction représente ${hours} de travail des consommateurs, soit ${value} au SMIC.`
    : `In ${year}, coproduction amounts to ${hours} of consumer work, worth ${value} at the SMIC.`
}

/** The summary of one scenario: four or five sentences. */
export function scenarioSummary(
  input: BriefScenarioInput,
  baseline: Baseline,
  language: Language,
): string[] {
  const p = input.projection
  if (enabledLevers(input.scenario.levers).length === 0) {
    return [
      language === 'fr'
        ? 'Aucun levier n’est activé : rien ne compense le coût de la coproduction pour la Sécurité sociale.'
        : 'No lever is enabled: nothing offsets the cost of coproduction to social security.',
      gapSentence(p, language, null),
      jobsSentence(p, language),
      consumerWorkSentence(p, language),
    ]
  }
  // "Without the levers" is the scenario projected again with every lever off: the levers also
  // slow adoption, so it is not simply the gap plus the earmarked revenue.
  const bare = simulate(withoutLevers(input.scenario), baseline)
  const bareGap = seriesOf(bare, 'financing_gap')
  const sentences = [
    coverageSentence(p, language),
    gapSentence(p, language, bareGap[bareGap.length - 1] as number),
    jobsSentence(p, language),
    revenueSentence(p, language),
  ]
  const incidence = incidenceSentence(p, language)
  if (incidence) sentences.push(incidence)
  return sentences
}

/** The range of peak displaced jobs across scenarios; near-equal peaks are said to be so. */
function jobsRange(
  values: readonly number[],
  name: (i: number) => string,
  language: Language,
): string {
  const fr = language === 'fr'
  const lo = argMax(values.map((v) => -v))
  const hi = argMax(values)
  const fte = (i: number) => formatValue(values[i] as number, 'fte', language)
  if (fte(lo) === fte(hi))
    return fr
      ? `Au pic, la coproduction déplace ${fte(lo)} dans chaque scénario.`
      : `At the peak, coproduction displaces ${fte(lo)} in every scenario.`
  // Within 1 %: naming the extremes would suggest a difference the model cannot tell.
  if ((values[hi] as number) - (values[lo] as number) < 0.01 * Math.abs(values[hi] as number))
    return fr
      ? `Au pic, la coproduction déplace presque autant d’emplois dans chaque scénario : de ${fte(lo)} à ${fte(hi)}.`
      : `At the peak, coproduction displaces almost as many jobs in every scenario: from ${fte(lo)} to ${fte(hi)}.`
  return fr
    ? `Au pic, la coproduction déplace de ${fte(lo)} (${name(lo)}) à ${fte(hi)} (${name(hi)}).`
    : `At the peak, coproduction displaces from ${fte(lo)} (${name(lo)}) to ${fte(hi)} (${name(hi)}).`
}

/** The summary of a comparison: five sentences on the scenarios that stand out. */
export function comparisonSummary(
  inputs: readonly BriefScenarioInput[],
  reference: { readonly name: string; readonly projection: Projection },
  language: Language,
): string[] {
  const fr = language === 'fr'
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
  const argMin = (values: readonly number[]) => argMax(values.map((v) => -v))

  const gap = row('gap_final')
  const g = argMin(gap.values)
  const cover = row('coverage_ratio_cumulative')
  const c = argMax(cover.values)
  const earmarked = row('lever_revenue_earmarked_cumulative')
  const e = argMax(earmarked.values)
  const jobs = row('jobs_displaced_peak')
  const ref = quoted(reference.name, language)
  return [
    fr
      ? `${inputs.length} scénarios sont comparés à la référence ${ref}.`
      : `${inputs.length} scenarios are compared with the reference ${ref}.`,
    fr
      ? `Le besoin de financement en fin d’horizon est le plus faible avec ${name(g)} : ${formatValue(gap.values[g] as number, 'bn_eur', language)}, soit ${signedDelta(gap.deltas[g] as number, 'bn_eur', language)} par rapport à la référence.`
      : `The financing gap at the end of the horizon is lowest with ${name(g)}: ${formatValue(gap.values[g] as number, 'bn_eur', language)}, ${signedDelta(gap.deltas[g] as number, 'bn_eur', language)} against the reference.`,
    fr
      ? `${name(c)} couvre la plus grande part du coût de la coproduction sur l’horizon : ${coverageText(cover.values[c] as number, language)} (référence : ${cellValue(cover.reference, 'ratio', language)}).`
      : `${name(c)} covers the largest share of the cost of coproduction over the horizon: ${coverageText(cover.values[c] as number, language)} (reference: ${cellValue(cover.reference, 'ratio', language)}).`,
    fr
      ? `${name(e)} affecte le plus de recettes à la Sécurité sociale : ${formatValue(earmarked.values[e] as number, 'bn_eur', language)} cumulés.`
      : `${name(e)} earmarks the most revenue to social security: ${formatValue(earmarked.values[e] as number, 'bn_eur', language)} in total.`,
    jobsRange(jobs.values, name, language),
  ]
}
