import { useEffect, useMemo } from 'react'
import type { Language } from '@shared/app-identity'
import { getBaseline } from '@shared/model/baseline/baselines'
import { SECTOR_IDS } from '@shared/model/engine/ids'
import { GLOBAL_SERIES } from '@shared/model/engine/series'
import type { Projection } from '@shared/model/engine/simulate'
import { ChartFigure } from '../charts/chart-figure'
import type { ChartSeries, ChartSpec } from '../charts/chart-spec'
import { COLOURS, LEVER_INCREMENTS, sectorColour } from '../charts/palette'
import type { MessageKey, Translate } from '../i18n/translate'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { publishedYears, splitAt } from './headline-data'

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
  readonly caption?: string
}

/**
 * A fund's balance: the scenario's line, and its current-law path in two pieces, the published
 * years (PLFSS 2026, the Unédic forecast) dashed and the projection rule's dotted.
 */
function balanceFigure(
  projection: Projection,
  fund: 'robss' | 'unedic',
  table: { readonly years: readonly number[] },
  t: Translate,
  language: Language,
): Figure {
  const years = projection.years
  const path = valuesOf(projection, `${fund}_balance_baseline`)
  const published = publishedYears(table, years)
  const robss = fund === 'robss'
  const lawLines: ChartSeries[] = published
    ? (() => {
        const split = splitAt(years, path, published.last)
        return [
          {
            kind: 'line' as const,
            name: t(robss ? 'lineRobssPublished' : 'lineUnedicPublished'),
            values: split.published,
            colour: COLOURS.baseline,
            dash: 'dash' as const,
          },
          {
            kind: 'line' as const,
            name: t(robss ? 'lineRobssRule' : 'lineUnedicRule'),
            values: split.rule,
            colour: COLOURS.baseline,
            dash: 'dot' as const,
          },
        ]
      })()
    : [line(projection, `${fund}_balance_baseline`, COLOURS.baseline, language, 'dash')]
  return {
    id: `${fund}-balance`,
    title: robss ? 'chartRobssBalance' : 'chartUnedicBalance',
    spec: {
      years,
      unit: 'bn_eur',
      series: [...lawLines, line(projection, `${fund}_balance`, COLOURS.scenario, language)],
    },
    ...(published
      ? {
          caption: t(robss ? 'chartRobssCaption' : 'chartUnedicCaption')
            .replace('{start}', String(published.first))
            .replace('{end}', String(published.last)),
        }
      : {}),
  }
}

/** Consumer work in hours: gross, the time it saves them, and the net of the two. */
function consumerFigure(projection: Projection, t: Translate, language: Language): Figure {
  const gross = valuesOf(projection, 'consumer_work_hours')
  const saved = valuesOf(projection, 'consumer_time_saved')
  return {
    id: 'consumer-work',
    title: 'chartConsumer',
    spec: {
      years: projection.years,
      unit: 'million_hours',
      series: [
        line(projection, 'consumer_work_hours', COLOURS.lost, language, 'dot'),
        line(projection, 'consumer_time_saved', COLOURS.recovered, language, 'dot'),
        {
          kind: 'line',
          name: t('lineConsumerNet'),
          values: gross.map((g, i) => g - (saved[i] ?? Number.NaN)),
          colour: COLOURS.scenario,
        },
      ],
    },
  }
}

/**
 * The consumer's ledger over the years (issue #17): the net time consumers give against the base
 * year's adoption, and the channels' footprint by item with its total. Each item is drawn in a
 * colour of its own, the total in the scenario's.
 */
function consumerLedgerFigures(projection: Projection, language: Language): Figure[] {
  const years = projection.years
  return [
    {
      id: 'consumer-net-time',
      title: 'chartConsumerNet',
      spec: {
        years,
        unit: 'million_hours',
        series: [line(projection, 'consumer_time_net_change', COLOURS.scenario, language)],
      },
    },
    {
      id: 'footprint',
      title: 'chartFootprint',
      spec: {
        years,
        unit: 'kt_co2e',
        series: [
          line(projection, 'footprint_terminals', FOOTPRINT_COLOURS.terminals, language, 'dot'),
          line(projection, 'footprint_networks', FOOTPRINT_COLOURS.networks, language, 'dot'),
          line(projection, 'footprint_trips', FOOTPRINT_COLOURS.trips, language, 'dash'),
          line(projection, 'footprint_change', COLOURS.scenario, language),
        ],
      },
    },
  ]
}

/** The footprint's items: Okabe–Ito colours not given a meaning elsewhere in these charts. */
const FOOTPRINT_COLOURS = { terminals: '#e69f00', networks: '#56b4e9', trips: '#009e73' } as const

/** The dashboard's charts, built from one projection. */
export function resultFigures(projection: Projection, t: Translate, language: Language): Figure[] {
  const years = projection.years
  const baseline = getBaseline(projection.baseline)
  const sectors = baseline.sectors
  const bySector = (prefix: string, kind: 'line' | 'bar'): ChartSeries[] =>
    SECTOR_IDS.map((sector, i) => ({
      kind,
      name: sectors[sector]?.label[language] ?? sector,
      values: valuesOf(projection, `${prefix}.${sector}`),
      colour: sectorColour(i),
    }))
  return [
    balanceFigure(projection, 'robss', baseline.robss, t, language),
    {
      id: 'lever-increments',
      title: 'chartIncrements',
      spec: {
        years,
        unit: 'bn_eur',
        stacked: true,
        series: LEVER_INCREMENTS.map(({ id, colour }) => bar(projection, id, colour, language)),
      },
    },
    {
      id: 'lost-recovered',
      title: 'chartLostRecoveredRobss',
      spec: {
        years,
        unit: 'bn_eur',
        series: [
          line(projection, 'coproduction_effect', COLOURS.lost, language),
          line(projection, 'increment_robss', COLOURS.recovered, language),
        ],
      },
    },
    balanceFigure(projection, 'unedic', baseline.unedic, t, language),
    {
      id: 'people',
      title: 'chartPeople',
      spec: {
        years,
        unit: 'fte',
        series: [
          line(projection, 'jobs_displaced_total', COLOURS.scenario, language),
          line(projection, 'jobs_displaced_attrition', COLOURS.scenario, language, 'dot'),
          line(projection, 'unemployed_pool', COLOURS.lost, language),
          line(projection, 'labour_force_exits', COLOURS.baseline, language, 'dash'),
        ],
      },
    },
    {
      id: 'jobs-by-sector',
      title: 'chartJobsSector',
      spec: { years, unit: 'fte', stacked: true, series: bySector('jobs_displaced', 'bar') },
    },
    {
      id: 'adoption-by-sector',
      title: 'chartAdoption',
      spec: { years, unit: 'share', yRange: [0, 1], series: bySector('adoption', 'line') },
    },
    consumerFigure(projection, t, language),
    ...consumerLedgerFigures(projection, language),
  ]
}

/** The results dashboard's charts for the scenario being edited, redrawn as it changes. */
export function ResultsCharts({ scenarioName }: { scenarioName: string }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const projection = useLevier((s) => (s.draftId === s.selectedId ? s.liveProjection : null))
  const figures = useMemo(
    () => (projection ? resultFigures(projection, t, language) : []),
    [projection, t, language],
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
            caption={figure.caption}
          />
        ))}
      </div>
    </section>
  )
}
