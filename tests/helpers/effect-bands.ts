import type { EffectBand, EffectMeasureId } from '@shared/model/uncertainty/lever-effects'

/**
 * A band of the levers' effect given by hand, in € bn: its 5th percentile, central value and 95th
 * percentile (the quartiles at the ends, the median at the centre), for the texts that write one.
 */
export function effectBand(
  id: EffectMeasureId,
  [p5, central, p95]: readonly [number, number, number],
): EffectBand {
  return { id, unit: 'bn_eur', p5, p25: p5, p50: central, p75: p95, p95, central }
}
