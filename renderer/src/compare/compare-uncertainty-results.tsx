import { useMemo } from 'react'
import { comparePairs } from '@shared/model/uncertainty/band-overlap'
import { INDICATORS } from '@shared/model/engine/series'
import type { Unit } from '@shared/model/engine/units'
import { UNITS } from '@shared/model/engine/units'
import type { FigureRows } from '../charts/figure-exports'
import { PlotFigure } from '../charts/plot-figure'
import { safeFileName } from '../format/download'
import { useTranslate } from '../i18n/use-translate'
import type { IndicatorSpread } from '../sim/uncertainty-job'
import { useLevier } from '../store'
import { compareMcStale } from '../store/monte-carlo-slice'
import type { ComparedScenario } from '../store/types'
import {
  McResultsFrame,
  PERCENTILE_COLUMNS,
  PercentileTable,
} from '../components/mc-percentile-table'
import { scenarioColour } from './compare-charts'
import { whiskerPlot } from './compare-uncertainty-plot'
import { fill, pairStatement } from './compare-uncertainty-text'

/** Exported columns (every percentile); the screen shows p5, median and p95 only. */
const SHOWN = PERCENTILE_COLUMNS.filter(
  ([field]) => field === 'p5' || field === 'p50' || field === 'p95',
)

interface Row {
  readonly name: string
  readonly colour: string
  readonly uncertainCount: number
  readonly spread: IndicatorSpread
  readonly draws: Float32Array
}

/** The medians with their whiskers, with PNG/SVG of the drawing and CSV of its numbers. */
function WhiskerFigure({
  rows,
  unit,
  title,
  file,
}: {
  rows: readonly Row[]
  unit: Unit
  title: string
  file: string
}) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const { data, layout } = useMemo(
    () =>
      whiskerPlot(
        rows.map((r) => ({ name: r.name, colour: r.colour, ...r.spread })),
        unit,
        language,
      ),
    [rows, unit, language],
  )
  const tableRows = (): FigureRows => [
    [t('cmcScenarioCol'), ...SHOWN.map(([, key]) => `${t(key)} (${UNITS[unit][language]})`)],
    ...rows.map((r) => [r.name, ...SHOWN.map(([field]) => r.spread[field])]),
  ]
  return (
    <PlotFigure
      headingId="cmc-chart-title"
      title={title}
      className="cmc-chart"
      testId="chart-compare-uncertainty"
      data={data}
      layout={layout}
      fileName={file}
      rows={tableRows}
      columnUnits={[undefined, ...SHOWN.map(() => unit)]}
      caption={t('cmcChartCaption')}
    />
  )
}

/** The finished comparison run on the chosen indicator: chart, table, and the pairs in words. */
export function CompareUncertaintyResults({
  scenarios,
  fileName,
}: {
  scenarios: readonly ComparedScenario[]
  fileName: string
}) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const run = useLevier((s) => s.monteCarlo.compare)
  const result = run.result
  const indicator = useLevier((s) => s.compareMcIndicator)
  const stale = compareMcStale(run, scenarios)
  const k = INDICATORS.findIndex((i) => i.id === indicator)
  const spec = INDICATORS[k]
  const rows = useMemo<Row[]>(() => {
    if (!result) return []
    return result.scenarios.flatMap((ran, i) => {
      const spread = ran.result.indicators.find((x) => x.id === indicator)
      const draws = ran.result.indicatorDraws?.[k]
      if (!spread || !draws) return []
      // A scenario renamed since the run keeps its place; its current name is shown.
      const name = scenarios.find((s) => s.id === ran.id)?.name ?? ran.name
      return [
        {
          name,
          colour: scenarioColour(i),
          uncertainCount: ran.result.uncertainCount,
          spread,
          draws,
        },
      ]
    })
  }, [result, scenarios, indicator, k])
  const statements = useMemo(() => {
    const pairs = comparePairs(
      rows.map((r) => r.spread),
      rows.map((r) => r.draws),
    )
    const names = rows.map((r) => r.name)
    return pairs.map((pair) => pairStatement(pair, names, language, t))
  }, [rows, language, t])
  if (!result || !spec) return null
  const unit = spec.unit
  const label = spec[language]
  const file = `${safeFileName(fileName)}-${t('cmcFile')}-${indicator}`
  const tableTitle = `${t('cmcTableTitle')} — ${label}`
  return (
    <McResultsFrame
      prefix="cmc"
      title={`${t('mcResults')} — ${label}`}
      className="mc-results cmc-results"
      stale={stale}
      staleText={t('cmcStaleText')}
    >
      <div className="cmc-body">
        <WhiskerFigure
          rows={rows}
          unit={unit}
          title={`${t('cmcChartTitle')} — ${label}`}
          file={`${file}-${t('cmcChartFile')}`}
        />
        <PercentileTable
          prefix="cmc"
          headingId="cmc-table-title"
          title={tableTitle}
          className="cmc-table-section"
          tableClassName="data-table cmc-table"
          rowHeader={t('cmcScenarioCol')}
          rows={rows.map((r, i) => ({
            key: String(i),
            label: r.name,
            spread: r.spread,
            colour: r.colour,
            count: r.uncertainCount,
          }))}
          shown={['p5', 'p50', 'p95']}
          count={t('cmcUncertainCol')}
          fileName={`${file}-${t('cmcTableFile')}`}
          sheetName={t('cmcSheet')}
          exportLabel={tableTitle}
        />
      </div>
      {rows
        .filter((r) => r.uncertainCount === 0)
        .map((r, i) => (
          <p key={i} className="hint">
            {fill(t('cmcNoUncertain'), { name: r.name })}
          </p>
        ))}
      {statements.length > 0 && (
        <section aria-labelledby="cmc-pairs-title" className="cmc-pairs">
          <h3 id="cmc-pairs-title">{t('cmcPairsTitle')}</h3>
          <ul>
            {statements.map((text, i) => (
              <li key={i} data-testid="cmc-pair">
                {text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </McResultsFrame>
  )
}
