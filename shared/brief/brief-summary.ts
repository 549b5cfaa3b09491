import type { Language } from '../app-identity'
import { formatValue } from '../format/format-value'
import { scenarioCentral } from '../model/engine/assumption-values'
import type { Baseline } from '../model/baseline/baseline-schema'
import { compileScenario } from '../model/engine/compile'
import { fullPhaseInYear } from '../model/engine/indicators'
import type { Projection } from '../model/engine/simulate'
import { anyLeverOn } from '../model/levers/lever-switches'
import { LEVER_IDS, LEVERS } from '../model/levers/lever-table'
import type { BriefScenarioInput } from './brief-content'
import { indicatorOf, listOf, seriesOf, signedDelta } from './brief-format'
import { currentLawPath, unedicForecast } from './brief-reference'

export { comparisonSummary } from './brief-comparison-summary'

/**
 * The summary box: the headline figures in words, every number read from the projection and
 * written by the shared formatter. ROBSS first (its balance against the current-law path), then
 * what the levers yield over current law, the cost of coproduction to the ROBSS, Unédic apart,
 * the general-government (APU) effect, jobs and who pays.
 */

const PAYERS = [
  { id: 'incidence_consumers', fr: 'les consommateurs', en: 'consumers' },
  { id: 'incidence_platforms', fr: 'les plateformes', en: 'platforms' },
  { id: 'incidence_french_firms', fr: 'les entreprises françaises', en: 'French firms' },
  { id: 'incidence_workers', fr: 'les travailleurs des plateformes', en: 'platform workers' },
] as const

/** Index of the largest value (the first one on a tie). */
function argMax(values: readonly number[]): number {
  let best = 0
  values.forEach((v, i) => {
    if (v > (values[best] as number)) best = i
  })
  return best
}

interface Context {
  readonly p: Projection
  readonly language: Language
  readonly fr: boolean
  readonly last: number
  readonly year: number
  readonly span: string
  readonly money: (v: number) => string
  readonly baseline: Baseline
}

function contextOf(p: Projection, baseline: Baseline, language: Language): Context {
  const last = p.years.length - 1
  return {
    p,
    language,
    fr: language === 'fr',
    last,
    year: p.years[last] as number,
    span: `${p.years[0]}–${p.years[last]}`,
    money: (v: number) => formatValue(v, 'bn_eur', language),
    baseline,
  }
}

/** A share with two significant figures below 1 %: 0,03 %, not 0 %. */
function smallShare(value: number, language: Language): string {
  const percent = Math.abs(value * 100)
  const digits = percent > 0 && percent < 1 ? Math.min(4, 1 - Math.floor(Math.log10(percent))) : 1
  return formatValue(value, 'share', language, { digits })
}

const final = (c: Context, id: string) => seriesOf(c.p, id)[c.last] as number

/** "En 2040, le solde du ROBSS serait de −24,5 Md€ (−0,6 % du PIB), contre −24,9 Md€ à droit constant (…)". */
function robssClause(c: Context): string {
  const balance = c.money(final(c, 'robss_balance'))
  const pct = formatValue(final(c, 'robss_balance_pct_gdp'), 'pct_gdp', c.language)
  const path = c.money(final(c, 'robss_balance_baseline'))
  const law = currentLawPath(c.baseline, c.language)
  return c.fr
    ? `En ${c.year}, le solde du ROBSS serait de ${balance} (${pct}), contre ${path} à droit constant (${law})`
    : `In ${c.year}, the ROBSS balance would be ${balance} (${pct}), against ${path} under current law (${law})`
}

/** What the reformed levers yield over current law: year N, full phase-in, cumulated, present value. */
function incrementClause(c: Context, input: BriefScenarioInput): string {
  const { scenario } = input
  const model = compileScenario(scenario, c.baseline)
  const fullYear = fullPhaseInYear(model, LEVER_IDS)
  const rate = formatValue(
    scenarioCentral(scenario.assumptions, c.baseline, 'finance.discount_rate'),
    'share',
    c.language,
  )
  const fin = c.money(indicatorOf(c.p, 'increment_total_final'))
  const full = c.money(indicatorOf(c.p, 'increment_total_full'))
  const cumul = c.money(indicatorOf(c.p, 'increment_total_cumulative'))
  const pv = c.money(indicatorOf(c.p, 'increment_total_pv'))
  // The lever increments are named when more than one lever is reformed.
  const on = LEVERS.filter((l) => scenario.levers[l.id].enabled)
  const parts =
    on.length > 1
      ? on.map((l) => {
          const yieldFinal = c.money(indicatorOf(c.p, `increment_${l.series}_final`))
          return c.fr
            ? `${yieldFinal} pour ${l.inSentence.fr}`
            : `${yieldFinal} from ${l.inSentence.en}`
        })
      : []
  const detail =
    parts.length > 0 ? (c.fr ? `, dont ` : `, of which `) + listOf(parts, c.language) : ''
  const robss = c.money(final(c, 'increment_robss'))
  return c.fr
    ? `les leviers rapporteraient ${fin} de plus que le droit en vigueur en ${c.year}${detail} (${full} à pleine montée en charge, en ${fullYear} ; ${cumul} cumulés sur ${c.span} ; ${pv} actualisés à ${rate}), dont ${robss} affectés au ROBSS en ${c.year}`
    : `the levers would yield ${fin} more than current law in ${c.year}${detail} (${full} at full phase-in, in ${fullYear}; ${cumul} cumulated over ${c.span}; ${pv} in present value at ${rate}), of which ${robss} earmarked to the ROBSS in ${c.year}`
}

function coproductionSentence(c: Context): string {
  const cost = c.money(final(c, 'coproduction_effect'))
  const share = smallShare(indicatorOf(c.p, 'coproduction_effect_share_receipts'), c.language)
  const cumul = c.money(indicatorOf(c.p, 'coproduction_effect_cumulative'))
  return c.fr
    ? `La coproduction coûterait ${cost} au ROBSS en ${c.year} (${share} de ses recettes), ${cumul} cumulés sur ${c.span} : cotisations et CSG perdues et TVA affectée perdue, nettes des prélèvements sociaux sur les marges distribuées.`
    : `Coproduction would cost the ROBSS ${cost} in ${c.year} (${share} of its receipts), ${cumul} cumulated over ${c.span}: contributions, CSG and earmarked VAT lost, net of social levies on distributed margins.`
}

/** Unédic on its own: never added to the ROBSS balance. */
function unedicSentence(c: Context): string {
  const balance = c.money(final(c, 'unedic_balance'))
  const path = c.money(final(c, 'unedic_balance_baseline'))
  const cost = c.money(final(c, 'coproduction_effect_unedic'))
  const forecast = unedicForecast(c.baseline, c.language)
  return c.fr
    ? `L’Unédic, présentée à part et non additionnée au ROBSS, aurait un solde de ${balance} en ${c.year}, contre ${path} à droit constant (${forecast}) : la coproduction lui coûterait ${cost} (contributions perdues et allocations versées).`
    : `Unédic, shown apart and not added to the ROBSS, would have a balance of ${balance} in ${c.year}, against ${path} under current law (${forecast}): coproduction would cost it ${cost} (contributions lost and benefits paid).`
}

function apuSentence(c: Context): string {
  const signed = (id: string) => signedDelta(indicatorOf(c.p, id), 'bn_eur', c.language)
  const fin = signed('apu_effect_final')
  const cumul = signed('apu_effect_cumulative')
  const pv = signed('apu_effect_pv')
  return c.fr
    ? `Effet du scénario sur le solde des administrations publiques (rendement des leviers en plus du droit en vigueur, part de l’État comprise, moins le coût net de la coproduction pour le ROBSS, l’Unédic, l’Agirc-Arrco et l’État) : ${fin} en ${c.year}, ${cumul} cumulés, ${pv} en valeur actualisée.`
    : `Effect of the scenario on the general-government balance (lever yield over current law, the State’s share included, less the net cost of coproduction to the ROBSS, Unédic, Agirc-Arrco and the State): ${fin} in ${c.year}, ${cumul} cumulated, ${pv} in present value.`
}

function jobsSentence(c: Context): string {
  const stock = seriesOf(c.p, 'jobs_displaced_total')
  const i = argMax(stock)
  const peak = stock[i] as number
  if (!(peak >= 0.5))
    return c.fr
      ? 'La coproduction ne déplace aucun emploi sur l’horizon.'
      : 'Coproduction displaces no job over the horizon.'
  const jobs = formatValue(peak, 'fte', c.language)
  const pool = formatValue(seriesOf(c.p, 'unemployed_pool')[i] as number, 'fte', c.language)
  const year = c.p.years[i] as number
  return c.fr
    ? `La coproduction déplace au plus ${jobs} (pic en ${year}), dont ${pool} encore sans emploi cette année-là (déplacés et entrants non embauchés).`
    : `Coproduction displaces at most ${jobs} (peak in ${year}), of whom ${pool} are still out of work that year (displaced and entrants not hired).`
}

/** Who bears the levers' cost, largest share first; null when they cost nobody anything. */
function incidenceSentence(c: Context): string | null {
  const parts = PAYERS.map((payer) => ({ payer, share: indicatorOf(c.p, payer.id) }))
    .filter(
      (x) =>
        x.share > 0 &&
        formatValue(x.share, 'share', c.language) !== formatValue(0, 'share', c.language),
    )
    .sort((a, b) => b.share - a.share)
  if (parts.length === 0) return null
  const items = parts.map(({ payer, share }) =>
    c.fr
      ? `à ${formatValue(share, 'share', c.language)} par ${payer.fr}`
      : `${formatValue(share, 'share', c.language)} by ${payer.en}`,
  )
  return c.fr
    ? `Le coût des leviers est supporté ${listOf(items, c.language)}.`
    : `The levers’ cost is borne ${listOf(items, c.language)}.`
}

function consumerWorkSentence(c: Context): string {
  const hours = formatValue(final(c, 'consumer_work_hours'), 'million_hours', c.language)
  const value = c.money(final(c, 'consumer_work_value'))
  return c.fr
    ? `En ${c.year}, la coproduction représente ${hours} de travail des consommateurs, soit ${value} au SMIC, net du temps qu’elle leur épargne.`
    : `In ${c.year}, coproduction amounts to ${hours} of consumer work, worth ${value} at the SMIC net of the time it saves them.`
}

/** Whether any lever is reformed (a lever switched off is current law). */
export function anyReform(input: BriefScenarioInput): boolean {
  return anyLeverOn(input.scenario.levers)
}

/**
 * The summary of one scenario: ROBSS balance and lever yield over current law, coproduction cost
 * to the ROBSS, Unédic apart, APU effect, jobs, and who pays (when a lever costs anyone).
 */
export function scenarioSummary(
  input: BriefScenarioInput,
  baseline: Baseline,
  language: Language,
): string[] {
  const c = contextOf(input.projection, baseline, language)
  if (!anyReform(input))
    return [
      c.fr
        ? 'Aucun levier n’est réformé : le scénario est le droit en vigueur, et les leviers ne rapportent rien de plus.'
        : 'No lever is reformed: the scenario is current law, and the levers yield nothing more.',
      `${robssClause(c)}${c.fr ? ', l’écart étant le coût de la coproduction.' : ', the difference being the cost of coproduction.'}`,
      coproductionSentence(c),
      unedicSentence(c),
      apuSentence(c),
      jobsSentence(c),
      consumerWorkSentence(c),
    ]
  const sentences = [
    `${robssClause(c)}${c.fr ? ' ;' : ';'} ${incrementClause(c, input)}.`,
    coproductionSentence(c),
    unedicSentence(c),
    apuSentence(c),
    jobsSentence(c),
  ]
  const incidence = incidenceSentence(c)
  if (incidence) sentences.push(incidence)
  return sentences
}
