import { useEffect, useMemo } from 'react'
import type { Language } from '@shared/app-identity'
import { getBaseline } from '@shared/model/baselines'
import { SECTOR_IDS } from '@shared/model/ids'
import { GLOBAL_SERIES } from '@shared/model/series'
import type { Projection } from '@shared/model/simulate'
import { ChartFigure } from '../charts/chart-figure'
import type { ChartSeries, ChartSpec } from '../charts/chart-spec'
import { COLOURS, sectorColour } from '../charts/palette'
import { useTranslate } from '../i18n/use-translate'
import type { MessageKey } from '../i18n/messages-fr'
import { useLevier } from '../store'

type GlobalId = (typeof GLOBAL_SERIES)[number]['id']

function valuesOf(projection: Projection, id: string): number[] {
  return projection.series.find((s) => s.id === id)?.values ?? []
}

function seriesName(id: GlobalId, language: Language): string {
  return GLOBAL_SERIES.find((g) => g.id === id)?.[language] ?? id
}

function line(
  projection: Projection,
  id: GlobalId,
  colour: string,
  language: Language,
  dash?: 'dash' | 'dot',
): ChartSeries {
  const name = seriesName(id, language)
  return { kind: 'line', name, values: valuesOf(projection, id), colour, ...(dash ? { dash } : {}) }
}

function bar(
  projection: Projection,
  id: GlobalId,
  colour: string,
  language: Language,
): ChartSeries {
  return { kind: 'bar', name: seriesName(id, language), values: valuesOf(projection, id), colour }
}

interface Figure {
  readonly id: string
  readonly title: MessageKey
  readonly spec: ChartSpec
}

/** The dashboard's charts, built from one projection. */
export function resultFigures(projection: Projection, language: Language): Figure[] {
  const years = projection.years
  const sectors = getBaseline(projection.baseline).sectors
  const bySector = (prefix: string, kind: 'line' | 'bar'): ChartSeries[] =>
    SECTOR_IDS.map((sector, i) => ({
      kind,
      name: sectors[sector]?.label[language] ?? sector,
      values: valuesOf(projection, `${prefix}.${sector}`),
      colour: sectorColour(i),
    }))
  return [
    {
      id: 'financing-gap',
      title: 'chartFinancingGap',
      spec: {
        years,
        unit: 'bn_eur',
        series: [
          line(projection, 'financing_gap_baseline', COLOURS.baseline, language, 'dash'),
          line(projection, 'financing_gap', COLOURS.scenario, language),
        ],
      },
    },
    {
      id: 'lever-revenue',
      title: 'chartLeverRevenue',
      spec: {
        years,
        unit: 'bn_eur',
        stacked: true,
        series: [
          bar(projection, 'revenue_dst', COLOURS.dst, language),
          bar(projection, 'revenue_data_levy', COLOURS.dataLevy, language),
          bar(projection, 'revenue_platform', COLOURS.platform, language),
        ],
      },
    },
    {
      id: 'lost-recovered',
      title: 'chartLostRecovered',
      spec: {
        years,
        unit: 'bn_eur',
        series: [
          line(projection, 'contributions_lost', COLOURS.lost, language, 'dot'),
          line(projection, 'coproduction_effect', COLOURS.lost, language),
          line(projection, 'lever_revenue_earmarked', COLOURS.recovered, language),
        ],
      },
    },
    {
      id: 'jobs-by-sector',
      title: 'chartJobsBySector',
      spec: { years, unit: 'fte', stacked: true, series: bySector('jobs_displaced', 'bar') },
    },
    {
      id: 'adoption-by-sector',
      title: 'chartAdoptionBySector',
      spec: { years, unit: 'share', yRange: [0, 1], series: bySector('adoption', 'line') },
    },
    {
      id: 'consumer-work',
      title: 'chartConsumerWork',
      spec: {
        years,
        unit: 'million_hours',
        series: [line(projection, 'consumer_work_hours', COLOURS.scenario, language)],
      },
    },
  ]
}

/** The results dashboard's charts for the scenario being edited, redrawn as it changes. */
export function ResultsCharts({ scenarioName }: { scenarioName: string }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const projection = useLevier((s) => (s.draftId === s.selectedId ? s.liveProjection : null))
  const figures = useMemo(
    () => (projection ? resultFigures(projection, language) : []),
    [projection, language],
  )
  useEffect(() => {
    // After the charts' own effects (a parent's run after its children's): every chart that will
    // redraw for this projection has been queued. Read by the interface benchmark.
    if (figures.length > 0) performance.mark('levier:charts-committed')
  }, [figures])
  if (!projection) return null
  return (
    <section aria-labelledby="charts-title" className="charts">
      <h2 id="charts-title" className="visually-hidden">
        {t('chartsTitle')}
      </h2>
      <div className="chart-grid">
        {figures.map((figure) => (
          <ChartFigure
            key={figure.id}
            id={figure.id}
            title={t(figure.title)}
            spec={figure.spec}
            filePrefix={scenarioName}
          />
        ))}
      </div>
    </section>
  )
}
