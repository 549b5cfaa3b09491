import type { Language } from '../app-identity'
import { formatNumber } from '../format/format-value'
import { translator } from '../i18n/translate'
import type { Translate } from '../i18n/translate'
import { LEVERS } from '../model/levers/lever-table'
import { crossesZero } from '../model/uncertainty/lever-effects'
import type {
  EffectBand,
  EffectMeasureId,
  EffectOf,
  LeverEffectBands,
} from '../model/uncertainty/lever-effects'
import { listOf, signedDelta } from './brief-format'

/**
 * The levers' effect over droit constant with its 90 % band, in words: the cards, the
 * uncertainty panel and the brief's key points write it the same way.
 */

export interface EffectWords {
  /** The deterministic effect (every assumption at its central value), signed. */
  readonly central: string
  /** The 5th and 95th percentiles of the paired differences, signed. */
  readonly low: string
  readonly high: string
  /** The band holds both signs: the effect may go the other way. */
  readonly crosses: boolean
}

export function effectWords(band: EffectBand, language: Language): EffectWords {
  return {
    central: signedDelta(band.central, band.unit, language),
    low: signedDelta(band.p5, band.unit, language),
    high: signedDelta(band.p95, band.unit, language),
    crosses: crossesZero(band),
  }
}

export function findEffect(
  effects: LeverEffectBands,
  of: EffectOf,
  id: EffectMeasureId,
): EffectBand | null {
  return effects.parts.find((p) => p.of === of)?.bands.find((b) => b.id === id) ?? null
}

/** "solde du ROBSS en 2040", "solde du ROBSS, cumul 2026–2040". */
export function effectMeasureLabel(
  id: EffectMeasureId,
  years: readonly number[],
  t: Translate,
): string {
  const first = years[0]
  const last = years[years.length - 1]
  return t(`effect.measure.${id}`, { year: String(last), span: `${first}–${last}` })
}

/** Who an effect is of, in a table row: all the levers, or one lever alone. */
export function effectRowLabel(of: EffectOf, measure: string, t: Translate, language: Language) {
  if (of === 'all') return t('effectRowAll', { measure })
  const lever = LEVERS.find((l) => l.id === of)
  return t('effectRowAlone', { lever: lever ? lever.name[language] : of, measure })
}

/**
 * The key points of a run: the effect on the ROBSS balance in the last year (of which the
 * earmarked revenue) and cumulated, each with its band; when a band holds zero, that the levers
 * may worsen the balance as well as improve it; and each lever alone when there are several.
 */
export function effectSentences(
  effects: LeverEffectBands,
  years: readonly number[],
  language: Language,
): string[] {
  const t = translator(language)
  const final = findEffect(effects, 'all', 'robss_balance_final')
  const robss = findEffect(effects, 'all', 'increment_robss_final')
  const cumulative = findEffect(effects, 'all', 'robss_balance_change_cumulative')
  if (!final || !robss || !cumulative) return []
  const year = String(years[years.length - 1])
  const span = `${years[0]}–${year}`
  const f = effectWords(final, language)
  const r = effectWords(robss, language)
  const c = effectWords(cumulative, language)
  const sentences = [
    t('brief.summary.effect', {
      draws: formatNumber(effects.draws, language, 0),
      year,
      span,
      central: f.central,
      low: f.low,
      high: f.high,
      robss: r.central,
      robssLow: r.low,
      robssHigh: r.high,
      cumulative: c.central,
      cumulativeLow: c.low,
      cumulativeHigh: c.high,
    }),
  ]
  if (f.crosses && c.crosses) sentences.push(t('brief.summary.effectCrossesBoth', { year }))
  else if (f.crosses) sentences.push(t('brief.summary.effectCrossesFinal', { year }))
  else if (c.crosses) sentences.push(t('brief.summary.effectCrossesCumulative', { span }))
  const alone = effects.parts.filter((p) => p.of !== 'all')
  if (alone.length > 0) {
    const parts = alone.flatMap((part) => {
      const band = part.bands.find((b) => b.id === 'robss_balance_final')
      const lever = LEVERS.find((l) => l.id === part.of)
      if (!band || !lever) return []
      const w = effectWords(band, language)
      return [
        t('brief.summary.effectAlonePart', {
          central: w.central,
          low: w.low,
          high: w.high,
          lever: lever.inSentence[language],
        }),
      ]
    })
    sentences.push(t('brief.summary.effectAlone', { year, parts: listOf(parts, language) }))
  }
  return sentences
}

/** The method's paragraph on the band: paired draws, the effect over droit constant. */
export function effectMethod(effects: LeverEffectBands, language: Language): string {
  return translator(language)('brief.method.effects', { seed: String(effects.seed) })
}
