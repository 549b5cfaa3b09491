import { useMemo } from 'react'
import type { Unit } from '@shared/model/engine/units'
import type { FigureRows } from '../charts/figure-exports'
import { PlotFigure } from '../charts/plot-figure'
import { safeFileName } from '../format/download'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { waterfallFigure, waterfallRows } from './waterfall'
import type { WaterfallStep } from './waterfall'

export interface WaterfallFigureProps {
  /** Stable id: the test id of the plot and the base of exported file names. */
  readonly id: string
  readonly title: string
  readonly steps: readonly WaterfallStep[]
  readonly unit: Unit
  readonly filePrefix: string
}

/**
 * The attribution waterfall with the same exports as every chart (PNG, SVG, CSV). It is not a
 * ChartSpec (whose x axis is years): its categories are the steps, so it draws with Plot itself.
 */
export function WaterfallFigure({ id, title, steps, unit, filePrefix }: WaterfallFigureProps) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const { data, layout } = useMemo(
    () => waterfallFigure(steps, unit, language),
    [steps, unit, language],
  )
  const fileName = `${safeFileName(filePrefix)}-${id}`
  const rows = (): FigureRows =>
    waterfallRows(steps, unit, {
      step: t('attribStepCol'),
      from: t('attribFromCol'),
      change: t('attribChangeCol'),
      to: t('attribToCol'),
    })
  return (
    <PlotFigure
      headingId={`chart-${id}-title`}
      title={title}
      className="waterfall"
      testId={`chart-${id}`}
      data={data}
      layout={layout}
      fileName={fileName}
      rows={rows}
      columnUnits={[undefined, unit, unit, unit]}
    />
  )
}
