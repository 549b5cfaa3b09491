import type { CompiledModel } from './compile'
import { triangularQuantile } from './distributions'
import { PERCENTILES, percentilesOf } from './percentiles'
import { Prng } from './prng'
import { project } from './project'
import { INDICATORS, INDICATOR_COUNT, SERIES, SERIES_COUNT } from './series'
import type { Unit } from './units'
import { createWorkspace } from './workspace'
import type { Workspace } from './workspace'

export const MAX_DRAWS = 100_000
/** Draws buffered together before being copied into the per-column storage. */
const BLOCK = 128

/** Percentile bands of one series (one array per percentile, one value per year). */
export interface SeriesBands {
  readonly id: string
  readonly unit: Unit
  readonly p5: number[]
  readonly p25: number[]
  readonly p50: number[]
  readonly p75: number[]
  readonly p95: number[]
}

export interface IndicatorBands {
  readonly id: string
  readonly unit: Unit
  readonly p5: number
  readonly p25: number
  readonly p50: number
  readonly p75: number
  readonly p95: number
}

export interface MonteCarloResult {
  readonly draws: number
  readonly seed: number
  readonly years: number[]
  readonly series: SeriesBands[]
  readonly indicators: IndicatorBands[]
}

/** Draw one value of uncertain assumption `j` of the model. */
function sample(model: CompiledModel, j: number, rng: Prng): number {
  const a = model.distParams[j * 4] as number
  const b = model.distParams[j * 4 + 1] as number
  const c = model.distParams[j * 4 + 2] as number
  const d = model.distParams[j * 4 + 3] as number
  switch (model.distCode[j]) {
    case 0:
      return a + (b - a) * rng.next()
    case 1:
      return triangularQuantile(rng.next(), a, b, c)
    default: {
      // Truncated normal by rejection; the bounds hold the mean, so this ends quickly.
      for (let tries = 0; tries < 64; tries++) {
        const x = a + b * rng.nextNormal()
        if (x >= c && x <= d) return x
      }
      return Math.min(d, Math.max(c, a))
    }
  }
}

/**
 * A Monte Carlo run that can advance in slices, so a worker can report progress and stop when
 * cancelled. Draw i always uses the same random numbers for the same seed: results are
 * reproducible whatever the slicing.
 */
export class MonteCarloRun {
  readonly draws: number
  private done = 0
  private readonly rng: Prng
  private readonly params: Float64Array
  private readonly ws: Workspace
  private readonly outYears: number
  private readonly columns: Float32Array
  private readonly block: Float32Array
  private readonly columnCount: number

  constructor(
    private readonly model: CompiledModel,
    draws: number,
    readonly seed: number,
  ) {
    if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS) {
      throw new RangeError(`draws must be a whole number between 1 and ${MAX_DRAWS}`)
    }
    this.draws = draws
    this.rng = new Prng(seed)
    this.params = new Float64Array(model.central.length)
    this.ws = createWorkspace(model)
    this.outYears = model.years - model.firstOutput
    this.columnCount = SERIES_COUNT * this.outYears + INDICATOR_COUNT
    this.columns = new Float32Array(this.columnCount * draws)
    this.block = new Float32Array(this.columnCount * BLOCK)
  }

  get completed(): number {
    return this.done
  }

  /** Run up to `count` more draws; true once every draw is done. */
  step(count: number): boolean {
    const { model, params, ws, block } = this
    const n = model.years
    const first = model.firstOutput
    const outYears = this.outYears
    const end = Math.min(this.draws, this.done + count)
    let blockStart = this.done
    for (let d = this.done; d < end; d++) {
      params.set(model.central)
      for (let j = 0; j < model.uncertain.length; j++)
        params[model.uncertain[j] as number] = sample(model, j, this.rng)
      project(model, params, ws)
      // Results go to a small block first (draw-minor, cache-friendly), then to the columns.
      const slot = d - blockStart
      let column = 0
      for (let row = 0; row < SERIES_COUNT; row++) {
        const base = row * n + first
        for (let y = 0; y < outYears; y++)
          block[column++ * BLOCK + slot] = ws.series[base + y] as number
      }
      for (let k = 0; k < INDICATOR_COUNT; k++)
        block[column++ * BLOCK + slot] = ws.indicators[k] as number
      if (slot === BLOCK - 1 || d === end - 1) {
        this.flush(blockStart, slot + 1)
        blockStart = d + 1
      }
    }
    this.done = end
    return this.done === this.draws
  }

  private flush(firstDraw: number, count: number): void {
    for (let c = 0; c < this.columnCount; c++) {
      this.columns.set(
        this.block.subarray(c * BLOCK, c * BLOCK + count),
        c * this.draws + firstDraw,
      )
    }
  }

  /** Percentile bands of every series and indicator; call once every draw is done. */
  result(): MonteCarloResult {
    if (this.done !== this.draws) throw new Error('The Monte Carlo run is not finished')
    const { draws, outYears, model, columnCount } = this
    const bands = new Float64Array(columnCount * PERCENTILES.length)
    for (let c = 0; c < columnCount; c++) {
      percentilesOf(
        this.columns.subarray(c * draws, (c + 1) * draws),
        bands,
        c * PERCENTILES.length,
      )
    }
    const pick = (column: number, q: number) => bands[column * PERCENTILES.length + q] as number
    const yearsOf = (row: number, q: number) =>
      Array.from({ length: outYears }, (_, y) => pick(row * outYears + y, q))
    const indicatorColumn = (k: number) => SERIES_COUNT * outYears + k
    return {
      draws,
      seed: this.seed,
      years: Array.from({ length: outYears }, (_, y) => model.baseYear + model.firstOutput + y),
      series: SERIES.map((spec, row) => ({
        id: spec.id,
        unit: spec.unit,
        p5: yearsOf(row, 0),
        p25: yearsOf(row, 1),
        p50: yearsOf(row, 2),
        p75: yearsOf(row, 3),
        p95: yearsOf(row, 4),
      })),
      indicators: INDICATORS.map((spec, k) => ({
        id: spec.id,
        unit: spec.unit,
        p5: pick(indicatorColumn(k), 0),
        p25: pick(indicatorColumn(k), 1),
        p50: pick(indicatorColumn(k), 2),
        p75: pick(indicatorColumn(k), 3),
        p95: pick(indicatorColumn(k), 4),
      })),
    }
  }
}

/** A whole Monte Carlo run at once. */
export function runMonteCarlo(model: CompiledModel, draws: number, seed: number): MonteCarloResult {
  const run = new MonteCarloRun(model, draws, seed)
  run.step(draws)
  return run.result()
}
