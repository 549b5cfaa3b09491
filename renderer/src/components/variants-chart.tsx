import { useMemo } from 'react'
import type { Language } from '@shared/app-identity'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import type { Projection } from '@shared/model/engine/simulate'
import { ChartFigure } from '../charts/chart-figure'
import type { ChartSeries, ChartSpec } from '../charts/chart-spec'
import { COLOURS } from '../charts/palette'
import { formatValue } from '../format/format-value'
import type { Translate } from '../i18n/translate'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { useScenarioVariants } from '../sim/use-scenario-variants'
import type { VariantProjections } from '../sim/use-scenario-variants'

/** The ROBSS balance (receipts − spending, negative = deficit), which the variants are drawn on. */
const balanceOf = (projection: Projection) =>
  projection.series.find((s) => s.id === 'robss_balance')?.values ?? []

function line(name: string, projection: Projection, colour: string, dash?: 'dash'): ChartSeries {
  return { kind: 'line', name, values: balanceOf(projection), colour, ...(dash ? { dash } : {}) }
}

/**
 * The ROBSS balance of each variant: current law (every lever off) dashed, the scenario's reforms
 * solid; grey and blue on default
 * assumptions, orange and pink on the modified ones. Two lines when nothing is modified, since
 * the modified ones would repeat the default ones.
 */
export function variantsSpec(variants: VariantProjections, t: Translate): ChartSpec {
  const { defaultBaseline, modifiedBaseline, defaultPolicy, modifiedPolicy } = variants
  const series =
    modifiedBaseline && defaultPolicy
      ? [
          line(t('lineDefaultBaseline'), defaultBaseline, COLOURS.baseline, 'dash'),
          line(t('lineModifiedBaseline'), modifiedBaseline, COLOURS.modified, 'dash'),
          line(t('lineDefaultPolicy'), defaultPolicy, COLOURS.scenario),
          line(t('lineModifiedPolicy'), modifiedPolicy, COLOURS.modifiedPolicy),
        ]
      : [
          line(t('lineDefaultBaseline'), defaultBaseline, COLOURS.baseline, 'dash'),
          line(t('lineDefaultPolicy'), modifiedPolicy, COLOURS.scenario),
        ]
  return { years: modifiedPolicy.years, unit: 'bn_eur', series }
}

/** "+1,2 Md€": a change, with its sign written out. */
function signed(value: number, language: Language): string {
  return `${value > 0 ? '+' : ''}${formatValue(value, 'bn_eur', language)}`
}

function caption(variants: VariantProjections, t: Translate, language: Language): string | null {
  const { defaultBaseline, modifiedBaseline, defaultPolicy, modifiedPolicy } = variants
  if (!modifiedBaseline || !defaultPolicy) return null
  const last = modifiedPolicy.years.length - 1
  const at = (p: Projection) => balanceOf(p)[last] ?? Number.NaN
  return t('variantsCaption')
    .replace('{year}', String(modifiedPolicy.years[last]))
    .replace('{baseline}', signed(at(modifiedBaseline) - at(defaultBaseline), language))
    .replace('{policy}', signed(at(modifiedPolicy) - at(defaultPolicy), language))
}

/**
 * The modified-baseline view: the default baseline, the baseline on the modified assumptions, and
 * the scenario's levers on each, computed in the engine worker from the draft.
 */
export function VariantsChart({ draft, fileName }: { draft: Scenario; fileName: string }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const { variants, error } = useScenarioVariants(draft)
  const spec = useMemo(() => (variants ? variantsSpec(variants, t) : null), [variants, t])
  const current = variants?.scenario === draft
  return (
    <section className="variants" aria-labelledby="variants-title" aria-busy={!current}>
      <h3 id="variants-title">{t('variantsTitle')}</h3>
      {variants && !variants.modifiedBaseline && <p className="hint">{t('variantsNone')}</p>}
      {error && (
        <p role="alert" className="field-error">
          {t('variantsError')} {error}
        </p>
      )}
      {spec && variants ? (
        <ChartFigure
          id="modified-baseline"
          title={t('variantsChartTitle')}
          spec={spec}
          filePrefix={fileName}
          caption={caption(variants, t, language) ?? undefined}
        />
      ) : (
        !error && <p className="hint">{t('variantsPending')}</p>
      )}
    </section>
  )
}
