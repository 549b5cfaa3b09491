import type { ComparisonMeasure } from '@shared/model/comparison/comparison'
import { GLOBAL_SERIES, INDICATORS } from '@shared/model/engine/series'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { MEASURE_SERIES, measureFromKey, measureKey } from './measures'

export interface MeasurePickerProps {
  /** Prefix of the two fields' ids. */
  readonly id: string
  /** Visible labels of the measure and of its year (distinct in each panel of the view). */
  readonly measureText: string
  readonly yearText: string
  readonly measure: ComparisonMeasure
  /** The years a series can be read in: the scenario's horizon. */
  readonly years: readonly number[]
  readonly onChange: (measure: ComparisonMeasure) => void
}

/** An indicator, or one of the main series in a year of the horizon. */
export function MeasurePicker({
  id,
  measureText,
  yearText,
  measure,
  years,
  onChange,
}: MeasurePickerProps) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const lastYear = years[years.length - 1] ?? new Date().getFullYear()
  return (
    <>
      <div className="analysis-field">
        <label htmlFor={`${id}-measure`}>{measureText}</label>
        <select
          id={`${id}-measure`}
          value={measureKey(measure)}
          onChange={(e) => {
            const year = measure.kind === 'series' ? measure.year : lastYear
            const next = measureFromKey(e.target.value, year)
            if (next) onChange(next)
          }}
        >
          <optgroup label={t('measureIndicators')}>
            {INDICATORS.map((s) => (
              <option key={s.id} value={`indicator:${s.id}`}>
                {s[language]}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('measureSeries')}>
            {MEASURE_SERIES.map((sid) => (
              <option key={sid} value={`series:${sid}`}>
                {GLOBAL_SERIES.find((s) => s.id === sid)?.[language] ?? sid}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      {measure.kind === 'series' && (
        <div className="analysis-field">
          <label htmlFor={`${id}-year`}>{yearText}</label>
          <select
            id={`${id}-year`}
            value={measure.year}
            onChange={(e) => onChange({ ...measure, year: Number(e.target.value) })}
          >
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  )
}
