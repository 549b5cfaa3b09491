import { useMemo, useState } from 'react'
import type { Unit } from '@shared/model/engine/units'
import { UNITS } from '@shared/model/engine/units'
import { safeFileName } from '../format/download'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import type { ChartSpec } from './chart-spec'
import { sameSpec, toPlotly, toRows } from './chart-spec'
import { PlotFigure } from './plot-figure'

export interface ChartFigureProps {
  /** Stable id: the test id of the plot and the base of exported file names. */
  readonly id: string
  readonly title: string
  readonly spec: ChartSpec
  /** Prefixed to exported file names (the scenario's name). */
  readonly filePrefix: string
  readonly caption?: string
}

/** A titled chart with its exports: PNG and SVG of the drawing, CSV and XLSX of its numbers. */
export function ChartFigure({ id, title, spec, filePrefix, caption }: ChartFigureProps) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  // A new projection often leaves a chart's numbers as they were (a DST move does not change the
  // jobs by sector): keep the old spec then, and the chart is not redrawn.
  const [stable, setStable] = useState(spec)
  if (stable !== spec && !sameSpec(stable, spec)) setStable(spec)
  const { data, layout } = useMemo(() => toPlotly(stable, language), [stable, language])
  const fileName = `${safeFileName(filePrefix)}-${id}`
  const rows = () =>
    toRows(
      stable,
      t('yearCol'),
      { lower: t('lowerBound'), upper: t('upperBound') },
      UNITS[stable.unit][language],
    )
  return (
    <PlotFigure
      headingId={`chart-${id}-title`}
      title={title}
      testId={`chart-${id}`}
      data={data}
      layout={layout}
      fileName={fileName}
      rows={rows}
      columnUnits={['year', ...Array<Unit>(stable.series.length * 2).fill(stable.unit)]}
      caption={caption}
    />
  )
}
