import { COMPARISON_MAX_SCENARIOS, COMPARISON_MIN_SCENARIOS } from '@shared/api/comparison-schema'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { WrappingSelect } from '../components/wrapping-select'
import { scenarioColour } from './compare-charts'
import { presetLabel } from './reference'
import type { ComparisonReference } from './reference'

/** A comparison holds 2 to 6 scenarios (the workbook refuses other counts). */
export const MIN_COMPARED = COMPARISON_MIN_SCENARIOS
const MAX_COMPARED = COMPARISON_MAX_SCENARIOS

export interface ComparisonChoice {
  readonly reference: ComparisonReference
  readonly scenarioIds: readonly string[]
}

const CURRENT_LAW = 'preset:current-law'

function referenceValue(reference: ComparisonReference): string {
  return reference.kind === 'preset' ? CURRENT_LAW : `scenario:${reference.id}`
}

function parseReference(value: string): ComparisonReference {
  if (value.startsWith('scenario:'))
    return { kind: 'scenario', id: value.slice('scenario:'.length) }
  return { kind: 'preset', preset: 'current-law' }
}

/**
 * Which scenarios are compared (2 to 6, in the order they were ticked, which sets their colours)
 * and against what: current law (every lever not reformed) or one of the workbook's scenarios.
 */
export function ComparisonPicker({
  choice,
  onChange,
}: {
  choice: ComparisonChoice
  onChange: (choice: ComparisonChoice) => void
}) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const scenarios = useLevier((s) => s.scenarios)
  const live = scenarios.filter((s) => s.deletedAt === null)
  const full = choice.scenarioIds.length >= MAX_COMPARED
  const toggle = (id: string, on: boolean) =>
    onChange({
      ...choice,
      scenarioIds: on
        ? [...choice.scenarioIds, id]
        : choice.scenarioIds.filter((other) => other !== id),
    })
  return (
    <div className="comparison-picker">
      <label htmlFor="compare-reference">{t('compareReference')}</label>
      <WrappingSelect
        id="compare-reference"
        value={referenceValue(choice.reference)}
        onChange={(value) => onChange({ ...choice, reference: parseReference(value) })}
      >
        <option value={CURRENT_LAW}>{presetLabel('current-law', language)}</option>
        {live.map((s) => (
          <option key={s.id} value={`scenario:${s.id}`}>
            {s.name}
          </option>
        ))}
      </WrappingSelect>
      <fieldset>
        <legend>
          {t('compareScenarios')} ({choice.scenarioIds.length}/{MAX_COMPARED})
        </legend>
        <ul>
          {live.map((s) => {
            const index = choice.scenarioIds.indexOf(s.id)
            const checked = index >= 0
            return (
              <li key={s.id}>
                <input
                  id={`compare-pick-${s.id}`}
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={(e) => toggle(s.id, e.target.checked)}
                />
                <label htmlFor={`compare-pick-${s.id}`}>
                  {checked && (
                    <span
                      className="swatch"
                      style={{ background: scenarioColour(index) }}
                      aria-hidden="true"
                    />
                  )}
                  {s.name}
                </label>
              </li>
            )
          })}
        </ul>
        <p className="hint" role="status">
          {choice.scenarioIds.length < MIN_COMPARED
            ? t('compareTooFew')
            : full
              ? t('compareFull')
              : ''}
        </p>
      </fieldset>
    </div>
  )
}
