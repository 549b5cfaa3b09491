import { useRef, useState } from 'react'
import type { ReactNode } from 'react'
import type { PlotObject } from 'plotly.js-basic-dist-min'
import type { Unit } from '@shared/model/engine/units'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { ChartDataTable } from './chart-data-table'
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
 * image exports need. Under the drawing, a « Voir les données » button shows the same numbers as a
 * table: the drawing is an image to assistive technology, the table is its text alternative.
 */
export function PlotFigure(props: PlotFigureProps) {
  const { headingId, title, empty } = props
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const [showData, setShowData] = useState(false)
  const element = useRef<HTMLElement | null>(null)
  const descriptionId = `${headingId}-description`
  const tableId = `${headingId}-data`
  const plot = (
    <Plot
      data={props.data}
      layout={props.layout}
      label={title}
      describedBy={descriptionId}
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
      {!empty && (
        <>
          <p id={descriptionId} className="visually-hidden">
            {t('chartDescription')}
          </p>
          <button
            type="button"
            className="chart-data-toggle"
            aria-expanded={showData}
            aria-controls={tableId}
            // The chart's title in the name tells the many « Voir les données » apart in a list of
            // buttons; the visible words come first (WCAG 2.5.3).
            aria-label={`${t(showData ? 'chartHideData' : 'chartShowData')} — ${title}`}
            onClick={() => setShowData(!showData)}
          >
            {t(showData ? 'chartHideData' : 'chartShowData')}
          </button>
          {showData && (
            <ChartDataTable
              id={tableId}
              caption={`${t('chartDataCaption')} — ${title}`}
              rows={props.rows()}
              columnUnits={props.columnUnits ?? []}
              language={language}
            />
          )}
        </>
      )}
      {props.caption && <figcaption>{props.caption}</figcaption>}
    </figure>
  )
}
