import { useState } from 'react'
import type { Language } from '@shared/app-identity'
import { getBaseline } from '@shared/model/baseline/baselines'
import { GRADE_LABELS } from '@shared/model/explain/grade-labels'
import { LEVER_GROUPS } from '@shared/model/levers/lever-groups'
import { fieldsOf } from '@shared/model/levers/lever-switches'
import { valueAt } from '@shared/model/scenario/value-path'
import type { LeverGroup } from '@shared/model/levers/lever-groups'
import type { LeverField, NumberField } from '@shared/model/levers/lever-definitions'
import { formatValue } from '../format/format-value'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { regionId } from './regions'
import { sliderKeyValue } from './slider-keys'
import { TypedNumber } from './typed-number'
import { ScheduleSteps } from './schedule-steps'
import { initialValue, scheduled, stepsOf, takesSchedule } from '@shared/model/levers/schedule'
import type { Scheduled } from '@shared/model/levers/schedule'

const isPercent = (field: NumberField) => field.unit === 'share'

function NumberControl({
  field,
  written,
  from,
}: {
  field: NumberField
  /** The value as the scenario holds it: a number, or a schedule by year. */
  written: Scheduled
  /** The lever's start year, where a first step goes. */
  from: number
}) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const setDraftValue = useLevier((s) => s.setDraftValue)
  const error = useLevier((s) => s.fieldErrors[field.path])
  const id = `lever-${field.path.replace(/\./g, '-')}`
  const scale = isPercent(field) ? 100 : 1
  const schedulable = takesSchedule(field)
  const steps = stepsOf(written)
  // The slider and the number set the value before the first step (the constant, without steps).
  const value = initialValue(written)
  const setValue = (path: string, next: number, sliding = false) =>
    setDraftValue(path, scheduled(next, steps), sliding)
  return (
    <div className="lever-field">
      <label htmlFor={id}>
        {field.label[language]}
        {steps.length > 0 && <span className="hint"> ({t('scheduleInitial')})</span>}
      </label>
      <div className="lever-inputs">
        <input
          type="range"
          aria-label={`${field.label[language]} (${t('sliderLabel')})`}
          min={field.min * scale}
          max={field.max * scale}
          step={field.step * scale}
          value={value * scale}
          onChange={(e) =>
            setValue(field.path, Math.round((Number(e.target.value) / scale) * 1e9) / 1e9, true)
          }
          onKeyDown={(e) => {
            const range = {
              min: field.min * scale,
              max: field.max * scale,
              step: field.step * scale,
            }
            const next = sliderKeyValue(e.key, value * scale, range)
            if (next === null) return
            e.preventDefault()
            setValue(field.path, Math.round((next / scale) * 1e9) / 1e9, true)
          }}
        />
        <TypedNumber
          id={id}
          value={value}
          percent={isPercent(field)}
          min={field.min}
          max={field.max}
          rangeText={`${formatValue(field.min, field.unit, language)} – ${formatValue(field.max, field.unit, language)}`}
          errorKey={field.path}
          onCommit={(typed) => setValue(field.path, typed)}
        />
        <span className="unit">{isPercent(field) ? '%' : unitSuffix(field, language)}</span>
      </div>
      {field.marks && (
        <div className="marks">
          {field.marks.map((mark) => (
            <button
              key={mark.value}
              type="button"
              title={mark.source}
              onClick={() => setValue(field.path, mark.value)}
            >
              {formatValue(mark.value, field.unit, language)} · {mark.label[language]}
            </button>
          ))}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
      {schedulable && <ScheduleSteps field={field} value={written} id={id} from={from} />}
    </div>
  )
}

/** The unit written after the field, taken from how the formatter writes that unit. */
function unitSuffix(field: NumberField, language: Language): string {
  if (field.unit === 'year') return ''
  return formatValue(0, field.unit, language)
    .replace(/^[-−€\d\s\u202f.,]+/, '')
    .trim()
}

function Control({ field }: { field: LeverField }) {
  const language = useLevier((s) => s.language)
  // Each control reads its own values, not the whole draft: a slider's every step re-renders its
  // own control only (drafts share every part an edit does not touch, see withValueAt).
  const value = useLevier((s) => valueAt(s.draft, field.path))
  // Where a first step goes; only numbers take steps, and every selector runs at every step.
  const from = useLevier((s) =>
    field.kind === 'number' ? Number(valueAt(s.draft, `levers.${field.lever}.startYear`)) : 0,
  )
  const setValue = useLevier((s) => s.setDraftValue)
  const id = `lever-${field.path.replace(/\./g, '-')}`
  if (field.kind === 'number') {
    return <NumberControl field={field} written={value as Scheduled} from={from} />
  }
  if (field.kind === 'switch') {
    return (
      <div className="lever-field switch">
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          aria-describedby={`${id}-help`}
          onChange={(e) => setValue(field.path, e.target.checked)}
        />
        <label htmlFor={id} title={field.help[language]}>
          {field.label[language]}
        </label>
        {/* Off means current law, not "no tax": said where the switch is, not only on hover. */}
        <p className="hint switch-help" id={`${id}-help`}>
          {field.help[language]}
        </p>
      </div>
    )
  }
  return (
    <div className="lever-field">
      <label htmlFor={id} title={field.help[language]}>
        {field.label[language]}
      </label>
      <select
        id={id}
        title={field.help[language]}
        value={String(value)}
        onChange={(e) => setValue(field.path, e.target.value)}
      >
        {field.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label[language]}
          </option>
        ))}
      </select>
    </div>
  )
}

/** The ⓘ of a lever: what it is, what the model does with it, where its figures come from. */
function LeverInfo({ group }: { group: LeverGroup }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const [open, setOpen] = useState(false)
  const sources = getBaseline('fr-2024').sources
  const id = `lever-info-${group.id}`
  return (
    <div className="lever-info">
      <button
        type="button"
        className="info-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('leverInfoFor', { lever: group.label[language] })}
        onClick={() => setOpen(!open)}
      >
        i
      </button>
      {open && (
        <div id={id} className="info-panel">
          <p>{group.description[language]}</p>
          <h3>{t('leverModelled')}</h3>
          <p>{group.modelled[language]}</p>
          <h3>{t('leverSources')}</h3>
          <ul>
            {group.sources.map((sourceId) => {
              const source = sources[sourceId]
              if (!source) return null
              return (
                <li key={sourceId}>
                  {source.url ? (
                    <a href={source.url} target="_blank" rel="noreferrer">
                      {source.title}
                    </a>
                  ) : (
                    source.title
                  )}{' '}
                  <span className="badge">{GRADE_LABELS[source.grade][language]}</span>
                </li>
              )
            })}
          </ul>
          <h3>{t('leverFields')}</h3>
          <dl>
            {fieldsOf(group.id).map((field) => (
              <div key={field.path}>
                <dt>{field.label[language]}</dt>
                <dd>{field.help[language]}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </div>
  )
}

const groupId = (id: string) => `lever-group-${id}`

/** Every lever, generated from the definition table; changes apply at once and are saved. */
export function LeversPanel() {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  return (
    <section
      className="levers"
      aria-labelledby="levers-title"
      id={regionId('levers')}
      tabIndex={-1}
    >
      <h2 id="levers-title" className="visually-hidden">
        {t('leversTitle')}
      </h2>
      {/* One stop per lever before its fields: the earmarking, last, is 6 Tabs away, not 60. */}
      <nav className="lever-jumps" aria-label={t('leverJumpsLabel')}>
        {LEVER_GROUPS.map((group) => (
          <a
            key={group.id}
            href={`#${groupId(group.id)}`}
            onClick={(event) => {
              event.preventDefault()
              document.getElementById(groupId(group.id))?.focus()
            }}
          >
            {group.label[language]}
          </a>
        ))}
      </nav>
      {LEVER_GROUPS.map((group) => (
        <fieldset key={group.id} id={groupId(group.id)} tabIndex={-1}>
          <legend>{group.label[language]}</legend>
          <LeverInfo group={group} />
          {fieldsOf(group.id).map((field) => (
            <Control key={field.path} field={field} />
          ))}
        </fieldset>
      ))}
    </section>
  )
}
