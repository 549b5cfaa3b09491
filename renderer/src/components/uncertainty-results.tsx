import { useEffect, useMemo, useState } from 'react'
import type { Language } from '@shared/app-identity'
import { GLOBAL_SERIES, INDICATORS } from '@shared/model/engine/series'
import type { IndicatorId } from '@shared/model/engine/series'
import { ChartFigure } from '../charts/chart-figure'
import { loadPlotly } from '../charts/load-plotly'
import type { ChartSpec } from '../charts/chart-spec'
import { COLOURS } from '../charts/palette'
import type { Translate } from '../i18n/translate'
import { useTranslate } from '../i18n/use-translate'
import { DEFAULT_INDICATOR, NO_TORNADO } from '../sim/uncertainty-job'
import type { Fan } from '../sim/uncertainty-job'
import { useLevier } from '../store'
import { selectScenarioMc, selectUncertaintyStale } from '../store/monte-carlo-slice'
import { LeverEffectsTable } from './effect-table'
import { McResultsFrame, PercentileTable } from './mc-percentile-table'
import { TornadoFigure } from './tornado-figure'

const seriesLabel = (id: string, language: Language) =>
  GLOBAL_SERIES.find((g) => g.id === id)?.[language] ?? id
const indicatorLabel = (id: string, language: Language) =>
  INDICATORS.find((i) => i.id === id)?.[language] ?? id

/** A fan: the 90 % band lighter, the 50 % band darker, the median, and the central projection. */
export function fanSpec(fan: Fan, years: readonly number[], t: Translate): ChartSpec {
  return {
    years,
    unit: fan.unit,
    series: [
      {
        kind: 'band',
        name: t('mcOuterBand'),
        lower: fan.p5,
        upper: fan.p95,
        colour: COLOURS.band,
        opacity: 0.15,
      },
      {
        kind: 'band',
        name: t('mcInnerBand'),
        lower: fan.p25,
        upper: fan.p75,
        colour: COLOURS.band,
        opacity: 0.35,
      },
      { kind: 'line', name: t('mcMedian'), values: fan.p50, colour: COLOURS.scenario },
      {
        kind: 'line',
        name: t('mcCentral'),
        values: fan.central,
        colour: COLOURS.baseline,
        dash: 'dash',
      },
    ],
  }
}

/**
 * How many of `count` charts to draw yet: none until Plotly is loaded, then one more per task, so
 * that drawing the results is a row of short tasks instead of one long one that would freeze
 * typing and scrolling meanwhile.
 */
function useOneByOne(count: number): number {
  const [ready, setReady] = useState(false)
  const [shown, setShown] = useState(0)
  useEffect(() => {
    let live = true
    void loadPlotly().then(() => live && setReady(true))
    return () => {
      live = false
    }
  }, [])
  useEffect(() => {
    if (!ready || shown >= count) return
    const timer = setTimeout(() => setShown(shown + 1), 0)
    return () => clearTimeout(timer)
  }, [ready, shown, count])
  return shown
}

/** The finished run: fans, the tornado of a chosen indicator, and every indicator's spread. */
export function UncertaintyResults({ scenarioName }: { scenarioName: string }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const run = useLevier(selectScenarioMc)
  const result = run?.result
  const baselineId = run?.document.baseline ?? null
  const stale = useLevier(selectUncertaintyStale)
  const [indicator, setIndicator] = useState<IndicatorId>(DEFAULT_INDICATOR)
  const shown = useOneByOne((result?.fans.length ?? 0) + 1)
  const fans = useMemo(
    () =>
      result?.fans.map((fan) => ({
        id: fan.id,
        title: seriesLabel(fan.id, language),
        spec: fanSpec(fan, result.years, t),
      })) ?? [],
    [result, language, t],
  )
  if (!result || !baselineId) return null
  const summary = result.tornadoes.find((x) => x.indicator === indicator)
  const spread = result.indicators.find((x) => x.id === indicator)
  return (
    <McResultsFrame
      prefix="mc"
      title={t('mcResults')}
      className="mc-results"
      stale={stale}
      staleText={t('mcStaleText')}
    >
      {result.uncertainCount === 0 && <p className="hint">{t('mcNothingUncertain')}</p>}
      <div className="mc-body">
        {result.leverEffects && (
          <LeverEffectsTable
            effects={result.leverEffects}
            years={result.years}
            scenarioName={scenarioName}
          />
        )}
        <div className="chart-grid mc-fans">
          {fans.map((fan, k) =>
            k < shown ? (
              <ChartFigure
                key={fan.id}
                id={`fan-${fan.id}`}
                title={fan.title}
                spec={fan.spec}
                filePrefix={scenarioName}
              />
            ) : (
              <div key={fan.id} className="chart mc-waiting" />
            ),
          )}
        </div>
        <p className="hint">{t('mcFanCaption')}</p>
        <div className="lever-field mc-indicator">
          <label htmlFor="mc-indicator">{t('indicatorLabel')}</label>
          <select
            id="mc-indicator"
            value={indicator}
            onChange={(e) => setIndicator(e.target.value as IndicatorId)}
          >
            {INDICATORS.filter((i) => !NO_TORNADO.includes(i.id)).map((i) => (
              <option key={i.id} value={i.id}>
                {i[language]}
              </option>
            ))}
          </select>
        </div>
        {spread && summary && shown > fans.length && (
          <TornadoFigure
            summary={summary}
            unit={spread.unit}
            title={`${t('tornadoTitle')} — ${indicatorLabel(indicator, language)}`}
            baselineId={baselineId}
            filePrefix={scenarioName}
          />
        )}
        <PercentileTable
          prefix="mc"
          headingId="mc-indicators-title"
          title={t('mcIndicatorsTitle')}
          className="mc-indicators"
          tableClassName="data-table mc-table"
          rowHeader={t('indicatorLabel')}
          rows={result.indicators.map((spread) => ({
            key: spread.id,
            label: indicatorLabel(spread.id, language),
            spread,
            selected: spread.id === indicator,
          }))}
          // On screen the quartiles are left out, for the table to fit beside the inputs.
          shown={['p5', 'p50', 'p95', 'central']}
          fileName={`${scenarioName}-${t('mcFile')}`}
          sheetName={t('mcIndicatorsTitle')}
        >
          <p className="hint">{t('mcQuartilesInCsv')}</p>
        </PercentileTable>
      </div>
    </McResultsFrame>
  )
}
