import type { Language } from '../app-identity'
import { formatValue } from '../format/format-value'
import { compareIndicators } from '../model/comparison/comparison'
import type { ComparisonRow } from '../model/comparison/comparison'
import type { Projection } from '../model/engine/simulate'
import type { BriefScenarioInput } from './brief-content'
import { quoted, signedDelta } from './brief-format'

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

/** The range of a row across scenarios: "de a (x) à b (y)", or one value when they read the same. */
function range(
  row: ComparisonRow,
  name: (i: number) => string,
  language: Language,
): { text: string; same: boolean } {
  const lo = argMin(row.values)
  const hi = argMax(row.values)
  const v = (i: number) => formatValue(row.values[i] as number, row.unit, language)
  if (v(lo) === v(hi)) return { text: v(lo), same: true }
  return {
    text:
      language === 'fr'
        ? `de ${v(lo)} (${name(lo)}) à ${v(hi)} (${name(hi)})`
        : `from ${v(lo)} (${name(lo)}) to ${v(hi)} (${name(hi)})`,
    same: false,
  }
}

/** The range of peak displaced jobs across scenarios; near-equal peaks are said to be so. */
function jobsRange(row: ComparisonRow, name: (i: number) => string, language: Language): string {
  const fr = language === 'fr'
  const values = row.values
  const lo = argMin(values)
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

/**
 * The summary of a comparison: the ROBSS balance that ends best, the largest yield over current
 * law, the cost of coproduction to the ROBSS, Unédic apart, the APU effect and the jobs.
 */
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
  const money = (v: number) => formatValue(v, 'bn_eur', language)
  const ref = quoted(reference.name, language)
  const years = reference.projection.years
  const year = years[years.length - 1] as number

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
    fr
      ? `${inputs.length} scénarios sont comparés à la référence ${ref} ; les rendements des leviers sont mesurés en plus du droit en vigueur.`
      : `${inputs.length} scenarios are compared with the reference ${ref}; lever yields are measured over current law.`,
    fr
      ? `En ${year}, le solde du ROBSS est le plus élevé avec ${name(b)} : ${money(balance.values[b] as number)} (${formatValue(pct.values[b] as number, 'pct_gdp', language)}), soit ${signedDelta(balance.deltas[b] as number, 'bn_eur', language)} par rapport à la référence (${money(balance.reference)}).`
      : `In ${year}, the ROBSS balance is highest with ${name(b)}: ${money(balance.values[b] as number)} (${formatValue(pct.values[b] as number, 'pct_gdp', language)}), ${signedDelta(balance.deltas[b] as number, 'bn_eur', language)} against the reference (${money(balance.reference)}).`,
    fr
      ? `Les leviers de ${name(y)} rapportent le plus au-delà du droit en vigueur : ${money(yieldRow.values[y] as number)} cumulés, ${money(pv.values[y] as number)} en valeur actualisée.`
      : `The levers of ${name(y)} yield the most over current law: ${money(yieldRow.values[y] as number)} cumulated, ${money(pv.values[y] as number)} in present value.`,
    fr
      ? `En ${year}, la coproduction coûte au ROBSS ${cost.same ? `${cost.text} dans chaque scénario` : cost.text}.`
      : `In ${year}, coproduction costs the ROBSS ${cost.same ? `${cost.text} in every scenario` : cost.text}.`,
    fr
      ? `L’Unédic, présentée à part et non additionnée au ROBSS, a en ${year} un solde ${unedic.same ? `de ${unedic.text} dans chaque scénario` : unedic.text}.`
      : `Unédic, shown apart and not added to the ROBSS, has in ${year} a balance ${unedic.same ? `of ${unedic.text} in every scenario` : unedic.text}.`,
    fr
      ? `L’effet cumulé sur le solde des administrations publiques est le plus favorable avec ${name(a)} : ${signedDelta(apu.values[a] as number, 'bn_eur', language)} (référence : ${signedDelta(apu.reference, 'bn_eur', language)}).`
      : `The cumulative effect on the general-government balance is most favourable with ${name(a)}: ${signedDelta(apu.values[a] as number, 'bn_eur', language)} (reference: ${signedDelta(apu.reference, 'bn_eur', language)}).`,
    jobsRange(row('jobs_displaced_peak'), name, language),
  ]
}
