import type { CompiledModel } from '../engine/compile'
import { swingBounds } from './distributions'
import { project } from '../engine/project'
import { I } from '../engine/series'
import type { IndicatorId } from '../engine/series'
import { createWorkspace } from '../engine/workspace'

export interface TornadoBar {
  readonly assumption: string
  readonly low: number
  readonly high: number
  readonly indicatorAtLow: number
  readonly indicatorAtHigh: number
  /** |indicatorAtHigh − indicatorAtLow|, by which the bars are sorted. */
  readonly swing: number
}

export interface Tornado {
  readonly indicator: IndicatorId
  readonly central: number
  readonly bars: TornadoBar[]
}

/**
 * One-at-a-time sensitivity: each uncertain assumption moved to its low then its high value (see
 * swingBounds) with every other at its central value; bars sorted by swing, largest first.
 */
export function tornado(model: CompiledModel, indicator: IndicatorId): Tornado {
  return tornadoes(model, [indicator])[0] as Tornado
}

/**
 * The tornadoes of several indicators from one set of runs: each swing is projected once and every
 * indicator read from it (the interface shows a tornado per indicator: 52 of them from 393 runs,
 * not 52 × 393).
 */
export function tornadoes(model: CompiledModel, indicators: readonly IndicatorId[]): Tornado[] {
  const ws = createWorkspace(model)
  const params = Float64Array.from(model.central)
  project(model, params, ws)
  const central = Float64Array.from(ws.indicators)
  const count = model.uncertain.length
  const width = ws.indicators.length
  // Every indicator at each assumption's low and high value: row j of `atLow` and `atHigh`.
  const atLow = new Float64Array(count * width)
  const atHigh = new Float64Array(count * width)
  const bounds = model.uncertainDistributions.map(swingBounds)
  for (let j = 0; j < count; j++) {
    const index = model.uncertain[j] as number
    const [low, high] = bounds[j] as [number, number]
    params[index] = low
    project(model, params, ws)
    atLow.set(ws.indicators, j * width)
    params[index] = high
    project(model, params, ws)
    atHigh.set(ws.indicators, j * width)
    params[index] = model.central[index] as number
  }
  return indicators.map((indicator) => {
    const k = I[indicator]
    const bars: TornadoBar[] = bounds.map(([low, high], j) => {
      const indicatorAtLow = atLow[j * width + k] as number
      const indicatorAtHigh = atHigh[j * width + k] as number
      return {
        assumption: model.ids[model.uncertain[j] as number] as string,
        low,
        high,
        indicatorAtLow,
        indicatorAtHigh,
        swing: Math.abs(indicatorAtHigh - indicatorAtLow),
      }
    })
    bars.sort((a, b) => b.swing - a.swing || a.assumption.localeCompare(b.assumption))
    return { indicator, central: central[k] as number, bars }
  })
}
