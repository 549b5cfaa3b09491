import { useMemo, useRef } from 'react'
import type { PointerEvent } from 'react'
import { curvePath, sameCurve, strokePoints } from '@shared/model/scenario/curve-preview'
import type { CurvePoint, YearSpan } from '@shared/model/scenario/curve-preview'
import type { Curve } from '@shared/model/scenario/scenario-schema'
import type { Projection } from '@shared/model/engine/simulate'
import { ChartFigure } from '../charts/chart-figure'
import type { ChartSeries, ChartSpec } from '../charts/chart-spec'
import { COLOURS } from '../charts/palette'
import { pointerToData } from '../charts/plot-coordinates'
import type { Translate } from '../i18n/translate'
import { useTranslate } from '../i18n/use-translate'

export interface PreviewInput {
  readonly curve: Curve
  readonly baselineCurve: Curve
  readonly span: YearSpan
  readonly observed: readonly CurvePoint[]
  /** The baseline curve's fitted path through the observed years, up to the base year at least. */
  readonly fitted?: readonly CurvePoint[]
  /** The engine's projection of this sector (with the levers' cost effect), when computed. */
  readonly projected: {
    readonly years: readonly number[]
    readonly values: readonly number[]
  } | null
}

/**
 * The preview: the curve being edited and the baseline's (dashed) over the simulated years, the
 * engine's projection (dotted), observed points, and the drawn points. The years reach back to
 * the earliest observation so the curve is seen against history; curves start at the base year,
 * and the baseline curve's fit (dashed) runs through the observed years up to it.
 */
export function previewSpec(input: PreviewInput, t: Translate): ChartSpec {
  const { span } = input
  const first = Math.min(span.first, ...input.observed.map((p) => p.year))
  const years = Array.from({ length: span.last - first + 1 }, (_, i) => first + i)
  const onYears = (path: readonly number[]) =>
    years.map((year) => (year < span.first ? Number.NaN : (path[year - span.first] ?? Number.NaN)))
  const series: ChartSeries[] = []
  const past = (input.fitted ?? []).filter((p) => p.year <= span.first)
  if (past.length > 1) {
    series.push({
      kind: 'line',
      name: t('adoptionSeriesFit'),
      values: years.map((year) => past.find((p) => p.year === year)?.value ?? Number.NaN),
      colour: COLOURS.baseline,
      dash: 'dash',
    })
  }
  if (!sameCurve(input.curve, input.baselineCurve)) {
    series.push({
      kind: 'line',
      name: t('adoptionSeriesDefault'),
      values: onYears(curvePath(input.baselineCurve, span)),
      colour: COLOURS.baseline,
      dash: 'dash',
    })
  }
  const projected = input.projected
  if (projected) {
    series.push({
      kind: 'line',
      name: t('adoptionSeriesProjected'),
      values: years.map((year) => projected.values[projected.years.indexOf(year)] ?? Number.NaN),
      colour: COLOURS.modified,
      dash: 'dot',
    })
  }
  // Drawn last of the lines so it stays on top where the projection coincides with it.
  series.push({
    kind: 'line',
    name: t('adoptionSeriesCurve'),
    values: onYears(curvePath(input.curve, span)),
    colour: COLOURS.scenario,
  })
  if (input.observed.length > 0) {
    series.push({
      kind: 'points',
      name: t('adoptionSeriesObserved'),
      years: input.observed.map((p) => p.year),
      values: input.observed.map((p) => p.value),
      colour: COLOURS.lost,
    })
  }
  if (input.curve.type === 'drawn') {
    series.push({
      kind: 'points',
      name: t('adoptionSeriesPoints'),
      years: input.curve.points.map((p) => p.year),
      values: input.curve.points.map((p) => p.value),
      colour: COLOURS.scenario,
    })
  }
  return { years, unit: 'share', yRange: [0, 1], series }
}

/** The sector's adoption as the engine projects it, or null before the first projection. */
export function projectedAdoption(
  projection: Projection | null,
  sector: string,
): PreviewInput['projected'] {
  const values = projection?.series.find((s) => s.id === `adoption.${sector}`)?.values
  return projection && values ? { years: projection.years, values } : null
}

/**
 * The preview chart. On a drawn curve, pressing and moving over the plot sets the point of the
 * year under the pointer to the value under it (years skipped by a quick move are filled on the
 * line); the whole stroke is one undo step, as a slider gesture is.
 */
export function AdoptionChart({
  id,
  title,
  input,
  filePrefix,
  onDraw,
}: {
  id: string
  title: string
  input: PreviewInput
  filePrefix: string
  /** Set when the curve is drawn: new points, and the stroke they belong to (one undo step). */
  onDraw: ((points: CurvePoint[], stroke: string) => void) | null
}) {
  const t = useTranslate()
  const wrapper = useRef<HTMLDivElement>(null)
  // The stroke under way: its last point and the points drawn so far (ahead of the next render).
  const stroke = useRef<{ id: string; last: CurvePoint; points: CurvePoint[] } | null>(null)
  const strokes = useRef(0)
  // Rebuilt when the inputs or the language change, not on every render of the panel.
  const spec = useMemo(() => previewSpec(input, t), [input, t])
  const { span, curve } = input

  const pointAt = (
    event: PointerEvent<HTMLDivElement>,
  ): (CurvePoint & { inside: boolean }) | null => {
    const plot = wrapper.current?.querySelector<HTMLElement>('.plot')
    const data = plot ? pointerToData(plot, event.clientX, event.clientY) : null
    if (!data) return null
    const year = Math.min(span.last, Math.max(span.first, Math.round(data.x)))
    // The y axis is drawn in percent.
    const value = Math.min(1, Math.max(0, data.y / 100))
    return { year, value, inside: data.inside }
  }
  const draw = (to: CurvePoint) => {
    if (!onDraw || !stroke.current) return
    const points = strokePoints(stroke.current.points, stroke.current.last, to)
    stroke.current = { ...stroke.current, last: to, points }
    onDraw(points, stroke.current.id)
  }
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (!onDraw || curve.type !== 'drawn' || event.button !== 0) return
    const point = pointAt(event)
    if (!point?.inside) return
    event.preventDefault()
    event.currentTarget.setPointerCapture(event.pointerId)
    // Each stroke is one named gesture: one undo step, however long the pointer is held.
    strokes.current++
    stroke.current = { id: `stroke-${strokes.current}`, last: point, points: [...curve.points] }
    draw(point)
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!stroke.current) return
    const point = pointAt(event)
    if (
      point &&
      (point.year !== stroke.current.last.year || point.value !== stroke.current.last.value)
    )
      draw(point)
  }
  const end = () => {
    stroke.current = null
  }
  return (
    <div
      ref={wrapper}
      className={onDraw ? 'adoption-chart drawable' : 'adoption-chart'}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
      onLostPointerCapture={end}
    >
      <ChartFigure
        id={id}
        title={title}
        spec={spec}
        filePrefix={filePrefix}
        caption={onDraw ? t('adoptionDrawHint') : t('adoptionDrawSwitchHint')}
      />
    </div>
  )
}
