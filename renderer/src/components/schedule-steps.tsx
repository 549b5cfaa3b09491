import type { NumberField } from '@shared/model/levers/lever-definitions'
import { fieldScheduleText } from '@shared/format/schedule-text'
import { initialValue, nextStep, scheduled, stepsOf } from '@shared/model/levers/schedule'
import type { Scheduled, ScheduleStep } from '@shared/model/levers/schedule'
import { MAX_YEAR, MIN_YEAR } from '@shared/model/scenario/scenario-schema'
import { formatValue } from '../format/format-value'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { ExactNumber, FieldError } from './adoption-number-field'
import { TypedNumber } from './typed-number'

/**
 * The steps of a lever setting or earmarking share by year: a table of exact fields (year, value
 * from that year), a button to remove each, and « Ajouter une étape ». The value before the first
 * step is the field's own slider and number above, so a constant stays as simple as before; a
 * schedule with no step left is a plain number again. Each change is one edit of the field's path
 * (one undo step), checked by the scenario schema like any lever value.
 */
export function ScheduleSteps({
  field,
  value,
  id,
  from,
}: {
  field: NumberField
  value: Scheduled
  /** The field's element id, which the steps' ids extend. */
  id: string
  /** Where the first step goes: the lever's start year. */
  from: number
}) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const setValue = useLevier((s) => s.setDraftValue)
  const steps = stepsOf(value)
  const initial = initialValue(value)
  const label = field.label[language]
  const percent = field.unit === 'share'
  const write = (v: number) => formatValue(v, field.unit, language)
  const added = nextStep(value, from)
  const change = (next: readonly ScheduleStep[]) => setValue(field.path, scheduled(initial, next))
  const yearSpec = { kind: 'year', min: MIN_YEAR, max: MAX_YEAR } as const
  return (
    <div className="schedule-steps">
      {steps.length > 0 && (
        <>
          <p className="hint" id={`${id}-schedule`}>
            {fieldScheduleText(field.path, value, write, language)}
          </p>
          <table className="data-table">
            <caption>{t('scheduleStepsCaption', { field: label })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('scheduleStepYear')}</th>
                <th scope="col">
                  {t('scheduleStepValue')}
                  {percent ? ' (%)' : ''}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('adoptionActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {steps.map((step, index) => {
                const stepId = `${id}-step-${index}`
                const year = String(step.year)
                const yearKey = `${field.path}.steps.${index}.year`
                const valueKey = `${field.path}.steps.${index}.value`
                return (
                  // Rows by position: a row whose year changes keeps its fields and their focus.
                  <tr key={index}>
                    <td>
                      <ExactNumber
                        id={`${stepId}-year`}
                        value={step.year}
                        spec={yearSpec}
                        errorKey={yearKey}
                        label={`${label} — ${t('scheduleStepYear')} ${index + 1}`}
                        check={(to) =>
                          to !== step.year && steps.some((s) => s.year === to)
                            ? t('scheduleYearTaken')
                            : null
                        }
                        onCommit={(to) =>
                          change(steps.map((s, i) => (i === index ? { ...s, year: to } : s)))
                        }
                      />
                      <FieldError id={`${stepId}-year`} errorKey={yearKey} />
                    </td>
                    <td>
                      <TypedNumber
                        id={`${stepId}-value`}
                        value={step.value}
                        percent={percent}
                        min={field.min}
                        max={field.max}
                        rangeText={`${write(field.min)} – ${write(field.max)}`}
                        errorKey={valueKey}
                        label={`${label} — ${t('scheduleStepValue')} ${year}`}
                        onCommit={(to) =>
                          change(steps.map((s, i) => (i === index ? { ...s, value: to } : s)))
                        }
                      />
                      <FieldError id={`${stepId}-value`} errorKey={valueKey} />
                    </td>
                    <td>
                      <button
                        type="button"
                        aria-label={`${t('scheduleRemoveStep')} ${year} — ${label}`}
                        title={`${t('scheduleRemoveStep')} ${year}`}
                        onClick={() => change(steps.filter((_, i) => i !== index))}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </>
      )}
      <div className="actions start">
        <button
          type="button"
          disabled={added === null}
          aria-label={`${t('scheduleAddStep')} — ${label}`}
          onClick={() => added && change([...steps, added])}
        >
          {t('scheduleAddStep')}
        </button>
        {added === null && (
          <span className="hint">{t('scheduleNoYearLeft', { year: String(MAX_YEAR) })}</span>
        )}
      </div>
    </div>
  )
}
