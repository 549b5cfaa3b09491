import { useMemo } from 'react'
import { TableScroll } from '../components/table-scroll'
import { comparePairs } from '@shared/model/uncertainty/band-overlap'
import { INDICATORS } from '@shared/model/engine/series'
import { UNITS } from '@shared/model/engine/units'
import type { Unit } from '@shared/model/engine/units'
import type { FigureRows } from '../charts/figure-exports'
import { PlotFigure } from '../charts/plot-figure'
import { toCsv } from '../format/csv'
import { download, safeFileName } from '../format/download'
import { formatNumber, formatValue } from '../format/format-value'
import { numberFormatForUnit, XLSX_TYPE, xlsxWorkbook } from '../format/xlsx'
import { useTranslate } from '../i18n/use-translate'
import type { IndicatorSpread } from '../sim/uncertainty-job'
import { useLevier } from '../store'
import { compareMcStale } from '../store/compare-uncertainty-slice'
import type { ComparedScenario } from '../store/types'
import { PERCENTILE_COLUMNS } from '../components/uncertainty-results'
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
    [t('cmcScenarioCol'), ...SHOWN.map(([, key]) => `${t(key)} (${unit})`)],
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

/** Each scenario's percentiles of the indicator, with CSV and XLSX of every percentile. */
function PercentileTable({
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
  const header = [
    t('cmcScenarioCol'),
    ...PERCENTILE_COLUMNS.map(([, key]) => t(key)),
    t('cmcUncertainCol'),
  ]
  const body = rows.map((r) => [
    r.name,
    ...PERCENTILE_COLUMNS.map(([field]) => r.spread[field]),
    r.uncertainCount,
  ])
  const exportCsv = () => {
    const withUnits = header.map((h, i) =>
      i > 0 && i <= PERCENTILE_COLUMNS.length ? `${h} (${unit})` : h,
    )
    download(`${file}.csv`, toCsv([withUnits, ...body], language), 'text/csv;charset=utf-8')
  }
  const exportXlsx = () => {
    const bytes = xlsxWorkbook(
      t('cmcSheet'),
      header.map((h, i) =>
        i === 0
          ? { header: h, width: 28 }
          : i <= PERCENTILE_COLUMNS.length
            ? { header: `${h} (${UNITS[unit][language]})`, numberFormat: numberFormatForUnit(unit) }
            : { header: h, numberFormat: '0' },
      ),
      body,
    )
    download(`${file}.xlsx`, bytes, XLSX_TYPE)
  }
  return (
    <section aria-labelledby="cmc-table-title" className="cmc-table-section">
      <div className="chart-head">
        <h3 id="cmc-table-title">{title}</h3>
        <div className="chart-exports" role="group" aria-label={`${t('cmcExportTable')} ${title}`}>
          <button type="button" onClick={exportCsv} aria-label={`${t('exportCsv')} — ${title}`}>
            {t('exportChartCsv')}
          </button>
          <button
            type="button"
            onClick={exportXlsx}
            aria-label={`${t('exportXlsxAction')} — ${title}`}
          >
            {t('exportXlsx')}
          </button>
        </div>
      </div>
      <TableScroll labelledBy="cmc-table-title">
        <table className="data-table cmc-table" aria-labelledby="cmc-table-title">
          <thead>
            <tr>
              <th scope="col">{t('cmcScenarioCol')}</th>
              {SHOWN.map(([field, key]) => (
                <th scope="col" key={field}>
                  {t(key)}
                </th>
              ))}
              <th scope="col">{t('cmcUncertainCol')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <th scope="row">
                  <span
                    className="cmc-swatch"
                    style={{ background: r.colour }}
                    aria-hidden="true"
                  />
                  {r.name}
                </th>
                {SHOWN.map(([field]) => (
                  <td key={field}>{formatValue(r.spread[field], unit, language)}</td>
                ))}
                <td>{formatNumber(r.uncertainCount, language, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
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
  const result = useLevier((s) => s.compareMcResult)
  const indicator = useLevier((s) => s.compareMcSettings.indicator)
  const stale = compareMcStale(result, scenarios)
  const k = INDICATORS.findIndex((i) => i.id === indicator)
  const spec = INDICATORS[k]
  const rows = useMemo<Row[]>(() => {
    if (!result) return []
    return result.scenarios.flatMap((run, i) => {
      const spread = run.indicators.find((x) => x.id === indicator)
      const draws = run.indicatorDraws[k]
      if (!spread || !draws) return []
      // A scenario renamed since the run keeps its place; its current name is shown.
      const name = scenarios.find((s) => s.id === run.id)?.name ?? run.name
      return [
        { name, colour: scenarioColour(i), uncertainCount: run.uncertainCount, spread, draws },
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
  return (
    <section
      aria-labelledby="cmc-results-title"
      className={stale ? 'mc-results cmc-results stale' : 'mc-results cmc-results'}
      data-testid="cmc-results"
    >
      <div className="mc-results-head">
        <h3 id="cmc-results-title">{`${t('mcResults')} — ${label}`}</h3>
        {stale && <span className="badge">{t('mcStaleBadge')}</span>}
      </div>
      {stale && (
        <p className="mc-stale-text" data-testid="cmc-stale">
          {t('cmcStaleText')}
        </p>
      )}
      <div className="cmc-body">
        <WhiskerFigure
          rows={rows}
          unit={unit}
          title={`${t('cmcChartTitle')} — ${label}`}
          file={`${file}-${t('cmcChartFile')}`}
        />
        <PercentileTable
          rows={rows}
          unit={unit}
          title={`${t('cmcTableTitle')} — ${label}`}
          file={`${file}-${t('cmcTableFile')}`}
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
    </section>
  )
}
