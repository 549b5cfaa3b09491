import { useId, useState } from 'react'
import { getBaseline } from '@shared/model/baseline/baselines'
import { withCentral } from '@shared/model/engine/assumption-values'
import { assumptionLimits } from '@shared/model/scenario/scenario-parse'
import { formatValue } from '../format/format-value'
import type { MessageKey } from '../i18n/translate'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { formatRange } from './assumption-row'
import {
  multipleOf,
  TIME_VALUE_ID,
  VALUATIONS,
  valuationMultiples,
  valuationOf,
} from './consumer-data'
import type { Valuation } from './consumer-data'
import { TypedNumber } from './typed-number'

const LABELS: Record<Valuation, MessageKey> = {
  smic: 'consumerValuationSmic',
  median: 'consumerValuationMedian',
  own: 'consumerValuationOwn',
}

const PATH = `assumptions.${TIME_VALUE_ID}`

/**
 * The rate a consumer hour is valued at, picked beside the figure it changes: the SMIC, the median
 * wage (the scenario's own multiple of it) or a value typed. It writes the scenario's assumption
 * through the draft's one edit path, so the pick is undone and saved like any other edit, and the
 * assumptions panel shows it as modified.
 */
export function ValuationPick({ labelledBy }: { labelledBy: string }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const draft = useLevier((s) => s.draft)
  const setValue = useLevier((s) => s.setDraftValue)
  const error = useLevier((s) => s.fieldErrors[PATH])
  // « Own value » chosen while the multiple is still 1 or the median's: the field is shown at once,
  // before anything is typed into it.
  const [typing, setTyping] = useState(false)
  const name = useId()
  if (!draft) return null
  const baseline = getBaseline(draft.baseline)
  const { current, median } = valuationMultiples(draft.assumptions, baseline)
  const limits = assumptionLimits(baseline, TIME_VALUE_ID) ?? [0, Number.POSITIVE_INFINITY]
  const chosen: Valuation = typing ? 'own' : valuationOf(current, median)
  const apply = (multiple: number) =>
    setValue(PATH, withCentral(draft.assumptions[TIME_VALUE_ID], multiple, limits))
  const choose = (choice: Valuation) => {
    setTyping(choice === 'own')
    if (choice !== 'own') apply(multipleOf(choice, median, current))
  }
  const medianText = formatValue(median, 'smic_multiple', language)
  return (
    <div className="valuation-pick" data-testid="valuation-pick">
      <span className="valuation-choices" role="radiogroup" aria-labelledby={labelledBy}>
        {VALUATIONS.map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name={name}
              value={choice}
              checked={chosen === choice}
              onChange={() => choose(choice)}
            />
            {t(LABELS[choice], { median: medianText })}
          </label>
        ))}
      </span>
      {chosen === 'own' && (
        <span className="lever-inputs">
          <TypedNumber
            id={`${name}-own`}
            value={current}
            min={limits[0]}
            max={limits[1]}
            rangeText={formatRange(limits[0], limits[1], 'smic_multiple', language)}
            errorKey={PATH}
            label={t('consumerValuationOwnField')}
            onCommit={apply}
          />
          <span className="unit">{t('unit.smic_multiple')}</span>
        </span>
      )}
      {error && chosen === 'own' && (
        <p id={`${name}-own-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
