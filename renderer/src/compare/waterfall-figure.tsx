import { useMemo, useRef } from 'react'
import type { Unit } from '@shared/model/units'
import { FigureExports } from '../charts/figure-exports'
import type { FigureRows } from '../charts/figure-exports'
import { Plot } from '../charts/plot'
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
  const element = useRef<HTMLElement | null>(null)
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
  const headingId = `chart-${id}-title`
  return (
    <figure className="chart waterfall" aria-labelledby={headingId}>
      <div className="chart-head">
        <h3 id={headingId}>{title}</h3>
        <FigureExports
          title={title}
          fileName={fileName}
          element={() => element.current}
          rows={rows}
        />
      </div>
      <Plot
        data={data}
        layout={layout}
        label={title}
        testId={`chart-${id}`}
        onDrawn={(drawn) => {
          element.current = drawn
        }}
      />
    </figure>
  )
}
