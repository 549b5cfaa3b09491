import { useState } from 'react'
import type { Language } from '@shared/app-identity'
import type { ComparisonMeasure } from '@shared/model/comparison/comparison'
import { withLeverValue } from '@shared/model/comparison/goal-seek'
import { againstMarks } from '@shared/model/comparison/goal-seek-marks'
import type { GoalSeekResult } from '@shared/model/comparison/goal-seek'
import type { NumberField } from '@shared/model/levers/lever-definitions'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import type { Unit } from '@shared/model/engine/units'
import { formatValue } from '../format/format-value'
import { useTranslate } from '../i18n/use-translate'
import type { Translate } from '../i18n/translate'
import { useLevier } from '../store'
import { digitsFor, measureLabel, measureUnit } from './measures'

/** What a search was asked, kept with its answer (the form may change after). */
export interface GoalSeekRun {
  readonly scenarioName: string
  readonly scenario: Scenario
  readonly field: NumberField
  readonly measure: ComparisonMeasure
  readonly target: number
  readonly result: GoalSeekResult
}

/** The longest name a scenario may have (the workbook's rule). */
const MAX_NAME = 200

/** A value with enough decimals to be told from its neighbours (7,273 %, not 7,3 %). */
export function precise(value: number, unit: Unit, language: Language, significant = 4): string {
  return formatValue(value, unit, language, { digits: digitsFor(value, unit, significant) })
}

/** "<scenario> — <lever> pour <measure> = <target>", cut to the workbook's limit. */
export function suggestedName(run: GoalSeekRun, language: Language, t: Translate): string {
  const target = formatValue(run.target, measureUnit(run.measure), language)
  const name = `${run.scenarioName} — ${run.field.label[language]} ${t('gsNameFor')} ${measureLabel(run.measure, language)} = ${target}`
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name
}

/** The answer of a goal-seek, and for a value found, saving it as a new scenario. */
export function GoalSeekAnswer({ run }: { run: GoalSeekRun }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const { field, measure, result } = run
  const unit = measureUnit(measure)
  const lever = field.label[language]
  if (result.status === 'unreachable') {
    const [min, max] = result.range
    return (
      <div className="goal-seek-answer unreachable" role="status">
        <p>
          <strong>
            {t('gsUnreachable')} [{formatValue(min, field.unit, language)} –{' '}
            {formatValue(max, field.unit, language)}]
          </strong>
        </p>
        <p>
          {t('gsMeasureRange')} {precise(result.reachable[0], unit, language)} {t('gsTo')}{' '}
          {precise(result.reachable[1], unit, language)}.
        </p>
        <p>
          {t('gsClosest')} {lever} = {precise(result.closest.value, field.unit, language)},{' '}
          {measureLabel(measure, language)} = {precise(result.closest.achieved, unit, language)}.
        </p>
        <p className="hint">
          {result.evaluations} {t('gsEvaluations')}
        </p>
      </div>
    )
  }
  return (
    <>
      <div className="goal-seek-answer found" role="status">
        <p>
          <strong>
            {lever} = {precise(result.value, field.unit, language)}
          </strong>
        </p>
        <p>
          {t('gsAchieved')} {precise(result.achieved, unit, language)} ({t('gsTargetWas')}{' '}
          {formatValue(run.target, unit, language)}, {t('gsTolerance')}{' '}
          {precise(result.tolerance, unit, language, 2)})
        </p>
        <MarksWarning field={field} value={result.value} />
        <p className="hint">
          {result.evaluations} {t('gsEvaluations')}
        </p>
      </div>
      <SaveAsScenario run={run} value={result.value} />
    </>
  )
}

/** An answer outside every proposed value of the lever, said in words with the nearest one. */
function MarksWarning({ field, value }: { field: NumberField; value: number }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const verdict = againstMarks(field, value)
  if (verdict.kind === 'within') return null
  const params = {
    value: precise(value, field.unit, language),
    mark: formatValue(verdict.mark.value, field.unit, language),
    label: verdict.mark.label[language],
  }
  return (
    <p className="field-warning" data-testid="goal-seek-marks-warning">
      {t(verdict.kind === 'above' ? 'gsAboveMarks' : 'gsBelowMarks', params)}
    </p>
  )
}

/** Name the answer and create it in the workbook; the compare view stays as it is. */
function SaveAsScenario({ run, value }: { run: GoalSeekRun; value: number }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const create = useLevier((s) => s.createScenarioFromDocument)
  const [name, setName] = useState(() => suggestedName(run, language, t))
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'saving' }
    | { kind: 'saved'; name: string }
    | { kind: 'refused'; message: string }
  >({ kind: 'idle' })
  const save = async () => {
    const wanted = name.trim()
    if (wanted === '') return setState({ kind: 'refused', message: t('gsNameEmpty') })
    setState({ kind: 'saving' })
    const refused = await create(withLeverValue(run.scenario, run.field.path, value), wanted)
    setState(
      refused === null ? { kind: 'saved', name: wanted } : { kind: 'refused', message: refused },
    )
  }
  return (
    <div className="goal-seek-save">
      <div className="analysis-field grow">
        <label htmlFor="goal-seek-name">{t('gsSaveName')}</label>
        <input
          id="goal-seek-name"
          type="text"
          value={name}
          maxLength={MAX_NAME}
          aria-invalid={state.kind === 'refused'}
          aria-describedby={state.kind === 'refused' ? 'goal-seek-name-error' : undefined}
          onChange={(e) => {
            setName(e.target.value)
            if (state.kind !== 'saving') setState({ kind: 'idle' })
          }}
        />
      </div>
      <button
        type="button"
        className="primary"
        disabled={state.kind === 'saving'}
        onClick={() => void save()}
      >
        {t('gsSave')}
      </button>
      {state.kind === 'refused' && (
        <p id="goal-seek-name-error" className="field-error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'saved' && (
        <p className="analysis-note" role="status">
          {t('gsSaved')} <strong>{state.name}</strong>
        </p>
      )}
    </div>
  )
}
