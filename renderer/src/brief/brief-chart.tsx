import { BriefFigure, FIGURE_WIDTH } from './brief-figure'
import type { Language } from '@shared/app-identity'
import type { Unit } from '@shared/model/engine/units'
import { formatNumber } from '../format/format-value'
import { exactDigits } from '@shared/brief/brief-format'

/**
 * A print chart drawn as plain SVG, so Chromium prints it as vectors at any zoom. Lines differ by
 * dash pattern and weight, not colour alone, and the legend repeats each pattern beside its name,
 * so the chart reads on a black-and-white printer. Bands (fan charts) are grey fills of two depths.
 */
export interface BriefLine {
  readonly name: string
  readonly values: readonly number[]
}
export interface BriefBand {
  readonly name: string
  readonly lower: readonly number[]
  readonly upper: readonly number[]
  readonly depth: 'light' | 'dark'
}

/** Solid, dashed, dotted, dash-dot…: told apart on paper without colour. */
const DASHES = ['', '7 4', '2 3', '10 3 2 3', '14 5', '4 2 1 2 1 2', '1 5', '20 4 4 4', '3 6']
const INKS = [
  '#111',
  '#1f4e8c',
  '#8a3b12',
  '#2f6b2f',
  '#5b2c83',
  '#7a6400',
  '#444',
  '#0f6e6e',
  '#8c1f4e',
]
const BAND_FILL = { light: '#d9d9d9', dark: '#a6a6a6' } as const

const W = FIGURE_WIDTH
const H = 250
const M = { top: 12, right: 16, bottom: 28, left: 64 }

/** Round tick steps (1, 2, 2.5, 5 × 10^n) giving about five ticks over the range. */
export function ticks(min: number, max: number): number[] {
  if (min === max) return [min]
  const raw = (max - min) / 5
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw
  const out: number[] = []
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step)
    out.push(Math.abs(v) < step * 1e-9 ? 0 : v)
  return out
}

/**
 * The decimals a tick label needs: the fewest that write the step exactly, so ticks 2.5 apart
 * read 2,5 and 7,5, not 3 and 8, and ticks 5 apart read 0, 5, 10, not 0,0, 5,0, 10,0.
 */
export function tickDigits(step: number): number {
  return exactDigits(step)
}

export function BriefChart({
  title,
  unit,
  years,
  lines,
  bands = [],
  language,
}: {
  title: string
  unit: Unit
  years: readonly number[]
  lines: readonly BriefLine[]
  bands?: readonly BriefBand[]
  language: Language
}) {
  const all = [...lines.flatMap((l) => l.values), ...bands.flatMap((b) => [...b.lower, ...b.upper])]
  const finite = all.filter(Number.isFinite)
  const lo = Math.min(0, ...finite)
  const hi = Math.max(0, ...finite)
  const yTicks = ticks(lo, hi === lo ? lo + 1 : hi)
  const y0 = Math.min(lo, yTicks[0] ?? lo)
  const y1 = Math.max(hi, yTicks[yTicks.length - 1] ?? hi)
  const digits = tickDigits(Math.abs((yTicks[1] ?? 1) - (yTicks[0] ?? 0)) || 1)
  const first = years[0] ?? 0
  const last = years[years.length - 1] ?? first + 1
  const x = (year: number) =>
    M.left + ((year - first) / Math.max(1, last - first)) * (W - M.left - M.right)
  const y = (v: number) => H - M.bottom - ((v - y0) / (y1 - y0 || 1)) * (H - M.top - M.bottom)
  const path = (values: readonly number[]) =>
    values
      .map((v, i) => `${i === 0 ? 'M' : 'L'}${x(years[i] ?? first).toFixed(1)},${y(v).toFixed(1)}`)
      .join('')
  const area = (band: BriefBand) =>
    `${path(band.upper)}${[...band.lower]
      .map((v, i) => ({ v, year: years[i] ?? first }))
      .reverse()
      .map(({ v, year }) => `L${x(year).toFixed(1)},${y(v).toFixed(1)}`)
      .join('')}Z`
  const xTicks = years.filter((year) => year % 5 === 0 || year === first || year === last)
  const legend = (
    <ul className="brief-legend">
      {lines.map((line, i) => (
        <li key={line.name}>
          <svg viewBox="0 0 36 8" aria-hidden="true">
            <line
              x1="0"
              x2="36"
              y1="4"
              y2="4"
              stroke={INKS[i % INKS.length]}
              strokeWidth={i === 0 ? 2.4 : 1.8}
              strokeDasharray={DASHES[i % DASHES.length]}
            />
          </svg>
          {line.name}
        </li>
      ))}
      {bands.map((band) => (
        <li key={band.name}>
          <svg viewBox="0 0 36 8" aria-hidden="true">
            <rect width="36" height="8" fill={BAND_FILL[band.depth]} />
          </svg>
          {band.name}
        </li>
      ))}
    </ul>
  )
  return (
    <BriefFigure title={title} unit={unit} language={language} height={H} after={legend}>
      {bands.map((band) => (
        <path key={band.name} d={area(band)} fill={BAND_FILL[band.depth]} stroke="none" />
      ))}
      {yTicks.map((v) => (
        <g key={v}>
          <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} className="grid" />
          <text x={M.left - 6} y={y(v) + 4} textAnchor="end">
            {formatNumber(v, language, digits)}
          </text>
        </g>
      ))}
      <line x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} className="zero" />
      {xTicks.map((year) => (
        <text key={year} x={x(year)} y={H - 8} textAnchor="middle">
          {year}
        </text>
      ))}
      {lines.map((line, i) => (
        <path
          key={line.name}
          d={path(line.values)}
          fill="none"
          stroke={INKS[i % INKS.length]}
          strokeWidth={i === 0 ? 2.4 : 1.8}
          strokeDasharray={DASHES[i % DASHES.length]}
        />
      ))}
    </BriefFigure>
  )
}
