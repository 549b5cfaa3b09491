import type { Language } from '@shared/app-identity'
import { INDICATOR_BUILDERS } from '@shared/model/explain/explain-indicators'
import { INDICATORS } from '@shared/model/engine/series'
import type { IndicatorId } from '@shared/model/engine/series'
import { formatValue } from '../format/format-value'
import type { Translate } from '../i18n/translate'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { selectScenarioMc, selectUncertaintyStale } from '../store/monte-carlo-slice'
import { CONSUMER_CARDS, indicatorBand, indicatorUnit } from './consumer-data'
import type { ConsumerCard } from './consumer-data'
import type { Figure } from './headline-cards'
import { ValuationPick } from './valuation-pick'

/**
 * A card's line on the uncertainty of its own figure: the 5th to 95th percentile of the indicator
 * over the open scenario's Monte Carlo run, while that run is current (as the other cards' effect
 * band). The band is of the figure itself, not of what the levers change: most of the consumer's
 * ledger moves with adoption and the assumptions, not with the levers.
 */
export function IndicatorBandNote({ id }: { id: IndicatorId }) {
  const t = useTranslate()
  const band = useBand(id)
  if (!band) return null
  return (
    <p className="card-note effect-band" data-testid={`indicator-band-${id}`}>
      {t('consumerBand', band)}
    </p>
  )
}

/** The band of a figure beside the main one, in brackets after it as the main one's note writes it. */
function InlineBand({ id }: { id: IndicatorId }) {
  const t = useTranslate()
  const band = useBand(id)
  if (!band) return null
  return (
    <span className="inline-band" data-testid={`indicator-band-${id}`} title={t('mcOuterBand')}>
      {` [${band.low}${t('consumerBandSeparator')}${band.high}]`}
    </span>
  )
}

/** An indicator's 90 % band in the open scenario's current run, written in its unit, or null. */
function useBand(id: IndicatorId): { low: string; high: string } | null {
  const language = useLevier((s) => s.language)
  const stale = useLevier(selectUncertaintyStale)
  const run = useLevier(selectScenarioMc)
  const band = run && !stale ? indicatorBand(run.result.indicators, id) : null
  if (!band) return null
  const unit = indicatorUnit(id)
  return {
    low: formatValue(band.low, unit, language),
    high: formatValue(band.high, unit, language),
  }
}

function label(id: string, language: Language): string {
  return INDICATORS.find((i) => i.id === id)?.[language] ?? id
}

interface Props {
  readonly values: Readonly<Record<string, number>>
  /** The years the cumulated figures run over, and the final year the others are read at. */
  readonly start: string
  readonly year: string
  readonly t: Translate
  readonly language: Language
  readonly figure: Figure
  /** Figures computed live from the draft: the valuation rate can be picked. */
  readonly live: boolean
}

/**
 * The consumer's ledger and the channels' footprint, a card each (issue #17). A figure opens its
 * explanation where the engine has one written for it; the others are plain text until it does.
 */
export function ConsumerCards({ values, start, year, t, language, figure, live }: Props) {
  const shown = (id: IndicatorId, main: boolean) => {
    const value = values[id]
    if (value === undefined) return null
    const text = formatValue(value, indicatorUnit(id), language)
    const explained = INDICATOR_BUILDERS[id] !== undefined
    return (
      <span data-testid={`headline-${id}`} className={main && explained ? 'card-main' : undefined}>
        {explained ? figure({ kind: 'indicator', id }, label(id, language), text) : text}
      </span>
    )
  }
  const card = (spec: ConsumerCard) => (
    <div className="card consumer" key={spec.key} data-testid={`card-consumer-${spec.key}`}>
      <dt>{t(spec.title, { year })}</dt>
      <dd>
        {shown(spec.main, true)}
        {spec.details.length > 0 && (
          <ul className="card-details">
            {spec.details.map((detail) => (
              <li key={detail.id}>
                {t(detail.label, { start, end: year, year })}
                {t('colon')} {shown(detail.id, false)}
                {detail.band && <InlineBand id={detail.id} />}
              </li>
            ))}
          </ul>
        )}
        <IndicatorBandNote id={spec.main} />
      </dd>
    </div>
  )
  return (
    <>
      {CONSUMER_CARDS.map(card)}
      {live && (
        <div className="card wide valuation-card">
          <dt id="valuation-pick-label">{t('consumerValuationLabel')}</dt>
          <dd>
            <ValuationPick labelledBy="valuation-pick-label" />
          </dd>
        </div>
      )}
    </>
  )
}
