import { useState } from 'react'
import { z } from 'zod'
import { getBaseline } from '@shared/model/baseline/baselines'
import { measureValue } from '@shared/model/comparison/comparison'
import { balanceRestoredGoal, goalSeek, GOAL_SEEK_LEVERS } from '@shared/model/comparison/goal-seek'
import { LEVER_GROUPS } from '@shared/model/levers/lever-groups'
import { UNITS } from '@shared/model/engine/units'
import { TypedNumber } from '../components/typed-number'
import { fieldScheduleText } from '@shared/format/schedule-text'
import { stepsOf } from '@shared/model/levers/schedule'
import type { Scheduled } from '@shared/model/levers/schedule'
import { valueAt } from '@shared/model/scenario/value-path'
import { formatValue } from '../format/format-value'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { measureSchema } from './measure-schema'
import { useComparisonSetting } from './use-comparison-setting'
import type { AnalysisPanelProps } from './attribution-panel'
import { GoalSeekAnswer, precise } from './goal-seek-result'
import type { GoalSeekRun } from './goal-seek-result'
import { MeasurePicker } from './measure-picker'
import { ScenarioPicker } from './scenario-picker'
import { inPercent, measureUnit, withinYears } from './measures'

/** Where the target field's refusal is kept (the store's field errors). */
export const TARGET_ERROR_KEY = 'compare.goalSeek.target'
/**
 * The example: the first lever's rate (the DST's, the first field goal-seek may move) that puts
 * the ROBSS balance of a year back on its current-law path.
 */
const EXAMPLE_LEVER = GOAL_SEEK_LEVERS[0]?.path ?? ''
const EXAMPLE_YEAR = 2035

/** The example's year, or the nearest one of the horizon. */
function exampleGoal(years: readonly number[]) {
  const goal = balanceRestoredGoal(EXAMPLE_YEAR)
  return { ...goal, measure: withinYears(goal.measure, years) }
}

/**
 * Goal-seek: the value of one lever (others fixed) that brings a measure to a target, searched
 * on the engine in the click (under a millisecond); a value found can be saved as a new scenario.
 */
export function GoalSeekPanel({ scenarios }: AnalysisPanelProps) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const targetError = useLevier((s) => s.fieldErrors[TARGET_ERROR_KEY])
  const setFieldError = useLevier((s) => s.setFieldError)
  // Kept in the comparison's settings: saved with it, found again when it is reopened.
  const [chosenId, setChosenId] = useComparisonSetting<string | null>(
    'goalSeekScenario',
    z.string().nullable(),
    null,
  )
  const scenario = scenarios.find((s) => s.id === chosenId) ?? scenarios[0]
  const years = scenario?.projection.years ?? []
  const example = exampleGoal(years)
  const [lever, setLever] = useComparisonSetting(
    'goalSeekLever',
    z.enum(GOAL_SEEK_LEVERS.map((f) => f.path) as [string, ...string[]]),
    EXAMPLE_LEVER,
  )
  const [measure, setMeasure] = useComparisonSetting(
    'goalSeekMeasure',
    measureSchema,
    example.measure,
  )
  const [target, setTarget] = useComparisonSetting(
    'goalSeekTarget',
    z.number().finite(),
    example.target,
  )
  // Bumped when the form is filled from outside (the example): the target field starts afresh.
  const [formVersion, setFormVersion] = useState(0)
  const [run, setRun] = useState<GoalSeekRun | { error: string } | null>(null)
  // Each search is a new answer: its save form starts afresh.
  const [runCount, setRunCount] = useState(0)
  if (!scenario) return null
  const used = withinYears(measure, years)
  const unit = measureUnit(used)
  const percent = inPercent(unit)
  const field = GOAL_SEEK_LEVERS.find((f) => f.path === lever) ?? (GOAL_SEEK_LEVERS[0] as never)
  // A schedule is sought at its last step, the earlier ones kept: said under the field.
  const written = valueAt(scenario.document, field.path) as Scheduled
  const lastStep = stepsOf(written).at(-1)
  const current = (() => {
    try {
      return measureValue(scenario.projection, used)
    } catch {
      return Number.NaN
    }
  })()
  const changed =
    <T,>(apply: (value: T) => void) =>
    (value: T) => {
      apply(value)
      setRun(null)
    }
  const fillExample = () => {
    const goal = exampleGoal(years)
    setLever(EXAMPLE_LEVER)
    setMeasure(goal.measure)
    setTarget(goal.target)
    setFieldError(TARGET_ERROR_KEY, null)
    setFormVersion((v) => v + 1)
    setRun(null)
  }
  const search = () => {
    // A refused target (letters, nothing typed) is said under the field; nothing is computed.
    if (targetError !== undefined) return setRun(null)
    try {
      const document = scenario.document
      const result = goalSeek({
        scenario: document,
        baseline: getBaseline(document.baseline),
        lever: field.path,
        measure: used,
        target,
      })
      setRun({
        scenarioName: scenario.name,
        scenario: document,
        field,
        measure: used,
        target,
        result,
      })
      setRunCount((n) => n + 1)
    } catch (error) {
      setRun({ error: (error as Error).message })
    }
  }
  const exampleYear = exampleGoal(years).measure
  return (
    <section className="compare-analysis" aria-labelledby="goal-seek-title">
      <h2 id="goal-seek-title">{t('gsTitle')}</h2>
      <p className="hint">{t('gsLead')}</p>
      <div className="actions start">
        <button type="button" onClick={fillExample}>
          {t('gsExample')} {exampleYear.kind === 'series' ? exampleYear.year : ''}
        </button>
      </div>
      <div className="analysis-controls">
        <ScenarioPicker
          id="goal-seek-scenario"
          label={t('gsScenario')}
          scenarios={scenarios}
          value={scenario.id}
          onChange={changed(setChosenId)}
        />
        <div className="analysis-field">
          <label htmlFor="goal-seek-lever">{t('gsLever')}</label>
          <select
            id="goal-seek-lever"
            value={field.path}
            onChange={(e) => changed(setLever)(e.target.value)}
          >
            {LEVER_GROUPS.map((group) => (
              <optgroup key={group.id} label={group.label[language]}>
                {GOAL_SEEK_LEVERS.filter((f) => f.group === group.id).map((f) => (
                  <option key={f.path} value={f.path}>
                    {f.label[language]}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {lastStep && (
            <p className="hint" id="goal-seek-last-step">
              {t('gsLastStep', {
                schedule: fieldScheduleText(
                  field.path,
                  written,
                  (v) => formatValue(v, field.unit, language),
                  language,
                ),
                year: String(lastStep.year),
              })}
            </p>
          )}
        </div>
        <MeasurePicker
          id="goal-seek"
          measureText={t('gsMeasure')}
          yearText={t('gsYear')}
          measure={used}
          years={years}
          onChange={(next) => {
            // A new measure starts from the scenario's own value: a target in its unit and scale.
            if (next.kind !== used.kind || next.id !== used.id) {
              const value = measureValue(scenario.projection, next)
              setTarget(value)
              setFieldError(TARGET_ERROR_KEY, null)
              setFormVersion((v) => v + 1)
            }
            changed(setMeasure)(next)
          }}
        />
        <div className="analysis-field">
          <label htmlFor="goal-seek-target">{t('gsTarget')}</label>
          <div className="lever-inputs">
            <TypedNumber
              key={formVersion}
              id="goal-seek-target"
              value={target}
              percent={percent}
              min={Number.NEGATIVE_INFINITY}
              max={Number.POSITIVE_INFINITY}
              rangeText=""
              errorKey={TARGET_ERROR_KEY}
              describedBy={targetError ? 'goal-seek-target-error' : 'goal-seek-current'}
              onCommit={changed(setTarget)}
            />
            <span className="unit">{percent ? '%' : UNITS[unit][language]}</span>
          </div>
        </div>
        {/* In the row, not below the messages: a refusal shown as the target field is left must
            not move the button from under the pointer between press and release. */}
        <button type="button" className="primary" onClick={search}>
          {t('gsRun')}
        </button>
      </div>
      <p id="goal-seek-current" className="hint">
        {t('gsCurrent')} {Number.isFinite(current) ? precise(current, unit, language) : '—'}
      </p>
      {targetError && (
        <p id="goal-seek-target-error" className="field-error" role="alert">
          {targetError}
        </p>
      )}
      {run &&
        ('error' in run ? (
          <p className="field-error" role="alert">
            {t('gsFailed')} {run.error}
          </p>
        ) : (
          <GoalSeekAnswer key={runCount} run={run} />
        ))}
    </section>
  )
}
