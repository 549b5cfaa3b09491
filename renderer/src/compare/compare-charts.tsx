import { presetLabel } from './reference'
import { useMemo } from 'react'
import type { Language } from '@shared/app-identity'
import { GLOBAL_SERIES } from '@shared/model/engine/series'
import type { GlobalSeriesId } from '@shared/model/engine/series'
import type { Projection } from '@shared/model/engine/simulate'
import { ChartFigure } from '../charts/chart-figure'
import type { ChartSeries, ChartSpec } from '../charts/chart-spec'
import { COLOURS, LEVER_INCREMENTS } from '../charts/palette'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'

/** One colour per compared scenario, in the comparison's order, the same in every chart and table. */
export const SCENARIO_COLOURS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#d55e00',
  '#cc79a7',
  '#56b4e9',
] as const

export function scenarioColour(index: number): string {
  return SCENARIO_COLOURS[index % SCENARIO_COLOURS.length] as string
}

/**
 * The series overlaid for every scenario of a comparison: the ROBSS balance first (drawn with its
 * current-law path), the levers' yield over current law, the cost of coproduction to the ROBSS,
 * Unédic apart, the general-government effect and the jobs.
 */
export const OVERLAY_SERIES: readonly GlobalSeriesId[] = [
  'robss_balance',
  'increment_total',
  'coproduction_effect',
  'unedic_balance',
  'apu_effect',
  'jobs_displaced_total',
]

/** Overlays that also draw the reference's current-law path (the series it is built on). */
const CURRENT_LAW_PATH: Partial<Record<GlobalSeriesId, GlobalSeriesId>> = {
  robss_balance: 'robss_balance_baseline',
  unedic_balance: 'unedic_balance_baseline',
}

export interface Compared {
  readonly name: string
  readonly projection: Projection
}

/** Every year any of the projections covers, in order (horizons may differ). */
export function unionYears(projections: readonly Projection[]): number[] {
  return [...new Set(projections.flatMap((p) => p.years))].sort((a, b) => a - b)
}

/** A series on the given years; NaN where the projection does not reach (drawn as a gap). */
export function seriesOn(years: readonly number[], projection: Projection, id: string): number[] {
  const values = projection.series.find((s) => s.id === id)?.values ?? []
  return years.map((year) => {
    const i = projection.years.indexOf(year)
    return i < 0 ? Number.NaN : (values[i] ?? Number.NaN)
  })
}

function seriesSpec(id: GlobalSeriesId) {
  return GLOBAL_SERIES.find((s) => s.id === id) as (typeof GLOBAL_SERIES)[number]
}

/** One overlay chart per series: the reference dashed in grey, then each scenario in its colour. */
export function overlaySpecs(
  reference: Compared,
  scenarios: readonly Compared[],
  language: Language,
): Array<{ id: GlobalSeriesId; title: string; spec: ChartSpec }> {
  const years = unionYears([reference.projection, ...scenarios.map((s) => s.projection)])
  return OVERLAY_SERIES.map((id) => {
    const series = seriesSpec(id)
    const path = CURRENT_LAW_PATH[id]
    const lines: ChartSeries[] = [
      ...(path
        ? [
            {
              kind: 'line',
              name: seriesSpec(path)[language],
              values: seriesOn(years, reference.projection, path),
              colour: COLOURS.baseline,
              dash: 'dot',
            } satisfies ChartSeries,
          ]
        : []),
      {
        kind: 'line',
        name: reference.name,
        values: seriesOn(years, reference.projection, id),
        colour: COLOURS.baseline,
        dash: 'dash',
      },
      ...scenarios.map((s, i): ChartSeries => ({
        kind: 'line',
        name: s.name,
        values: seriesOn(years, s.projection, id),
        colour: scenarioColour(i),
      })),
    ]
    return { id, title: series[language], spec: { years, unit: series.unit, series: lines } }
  })
}

/** Lever yields over current law stacked by lever, one small chart per scenario, on one shared scale. */
export function revenueMultiples(
  scenarios: readonly Compared[],
  language: Language,
): Array<{ title: string; spec: ChartSpec }> {
  const years = unionYears(scenarios.map((s) => s.projection))
  const stacks = scenarios.map((s) =>
    LEVER_INCREMENTS.map(({ id, colour }): ChartSeries & { kind: 'bar' } => ({
      kind: 'bar',
      name: seriesSpec(id)[language],
      values: seriesOn(years, s.projection, id),
      colour,
    })),
  )
  // The same y range everywhere, so the eye compares heights across the small charts.
  let top = 0
  let bottom = 0
  for (const stack of stacks) {
    years.forEach((_, i) => {
      let up = 0
      let down = 0
      for (const bar of stack) {
        const v = bar.values[i] ?? 0
        if (!Number.isFinite(v)) continue
        if (v >= 0) up += v
        else down += v
      }
      top = Math.max(top, up)
      bottom = Math.min(bottom, down)
    })
  }
  const range: [number, number] = [bottom * 1.05, top > 0 ? top * 1.05 : 1]
  return scenarios.map((s, i) => ({
    title: s.name,
    spec: { years, unit: 'bn_eur', stacked: true, yRange: range, series: stacks[i] ?? [] },
  }))
}

/** The overlays and the small multiples of the comparison being viewed. */
export function CompareCharts({ fileName }: { fileName: string }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const data = useLevier((s) => s.compareData)
  const charts = useMemo(() => {
    if (!data?.reference) return null
    const reference = {
      name:
        data.reference.kind === 'scenario'
          ? data.reference.name
          : presetLabel('current-law', language),
      projection: data.reference.projection,
    }
    return {
      overlays: overlaySpecs(reference, data.scenarios, language),
      multiples: revenueMultiples(data.scenarios, language),
    }
  }, [data, language])
  if (!charts) return null
  return (
    <>
      <section aria-labelledby="compare-overlays-title">
        <h2 id="compare-overlays-title">{t('compareOverlaysTitle')}</h2>
        <div className="chart-grid">
          {charts.overlays.map((chart) => (
            <ChartFigure
              key={chart.id}
              id={`compare-${chart.id.replace(/_/g, '-')}`}
              title={chart.title}
              spec={chart.spec}
              filePrefix={fileName}
            />
          ))}
        </div>
      </section>
      <section aria-labelledby="compare-multiples-title">
        <h2 id="compare-multiples-title">{t('compareMultiplesTitle')}</h2>
        <div className="chart-grid small-multiples">
          {charts.multiples.map((chart, i) => (
            <ChartFigure
              key={`${i}-${chart.title}`}
              id={`compare-revenue-${i + 1}`}
              title={chart.title}
              spec={chart.spec}
              filePrefix={fileName}
            />
          ))}
        </div>
      </section>
    </>
  )
}
