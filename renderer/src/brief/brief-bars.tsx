import { BriefFigure, FIGURE_WIDTH } from './brief-figure'
import type { Language } from '@shared/app-identity'
import type { Unit } from '@shared/model/engine/units'
import { formatValue } from '../format/format-value'

/** Horizontal bars, each labelled with its name and its value: nothing rests on colour. */
export function BriefBars({
  title,
  unit,
  bars,
  language,
}: {
  title: string
  unit: Unit
  bars: ReadonlyArray<{ readonly name: string; readonly value: number }>
  language: Language
}) {
  const W = FIGURE_WIDTH
  const row = 22
  const left = 210
  const right = 110
  const H = bars.length * row + 8
  const max = Math.max(1e-9, ...bars.map((b) => Math.abs(b.value)))
  return (
    <BriefFigure title={title} unit={unit} language={language} height={H}>
      {bars.map((bar, i) => {
        const width = (Math.abs(bar.value) / max) * (W - left - right)
        const top = 4 + i * row
        return (
          <g key={bar.name}>
            <text x={left - 8} y={top + 14} textAnchor="end">
              {bar.name}
            </text>
            <rect x={left} y={top + 3} width={width} height={row - 8} className="bar" />
            <text x={left + width + 6} y={top + 14}>
              {formatValue(bar.value, unit, language)}
            </text>
          </g>
        )
      })}
    </BriefFigure>
  )
}
