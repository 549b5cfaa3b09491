import type { Language } from '@shared/app-identity'
import { effectWords, findEffect } from '@shared/brief/brief-effects'
import type { EffectBand, EffectMeasureId } from '@shared/model/uncertainty/lever-effects'
import type { Translate } from '../i18n/translate'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { selectLeverEffects } from '../store/monte-carlo-slice'

/**
 * « Effet des leviers : +0,56 Md€ [−0,01 Md€ ; +0,94 Md€] sur 90 % des tirages », and when the
 * band holds zero, a sentence saying the effect may go the other way.
 */
export function effectBandText(
  band: EffectBand,
  t: Translate,
  language: Language,
): { text: string; crossing: string | null } {
  const words = effectWords(band, language)
  return {
    text: t('effectBand', { central: words.central, low: words.low, high: words.high }),
    crossing: words.crosses ? t('effectCrossesZero') : null,
  }
}

/**
 * A card's line on the uncertainty of what the levers change: shown once the open scenario has a
 * Monte Carlo run that is still current, nothing otherwise (the card then reads as without a run).
 */
export function EffectBandNote({ id }: { id: EffectMeasureId }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const effects = useLevier(selectLeverEffects)
  const band = effects ? findEffect(effects, 'all', id) : null
  if (!band) return null
  const { text, crossing } = effectBandText(band, t, language)
  return (
    <p className="card-note effect-band" data-testid={`effect-band-${id}`}>
      {text}
      {crossing && (
        <>
          {' '}
          <strong className="effect-crosses">{crossing}</strong>
        </>
      )}
    </p>
  )
}
