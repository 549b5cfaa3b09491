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
  const ws = createWorkspace(model)
  const params = Float64Array.from(model.central)
  const k = I[indicator]
  project(model, params, ws)
  const central = ws.indicators[k] as number
  const bars: TornadoBar[] = []
  model.uncertainDistributions.forEach((distribution, j) => {
    const index = model.uncertain[j] as number
    const [low, high] = swingBounds(distribution)
    params[index] = low
    project(model, params, ws)
    const indicatorAtLow = ws.indicators[k] as number
    params[index] = high
    project(model, params, ws)
    const indicatorAtHigh = ws.indicators[k] as number
    params[index] = model.central[index] as number
    bars.push({
      assumption: model.ids[index] as string,
      low,
      high,
      indicatorAtLow,
      indicatorAtHigh,
      swing: Math.abs(indicatorAtHigh - indicatorAtLow),
    })
  })
  bars.sort((a, b) => b.swing - a.swing || a.assumption.localeCompare(b.assumption))
  return { indicator, central, bars }
}
