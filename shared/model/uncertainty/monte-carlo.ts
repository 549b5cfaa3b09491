import type { CompiledModel } from '../engine/compile'
import { normalCdf, normalQuantile } from './normal'
import { SAMPLER_PARAMS, triangularAt, triangularTable } from './distributions'
import { DrawStore } from './draw-store'
import { PERCENTILES, percentilesInRange } from './percentiles'
import { Prng, mix32 } from './prng'
import { project } from '../engine/project'
import { INDICATORS, INDICATOR_COUNT, SERIES } from '../engine/series'
import type { SeriesSpec } from '../engine/series'
import type { Unit } from '../engine/units'
import { createWorkspace } from '../engine/workspace'
import { keepLabourMemo } from '../engine/labour-memo'
import type { Workspace } from '../engine/workspace'

export const MAX_DRAWS = 100_000

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
  /** Every series, or those a run was asked to keep (RunOptions.series), in that order. */
  readonly series: SeriesBands[]
  readonly indicators: IndicatorBands[]
}

/** Numbers kept per uncertain assumption by `samplerTable`. */
const SAMPLER_WIDTH = 6

/**
 * Per uncertain assumption, what drawing it needs and does not change from draw to draw, worked out
 * once per run: for a triangular distribution its bounds, mode's quantile and spans; for a
 * truncated normal its parameters and Φ of its bounds. The draws then do the same arithmetic as
 * the distribution's quantile function, in the same order, without recomputing these.
 */
export function samplerTable(model: CompiledModel): Float64Array {
  const table = new Float64Array(model.uncertain.length * SAMPLER_WIDTH)
  for (let j = 0; j < model.uncertain.length; j++) {
    const a = model.distParams[j * SAMPLER_PARAMS] as number
    const b = model.distParams[j * SAMPLER_PARAMS + 1] as number
    const c = model.distParams[j * SAMPLER_PARAMS + 2] as number
    const d = model.distParams[j * SAMPLER_PARAMS + 3] as number
    const row = j * SAMPLER_WIDTH
    switch (model.distCode[j]) {
      case 0:
        table.set([a, b - a], row)
        break
      case 1:
        table.set(triangularTable(a, b, c), row)
        break
      default:
        table.set([a, b, c, d, normalCdf((c - a) / b), normalCdf((d - a) / b)], row)
    }
  }
  return table
}

/** The value of uncertain assumption `j` at quantile `u` of its distribution (inverse transform). */
function quantile(code: number, table: Float64Array, row: number, u: number): number {
  if (code === 1) return triangularAt(table, row, u)
  if (code === 0) return (table[row] as number) + (table[row + 1] as number) * u
  // Truncated normal: u mapped into [Φ(lower), Φ(upper)], then through Φ⁻¹.
  const low = table[row + 4] as number
  const x =
    (table[row] as number) +
    (table[row + 1] as number) * normalQuantile(low + u * ((table[row + 5] as number) - low))
  return Math.min(table[row + 3] as number, Math.max(table[row + 2] as number, x))
}

let uniformBuffer = new Float64Array(0)

function uniformsFor(count: number): Float64Array {
  if (uniformBuffer.length !== count) uniformBuffer = new Float64Array(count)
  return uniformBuffer
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
  table: Float64Array,
  params: Float64Array,
): void {
  params.set(model.central)
  rng.reseed(mix32(seed) + draw)
  // One uniform per assumption of the baseline, never exactly 0 or 1 (a normal's quantile there
  // is infinite).
  const uniforms = uniformsFor(params.length)
  rng.fillOpenUniforms(uniforms)
  const uncertain = model.uncertain
  const codes = model.distCode
  for (let j = 0; j < uncertain.length; j++) {
    const target = uncertain[j] as number
    params[target] = quantile(
      codes[j] as number,
      table,
      j * SAMPLER_WIDTH,
      uniforms[target] as number,
    )
  }
}

/** Columns a run stores per draw: each kept series' output years, then every indicator. */
function columnCountOf(model: CompiledModel, rows: Int32Array): number {
  return rows.length * (model.years - model.firstOutput) + INDICATOR_COUNT
}

const EVERY_ROW = Int32Array.from(SERIES, (_, row) => row)

/** The rows (in the series buffer) of the series named, in that order; every series when absent. */
function rowsOf(series: readonly string[] | undefined): Int32Array {
  if (!series) return EVERY_ROW
  return Int32Array.from(series, (id) => {
    const row = SERIES.findIndex((spec) => spec.id === id)
    if (row < 0) throw new RangeError(`No series ${JSON.stringify(id)}`)
    return row
  })
}

/**
 * Told of every draw once the scenario is projected on it: its assumption values and the
 * projection. Lever effects (lever-effects.ts) project other variants on the same values there.
 */
export interface DrawObserver {
  /** `draw`: the draw's index within the run (within its part, for a part of a split run). */
  record(draw: number, params: Float64Array, ws: Workspace): void
}

export interface RunOptions {
  /** Told of every draw once projected (lever effects project other variants there). */
  readonly observer?: DrawObserver | null
  /** The run's first draw: a part of a larger run (split between workers) starts further on. */
  readonly firstDraw?: number
  /**
   * The series whose bands the run gives, by id, in this order; every series when absent. Only
   * their draws are kept: the interface draws five series as fans, and storing the others' draws
   * and working out their percentiles took a third of its run.
   */
  readonly series?: readonly string[]
}

/**
 * A Monte Carlo run that can advance in slices, so a worker can report progress and stop when
 * cancelled. Draw i always uses the same random numbers for the same seed: results are
 * reproducible whatever the slicing, and shared with any other scenario run with that seed.
 */
export class MonteCarloRun {
  readonly draws: number
  private done = 0
  private readonly rng = new Prng(0)
  private readonly sampler: Float64Array
  private readonly params: Float64Array
  private readonly ws: Workspace
  private readonly outYears: number
  /** Every draw's results: each kept series' output years, then every indicator. */
  private readonly store: DrawStore
  /** Values stored per draw, each a column of percentiles: the kept series' years, the indicators. */
  readonly columnCount: number
  private readonly observer: DrawObserver | null
  readonly firstDraw: number
  /** The kept series' rows in the series buffer. */
  private readonly rows: Int32Array

  constructor(
    private readonly model: CompiledModel,
    draws: number,
    readonly seed: number,
    options: RunOptions = {},
    store?: DrawStore,
  ) {
    const { observer = null, firstDraw = 0 } = options
    if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS) {
      throw new RangeError(`draws must be a whole number between 1 and ${MAX_DRAWS}`)
    }
    if (!Number.isInteger(firstDraw) || firstDraw < 0 || firstDraw + draws > MAX_DRAWS)
      throw new RangeError(`a run's draws must lie between 0 and ${MAX_DRAWS}`)
    this.draws = draws
    this.observer = observer
    this.firstDraw = firstDraw
    this.rows = rowsOf(options.series)
    this.sampler = samplerTable(model)
    this.params = new Float64Array(model.central.length)
    this.ws = createWorkspace(model)
    // An observer projects other variants of the scenario on each draw's values: they take over
    // the labour results the scenario's projection leaves in its memo.
    if (observer) keepLabourMemo(this.ws)
    this.outYears = model.years - model.firstOutput
    this.columnCount = columnCountOf(model, this.rows)
    this.store = store ?? new DrawStore(this.columnCount, draws)
    if (store) this.done = draws
  }

  /**
   * The finished run made of parts run apart (each a MonteCarloRun from its `firstDraw`, in
   * order): their stored draws, put end to end.
   */
  static joined(
    model: CompiledModel,
    seed: number,
    parts: ReadonlyArray<{ readonly draws: number; readonly stored: Float32Array }>,
    series?: readonly string[],
  ): MonteCarloRun {
    const columns = columnCountOf(model, rowsOf(series))
    const stores = parts.map((part) => new DrawStore(columns, part.draws, part.stored))
    const whole = DrawStore.joined(columns, stores)
    return new MonteCarloRun(model, whole.draws, seed, { series }, whole)
  }

  /** This part's stored draws, to be joined with the other parts' (see `joined`). */
  storedDraws(): Float32Array {
    return this.finished().values()
  }

  get completed(): number {
    return this.done
  }

  /** Run up to `count` more draws; true once every draw is done. */
  step(count: number): boolean {
    const { model, params, ws, store, rows } = this
    const n = model.years
    const first = model.firstOutput
    const outYears = this.outYears
    const seriesColumns = rows.length * outYears
    // Every series from the first year on: the whole buffer in one native copy.
    const whole = first === 0 && rows === EVERY_ROW
    const end = Math.min(this.draws, this.done + count)
    for (let d = this.done; d < end; d++) {
      drawAssumptions(model, this.seed, this.firstDraw + d, this.rng, this.sampler, params)
      project(model, params, ws)
      this.observer?.record(d, params, ws)
      if (whole) store.write(d, 0, ws.series, 0, seriesColumns)
      else {
        for (let k = 0; k < rows.length; k++)
          store.write(d, k * outYears, ws.series, (rows[k] as number) * n + first, outYears)
      }
      store.write(d, seriesColumns, ws.indicators, 0, INDICATOR_COUNT)
    }
    this.done = end
    return this.done === this.draws
  }

  /** Hands the draw buffer to the next run; nothing can be read from this one afterwards. */
  release(): void {
    this.store.release()
  }

  private finished(): DrawStore {
    if (this.done !== this.draws) throw new Error('The Monte Carlo run is not finished')
    return this.store
  }

  /**
   * Every indicator's value draw by draw (INDICATORS order), copied out; call once every draw is
   * done. With the same seed, draw d of two scenarios saw the same assumptions: comparing them
   * draw by draw tells how often one is below the other.
   */
  indicatorDraws(): Float32Array[] {
    const first = this.rows.length * this.outYears
    const scratch = new Float32Array(this.draws)
    const range = new Float64Array(2)
    return INDICATORS.map((_, k) =>
      this.finished()
        .column(first + k, scratch, range)
        .slice(),
    )
  }

  /** Percentile bands of the kept series and every indicator; call once every draw is done. */
  result(): MonteCarloResult {
    const { draws, outYears, model, columnCount, rows } = this
    const bands = new Float64Array(columnCount * PERCENTILES.length)
    const store = this.finished()
    const scratch = new Float32Array(draws)
    const range = new Float64Array(2)
    for (let c = 0; c < columnCount; c++) {
      const column = store.column(c, scratch, range)
      percentilesInRange(
        column,
        range[0] as number,
        range[1] as number,
        bands,
        c * PERCENTILES.length,
      )
    }
    const pick = (column: number, q: number) => bands[column * PERCENTILES.length + q] as number
    const yearsOf = (row: number, q: number) =>
      Array.from({ length: outYears }, (_, y) => pick(row * outYears + y, q))
    const indicatorColumn = (k: number) => rows.length * outYears + k
    return {
      draws,
      seed: this.seed,
      years: Array.from({ length: outYears }, (_, y) => model.baseYear + model.firstOutput + y),
      series: Array.from(rows, (seriesRow, row) => {
        const spec = SERIES[seriesRow] as SeriesSpec
        return {
          id: spec.id,
          unit: spec.unit,
          p5: yearsOf(row, 0),
          p25: yearsOf(row, 1),
          p50: yearsOf(row, 2),
          p75: yearsOf(row, 3),
          p95: yearsOf(row, 4),
        }
      }),
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
export function runMonteCarlo(
  model: CompiledModel,
  draws: number,
  seed: number,
  series?: readonly string[],
): MonteCarloResult {
  const run = new MonteCarloRun(model, draws, seed, { series })
  run.step(draws)
  const result = run.result()
  run.release()
  return result
}
