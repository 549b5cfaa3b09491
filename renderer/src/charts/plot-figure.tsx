import { useRef } from 'react'
import type { ReactNode } from 'react'
import type { PlotObject } from 'plotly.js-basic-dist-min'
import type { Unit } from '@shared/model/units'
import { FigureExports } from './figure-exports'
import type { FigureRows } from './figure-exports'
import { Plot } from './plot'

export interface PlotFigureProps {
  readonly headingId: string
  readonly title: string
  /** Classes beside `chart` (for a figure's own layout). */
  readonly className?: string
  readonly testId: string
  readonly data: PlotObject[]
  readonly layout: PlotObject
  /** The exports' file name without extension, already safe. */
  readonly fileName: string
  readonly rows: () => FigureRows
  readonly columnUnits?: ReadonlyArray<Unit | undefined>
  readonly imageHeight?: number
  /** The drawing's height when it depends on what is drawn (the tornado's rows). */
  readonly plotHeight?: string
  readonly caption?: ReactNode
  /** Shown instead of the drawing, and with no exports, when there is nothing to draw. */
  readonly empty?: ReactNode
}

/**
 * A drawn chart as every figure of the app shows it: its title, its exports (PNG, SVG, CSV,
 * XLSX) and the Plotly drawing, with an optional caption. The figure keeps the drawn element the
 * image exports need.
 */
export function PlotFigure(props: PlotFigureProps) {
  const { headingId, title, empty } = props
  const element = useRef<HTMLElement | null>(null)
  const plot = (
    <Plot
      data={props.data}
      layout={props.layout}
      label={title}
      testId={props.testId}
      onDrawn={(drawn) => {
        element.current = drawn
      }}
    />
  )
  return (
    <figure
      className={props.className ? `chart ${props.className}` : 'chart'}
      aria-labelledby={headingId}
    >
      <div className="chart-head">
        <h3 id={headingId}>{title}</h3>
        {!empty && (
          <FigureExports
            title={title}
            fileName={props.fileName}
            element={() => element.current}
            rows={props.rows}
            {...(props.columnUnits ? { columnUnits: props.columnUnits } : {})}
            {...(props.imageHeight ? { imageHeight: props.imageHeight } : {})}
          />
        )}
      </div>
      {empty ??
        (props.plotHeight ? (
          <div className="plot-box" style={{ height: props.plotHeight }}>
            {plot}
          </div>
        ) : (
          plot
        ))}
      {props.caption && <figcaption>{props.caption}</figcaption>}
    </figure>
  )
}
