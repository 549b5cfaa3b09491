import { memo, useMemo } from 'react'
import { translator } from '../i18n/translate'
import type { Language } from '@shared/app-identity'
import {
  centralOf,
  defaultAssumptionValue,
  isModified,
  withCentral,
} from '@shared/model/engine/assumption-values'
import type { Baseline, Grade } from '@shared/model/baseline/baseline-schema'
import type { AssumptionValue } from '@shared/model/scenario/scenario-schema'
import { assumptionLimits } from '@shared/model/scenario/scenario-parse'
import { UNITS } from '@shared/model/engine/units'
import type { Unit } from '@shared/model/engine/units'
import { formatValue } from '../format/format-value'
import type { MessageKey } from '../i18n/translate'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { TypedNumber } from './typed-number'
import type { AssumptionEntry } from './assumption-catalogue'

const GRADES: Readonly<Record<Exclude<Grade, 'assumption'>, [MessageKey, MessageKey]>> = {
  O: ['gradeO', 'gradeHelpO'],
  P: ['gradeP', 'gradeHelpP'],
  S: ['gradeS', 'gradeHelpS'],
  derived: ['gradeDerived', 'gradeHelpDerived'],
  unverified: ['gradeUnverified', 'gradeHelpUnverified'],
}

/** The baseline's notes on assumptions are written in French only. */
const NOTE_LANGUAGE: Language = 'fr'

const isPercent = (unit: Unit) => unit === 'share' || unit === 'share_per_year'

/** What is written after the field: the unit as the field reads it (percent for shares). */
function unitSuffix(unit: Unit, language: Language): string {
  if (unit === 'share') return '%'
  if (unit === 'share_per_year') return translator(language)('unitPercentPerYear')
  if (unit === 'elasticity' || unit === 'ratio') return ''
  return UNITS[unit][language]
}

/** Baseline figures are shown as given (2,74 %, 21 621,6 €), not rounded to three figures. */
function exact(value: number, unit: Unit, language: Language): string {
  const shown = Math.round((isPercent(unit) ? value * 100 : value) * 1e9) / 1e9
  const decimals = String(shown).split('.')[1]?.length ?? 0
  return formatValue(value, unit, language, { digits: Math.min(decimals, 6) })
}

/** "1,5 – 3,5 % par an": the unit written once when both ends end with it. */
export function formatRange(low: number, high: number, unit: Unit, language: Language): string {
  const a = exact(low, unit, language)
  const b = exact(high, unit, language)
  const suffix = /\D*$/.exec(b)?.[0] ?? ''
  return suffix && a.endsWith(suffix) ? `${a.slice(0, -suffix.length)} – ${b}` : `${a} – ${b}`
}

/** The value held by the draft as a string, so a row re-renders only when its own value changes. */
const ownKey = (value: AssumptionValue | undefined) =>
  value === undefined ? '' : JSON.stringify(value)

function AssumptionInput(props: {
  readonly id: string
  readonly path: string
  readonly unit: Unit
  readonly central: number
  readonly own: AssumptionValue | undefined
  readonly limits: readonly [number, number]
  readonly describedBy: string | undefined
}) {
  const { id, path, unit, central, own, limits, describedBy } = props
  const language = useLevier((s) => s.language)
  const setValue = useLevier((s) => s.setDraftValue)
  return (
    <TypedNumber
      id={id}
      value={central}
      percent={isPercent(unit)}
      min={limits[0]}
      max={limits[1]}
      rangeText={formatRange(limits[0], limits[1], unit, language)}
      errorKey={path}
      describedBy={describedBy}
      onCommit={(typed) => setValue(path, withCentral(own, typed, limits))}
    />
  )
}

function Badges({ entry, modified }: { entry: AssumptionEntry; modified: boolean }) {
  const t = useTranslate()
  const { grade, source } = entry.assumption
  const grades = grade === 'assumption' ? null : GRADES[grade]
  return (
    <span className="assumption-badges">
      {grades && (
        <span className={`badge grade grade-${grade}`} title={t(grades[1])}>
          <span className="visually-hidden">{t('gradeLabel')} </span>
          {t(grades[0])}
        </span>
      )}
      {(grade === 'assumption' || source === null) && (
        <span className="badge assumption-badge" title={t('assumptionBadgeHelp')}>
          {t('assumptionBadge')}
        </span>
      )}
      {modified && <span className="badge modified-badge">{t('assumptionModifiedBadge')}</span>}
    </span>
  )
}

function SourceLine({ entry }: { entry: AssumptionEntry }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const { assumption, source } = entry
  const year = t('assumptionFigureYear').replace('{year}', String(assumption.year))
  return (
    <p className="assumption-source">
      {source ? (
        <>
          {t('assumptionSource')}{' '}
          <a href={source.url} target="_blank" rel="noreferrer">
            {source.title}
          </a>{' '}
          · {year}
        </>
      ) : (
        <>
          {t('assumptionNoSource')} · {year}
        </>
      )}{' '}
      · <code>{entry.id}</code>
      {assumption.note && (
        <>
          <br />
          {t('assumptionNote')}{' '}
          <span lang={NOTE_LANGUAGE === language ? undefined : NOTE_LANGUAGE}>
            {assumption.note}
          </span>
        </>
      )}
    </p>
  )
}

/**
 * One assumption: its editable central value, default, plausible range, source and grade. Reads
 * only its own value from the draft, so editing one row re-renders that row alone.
 */
export const AssumptionRow = memo(function AssumptionRow({
  entry,
  baseline,
}: {
  entry: AssumptionEntry
  baseline: Baseline
}) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const key = useLevier((s) => ownKey(s.draft?.assumptions[entry.id]))
  const setValue = useLevier((s) => s.setDraftValue)
  const path = `assumptions.${entry.id}`
  const error = useLevier((s) => s.fieldErrors[path])
  const own = useMemo(() => (key === '' ? undefined : (JSON.parse(key) as AssumptionValue)), [key])
  const { assumption } = entry
  const { unit, range, label } = assumption
  const central = own === undefined ? assumption.value : centralOf(own)
  const modified = own !== undefined && isModified({ [entry.id]: own }, baseline, entry.id)
  const limits = assumptionLimits(baseline, entry.id) ?? [-Infinity, Infinity]
  const outside = range !== undefined && (central < range[0] || central > range[1])
  const inputId = `assumption-${entry.id.replace(/\./g, '-')}`
  const describedBy = [error ? `${inputId}-error` : '', outside ? `${inputId}-outside` : '']
    .filter(Boolean)
    .join(' ')
  return (
    <li className={modified ? 'assumption modified' : 'assumption'}>
      <div className="assumption-head">
        <label htmlFor={inputId}>{label[language]}</label>
        <Badges entry={entry} modified={modified} />
      </div>
      <div className="assumption-edit">
        <span className="lever-inputs">
          <AssumptionInput
            id={inputId}
            path={path}
            unit={unit}
            central={central}
            own={own}
            limits={limits}
            describedBy={describedBy || undefined}
          />
          <span className="unit">{unitSuffix(unit, language)}</span>
        </span>
        <span className="assumption-default">
          {t('assumptionDefault')} {exact(assumption.value, unit, language)}
          {range && (
            <>
              {' '}
              ({t('assumptionPlausible')} {formatRange(range[0], range[1], unit, language)})
            </>
          )}
        </span>
        {modified && (
          <button
            type="button"
            className="assumption-reset"
            aria-label={`${t('assumptionResetLabel')} ${label[language]}`}
            onClick={() => setValue(path, defaultAssumptionValue(baseline, entry.id))}
          >
            {t('assumptionReset')}
          </button>
        )}
      </div>
      {error && (
        <p id={`${inputId}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
      {outside && range && (
        <p id={`${inputId}-outside`} className="assumption-outside">
          {t('assumptionOutsideRange')} {formatRange(range[0], range[1], unit, language)}
        </p>
      )}
      <SourceLine entry={entry} />
    </li>
  )
})
