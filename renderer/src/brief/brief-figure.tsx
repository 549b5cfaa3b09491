import type { ReactNode } from 'react'
import type { Language } from '@shared/app-identity'
import { UNITS } from '@shared/model/engine/units'
import type { Unit } from '@shared/model/engine/units'

/** The brief's figure width in SVG units: every chart of the brief is drawn at this width. */
export const FIGURE_WIDTH = 640

/**
 * A brief's figure: its caption (with the unit, when there is one), the SVG drawing named the same
 * way for screen readers, and what follows it (a legend).
 */
export function BriefFigure({
  title,
  unit,
  language,
  height,
  children,
  after,
}: {
  title: string
  unit?: Unit
  language: Language
  height: number
  children: ReactNode
  after?: ReactNode
}) {
  const unitLabel = unit ? UNITS[unit][language] : undefined
  const name = unitLabel ? `${title} (${unitLabel})` : title
  return (
    <figure className="brief-figure">
      <figcaption>
        {title}
        {unitLabel && (
          <>
            {' '}
            <span className="brief-unit">({unitLabel})</span>
          </>
        )}
      </figcaption>
      <svg viewBox={`0 0 ${FIGURE_WIDTH} ${height}`} role="img" aria-label={name}>
        {children}
      </svg>
      {after}
    </figure>
  )
}
