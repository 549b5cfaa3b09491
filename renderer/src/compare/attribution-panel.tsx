import { useCallback, useMemo } from 'react'
import { z } from 'zod'
import { attribute, enabledLevers } from '@shared/model/comparison/attribution'
import type { LeverId } from '@shared/model/comparison/attribution'
import { getBaseline } from '@shared/model/baseline/baselines'
import type { ComparisonMeasure } from '@shared/model/comparison/comparison'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { measureSchema } from './measure-schema'
import { useComparisonSetting } from './use-comparison-setting'
import type { ComparedScenario } from '../store/types'
import { AttributionTable } from './attribution-table'
import { MeasurePicker } from './measure-picker'
import { ScenarioPicker } from './scenario-picker'
import { measureFromKey, measureKey, measureLabel, measureUnit, withinYears } from './measures'
import { playerLabel, waterfallSteps } from './waterfall'
import { WaterfallFigure } from './waterfall-figure'

export interface AnalysisPanelProps {
  readonly scenarios: readonly ComparedScenario[]
  /** Prefixed to exported file names (the comparison's name). */
  readonly fileName: string
}

/** The change in the measure that the levers explain: the total change, as in the comparison table. */
const DEFAULT_MEASURE: ComparisonMeasure = {
  kind: 'indicator',
  id: 'robss_balance_change_cumulative',
}

/** The first scenario whose attribution says something (two levers or more), else the first. */
export function defaultAttributionIndex(scenarios: readonly ComparedScenario[]): number {
  const index = scenarios.findIndex((s) => enabledLevers(s.document.levers).length >= 2)
  return index < 0 ? 0 : index
}

/** The attribution and its waterfall, or why it could not be computed. */
function computeAttribution(
  scenario: ComparedScenario,
  key: string,
  labels: { without: string; with: string; player: (id: LeverId) => string },
) {
  const [measureText = '', year = ''] = key.split('|')
  const measure = measureFromKey(measureText, Number(year))
  if (!measure) return { error: measureText }
  try {
    const document = scenario.document
    const attribution = attribute(document, getBaseline(document.baseline), measure)
    return { attribution, steps: waterfallSteps(attribution, labels), measure }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

/**
 * Attribution: how much of the change in a measure each enabled lever of a scenario explains
 * (exact Shapley values), as a waterfall from "without the levers" to the scenario, and a table
 * with each lever's effect alone and the interaction. Computed in the render: 16 projections at
 * most, well under a millisecond.
 */
export function AttributionPanel({ scenarios, fileName }: AnalysisPanelProps) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  // Kept in the comparison's settings: saved with it, found again when it is reopened.
  const [chosenId, setChosenId] = useComparisonSetting<string | null>(
    'attributionScenario',
    z.string().nullable(),
    null,
  )
  const [measure, setMeasure] = useComparisonSetting(
    'attributionMeasure',
    measureSchema,
    DEFAULT_MEASURE,
  )
  const chosen = scenarios.findIndex((s) => s.id === chosenId)
  const index = chosen >= 0 ? chosen : defaultAttributionIndex(scenarios)
  const scenario = scenarios[index]
  const years = scenario?.projection.years ?? []
  const used = withinYears(measure, years)
  // Keyed by value, not identity: the same measure must not redraw the chart at every render.
  const usedKey = `${measureKey(used)}|${used.kind === 'series' ? used.year : 0}`
  const tierLabel = t('attribDstTier')
  const player = useCallback(
    (id: LeverId) => playerLabel(id, language, tierLabel),
    [language, tierLabel],
  )
  const without = t('attribWithout')
  const withLevers = t('attribWith')
  const result = useMemo(
    () => scenario && computeAttribution(scenario, usedKey, { without, with: withLevers, player }),
    [scenario, usedKey, without, withLevers, player],
  )
  if (!scenario || !result) return null
  const levers = enabledLevers(scenario.document.levers).length
  const label = measureLabel(used, language)
  return (
    <section className="compare-analysis" aria-labelledby="attribution-title">
      <h2 id="attribution-title">{t('attribTitle')}</h2>
      <p className="hint">{t('attribLead')}</p>
      <div className="analysis-controls">
        <ScenarioPicker
          id="attribution-scenario"
          label={t('attribScenario')}
          scenarios={scenarios}
          value={scenario.id}
          onChange={setChosenId}
        />
        <MeasurePicker
          id="attribution"
          measureText={t('attribMeasure')}
          yearText={t('attribYear')}
          measure={used}
          years={years}
          onChange={setMeasure}
        />
      </div>
      {levers < 2 && (
        <p className="analysis-note" role="status">
          {levers === 0 ? t('attribNone') : t('attribSingle')}
        </p>
      )}
      {'error' in result ? (
        <p className="field-error" role="alert">
          {t('attribFailed')} {result.error}
        </p>
      ) : (
        levers > 0 && (
          <div className="attribution-body">
            <WaterfallFigure
              id="attribution-waterfall"
              title={`${t('attribChartTitle')} — ${label}`}
              steps={result.steps}
              unit={measureUnit(result.measure)}
              filePrefix={`${fileName}-${scenario.name}`}
            />
            <AttributionTable
              attribution={result.attribution}
              unit={measureUnit(result.measure)}
              player={player}
              caption={`${scenario.name} — ${label}`}
              filePrefix={`${fileName}-${scenario.name}`}
            />
          </div>
        )
      )}
    </section>
  )
}
