import type { CompiledModel } from '../engine/compile'
import { triangularQuantile } from './distributions'
import { normalCdf, normalQuantile } from './normal'
import { PERCENTILES, percentilesOf } from './percentiles'
import { Prng, mix32 } from './prng'
import { project } from '../engine/project'
import { INDICATORS, INDICATOR_COUNT, SERIES, SERIES_COUNT } from '../engine/series'
import type { Unit } from '../engine/units'
import { createWorkspace } from '../engine/workspace'
import type { Workspace } from '../engine/workspace'

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

/** 2⁻³², to turn a 32-bit word into a uniform. */
const TWO_TO_MINUS_32 = 1 / 4294967296

/** Per uncertain assumption, Φ of its lower and upper bounds (normals only), for inverse sampling. */
export function normalBounds(model: CompiledModel): Float64Array {
  const bounds = new Float64Array(model.uncertain.length * 2)
  for (let j = 0; j < model.uncertain.length; j++) {
    if (model.distCode[j] !== 2) continue
    const mean = model.distParams[j * 4] as number
    const sd = model.distParams[j * 4 + 1] as number
    bounds[j * 2] = normalCdf(((model.distParams[j * 4 + 2] as number) - mean) / sd)
    bounds[j * 2 + 1] = normalCdf(((model.distParams[j * 4 + 3] as number) - mean) / sd)
  }
  return bounds
}

/** The value of uncertain assumption `j` at quantile `u` of its distribution (inverse transform). */
function quantile(model: CompiledModel, j: number, u: number, bounds: Float64Array): number {
  const a = model.distParams[j * 4] as number
  const b = model.distParams[j * 4 + 1] as number
  const c = model.distParams[j * 4 + 2] as number
  switch (model.distCode[j]) {
    case 0:
      return a + (b - a) * u
    case 1:
      return triangularQuantile(u, a, b, c)
    default: {
      // Truncated normal: u mapped into [Φ(lower), Φ(upper)], then through Φ⁻¹.
      const low = bounds[j * 2] as number
      const high = bounds[j * 2 + 1] as number
      const x = a + b * normalQuantile(low + u * (high - low))
      const d = model.distParams[j * 4 + 3] as number
      return Math.min(d, Math.max(c, x))
    }
  }
}

/**
 * Fill `params` with draw `draw` of a run seeded `seed`. Each draw has its own generator, seeded
 * from (seed, draw), that gives one number to every assumption of the baseline in id order —
 * used or not — and each uncertain assumption takes its value at that quantile. So draw d of an
 * assumption depends only on the seed, d and the assumption, never on which other assumptions
 * are uncertain: two scenarios run with the same seed share their random numbers draw by draw
 * (common random numbers), and a difference between them is not sampling noise.
 */
export function drawAssumptions(
  model: CompiledModel,
  seed: number,
  draw: number,
  rng: Prng,
  bounds: Float64Array,
  params: Float64Array,
): void {
  params.set(model.central)
  rng.reseed(mix32(seed) + draw)
  let slot = 0
  for (let j = 0; j < model.uncertain.length; j++) {
    const target = model.uncertain[j] as number
    for (; slot < target; slot++) rng.nextUint32()
    slot++
    // Never exactly 0 or 1, where a normal's quantile is infinite.
    const u = (rng.nextUint32() + 0.5) * TWO_TO_MINUS_32
    params[target] = quantile(model, j, u, bounds)
  }
}

/**
 * A Monte Carlo run that can advance in slices, so a worker can report progress and stop when
 * cancelled. Draw i always uses the same random numbers for the same seed: results are
 * reproducible whatever the slicing, and shared with any other scenario run with that seed.
 */
/**
 * The column buffer of the last finished run, kept for the next one. A 10,000-draw run stores
 * tens of MB of draws, and first touching that much fresh memory can cost more than the draws
 * themselves; a run hands its buffer back with `release()` once its results are read.
 */
let spare: Float32Array | null = null

function takeBuffer(length: number): Float32Array {
  const buffer = spare
  if (buffer && buffer.length >= length) {
    spare = null
    return buffer
  }
  return new Float32Array(length)
}

/**
 * Told of every draw once the scenario is projected on it: its assumption values and the
 * projection. Lever effects (lever-effects.ts) project other variants on the same values there.
 */
export interface DrawObserver {
  record(draw: number, params: Float64Array, ws: Workspace): void
}

export class MonteCarloRun {
  readonly draws: number
  private done = 0
  private readonly rng = new Prng(0)
  private readonly bounds: Float64Array
  private readonly params: Float64Array
  private readonly ws: Workspace
  private readonly outYears: number
  private readonly buffer: Float32Array
  private columns: Float32Array | null
  private readonly block: Float32Array
  private readonly columnCount: number

  constructor(
    private readonly model: CompiledModel,
    draws: number,
    readonly seed: number,
    private readonly observer: DrawObserver | null = null,
  ) {
    if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS) {
      throw new RangeError(`draws must be a whole number between 1 and ${MAX_DRAWS}`)
    }
    this.draws = draws
    this.bounds = normalBounds(model)
    this.params = new Float64Array(model.central.length)
    this.ws = createWorkspace(model)
    this.outYears = model.years - model.firstOutput
    this.columnCount = SERIES_COUNT * this.outYears + INDICATOR_COUNT
    this.buffer = takeBuffer(this.columnCount * draws)
    this.columns = this.buffer.subarray(0, this.columnCount * draws)
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
      drawAssumptions(model, this.seed, d, this.rng, this.bounds, params)
      project(model, params, ws)
      this.observer?.record(d, params, ws)
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

  /** Hands the column buffer to the next run; nothing can be read from this one afterwards. */
  release(): void {
    if (!this.columns) return
    this.columns = null
    if (!spare || spare.length < this.buffer.length) spare = this.buffer
  }

  private stored(): Float32Array {
    if (!this.columns) throw new Error('This Monte Carlo run was released')
    if (this.done !== this.draws) throw new Error('The Monte Carlo run is not finished')
    return this.columns
  }

  private flush(firstDraw: number, count: number): void {
    const columns = this.columns
    if (!columns) throw new Error('This Monte Carlo run was released')
    for (let c = 0; c < this.columnCount; c++) {
      columns.set(this.block.subarray(c * BLOCK, c * BLOCK + count), c * this.draws + firstDraw)
    }
  }

  /**
   * Every indicator's value draw by draw (INDICATORS order), copied out; call once every draw is
   * done. With the same seed, draw d of two scenarios saw the same assumptions: comparing them
   * draw by draw tells how often one is below the other.
   */
  indicatorDraws(): Float32Array[] {
    const columns = this.stored()
    const first = SERIES_COUNT * this.outYears
    return INDICATORS.map((_, k) =>
      columns.slice((first + k) * this.draws, (first + k + 1) * this.draws),
    )
  }

  /** Percentile bands of every series and indicator; call once every draw is done. */
  result(): MonteCarloResult {
    const columns = this.stored()
    const { draws, outYears, model, columnCount } = this
    const bands = new Float64Array(columnCount * PERCENTILES.length)
    for (let c = 0; c < columnCount; c++) {
      percentilesOf(columns.subarray(c * draws, (c + 1) * draws), bands, c * PERCENTILES.length)
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
  const result = run.result()
  run.release()
  return result
}
