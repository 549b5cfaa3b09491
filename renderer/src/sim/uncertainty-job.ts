import { compileScenario } from '@shared/model/engine/compile'
import type { CompiledModel } from '@shared/model/engine/compile'
import { MAX_DRAWS, MonteCarloRun } from '@shared/model/uncertainty/monte-carlo'
import { PERCENTILES, percentilesOf } from '@shared/model/uncertainty/percentiles'
import type { IndicatorBands, SeriesBands } from '@shared/model/uncertainty/monte-carlo'
import { project } from '@shared/model/engine/project'
import type { Baseline } from '@shared/model/baseline/baseline-schema'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { INDICATORS } from '@shared/model/engine/series'
import type { IndicatorId } from '@shared/model/engine/series'
import { toProjection } from '@shared/model/engine/simulate'
import { tornadoes as allTornadoes } from '@shared/model/uncertainty/tornado'
import type { TornadoBar } from '@shared/model/uncertainty/tornado'
import { createWorkspace } from '@shared/model/engine/workspace'
import { LeverEffects } from '@shared/model/uncertainty/lever-effects'
import type { LeverEffectBands } from '@shared/model/uncertainty/lever-effects'

/** Fewer draws than this leave too few beyond the 5th and 95th percentiles to place them. */
export const MIN_DRAWS = 100
export { MAX_DRAWS }
export const MAX_SEED = 0xffffffff
/** The series drawn as fans: the money and jobs an analyst reads first. */
export const FAN_SERIES = [
  'robss_balance',
  'unedic_balance',
  'increment_total',
  'coproduction_effect',
  'jobs_displaced_total',
] as const
/** The indicator the tornado opens on, and the one a comparison's draws are paired on. */
export const DEFAULT_INDICATOR = 'robss_balance_final' satisfies IndicatorId
export const DEFAULT_COMPARE_INDICATOR = 'robss_balance_change_cumulative' satisfies IndicatorId
/**
 * Indicators a tornado is not offered for: the coverage ratio is undefined (NaN) wherever its
 * denominator means nothing, so its swings would compare undefined values.
 */
export const NO_TORNADO: readonly IndicatorId[] = ['coverage_ratio_cumulative']
/** Bars kept per tornado: beyond a dozen the swings are too small to read. */
export const TORNADO_BARS = 12

export interface Fan extends SeriesBands {
  /** The deterministic projection (every assumption at its central value), for reference. */
  readonly central: number[]
}

export interface IndicatorSpread extends IndicatorBands {
  readonly central: number
  /**
   * Draws where the indicator is undefined (NaN: the coverage ratio where the cost is too small),
   * left out of its percentiles, which are then those of the other draws (NaN when none is left).
   */
  readonly skipped: number
}

/**
 * The percentiles of the defined draws of one indicator, and how many were left out; null when
 * every draw is defined (the run's own percentiles stand).
 */
export function definedPercentiles(
  draws: Float32Array,
): { bands: Pick<IndicatorBands, 'p5' | 'p25' | 'p50' | 'p75' | 'p95'>; skipped: number } | null {
  let skipped = 0
  for (let i = 0; i < draws.length; i++) if (Number.isNaN(draws[i] as number)) skipped++
  if (skipped === 0) return null
  const defined = draws.filter((v) => !Number.isNaN(v))
  const out = new Float64Array(PERCENTILES.length).fill(Number.NaN)
  if (defined.length > 0) percentilesOf(defined, out, 0)
  const [p5, p25, p50, p75, p95] = Array.from(out) as [number, number, number, number, number]
  return { bands: { p5, p25, p50, p75, p95 }, skipped }
}

export interface TornadoSummary {
  readonly indicator: IndicatorId
  readonly central: number
  /** The largest swings, largest first; assumptions that do not move the indicator are left out. */
  readonly bars: TornadoBar[]
}

/** What a finished run sends to the interface: percentiles, never the draws themselves. */
export interface UncertaintyResult {
  readonly draws: number
  readonly seed: number
  readonly years: number[]
  /** How many assumptions carry a distribution (and so vary between draws). */
  readonly uncertainCount: number
  readonly fans: Fan[]
  readonly indicators: IndicatorSpread[]
  readonly tornadoes: TornadoSummary[]
  /**
   * Each indicator's values draw by draw (INDICATORS order), only when asked for: a comparison
   * pairs the draws of scenarios run with the same seed.
   */
  readonly indicatorDraws?: Float32Array[]
  /** What the levers change over droit constant, on the same draws; only when asked for. */
  readonly leverEffects?: LeverEffectBands
}

export interface JobOptions {
  /** Keep each indicator's value of every draw in the result (4 bytes per draw and indicator). */
  readonly indicatorDraws?: boolean
  /**
   * Also project droit constant (and each reformed lever alone, when several are) on every draw:
   * one to four more projections per draw.
   */
  readonly leverEffects?: boolean
}

/** Part of a run split between workers: its first draw and how many draws it runs. */
export interface RunPart {
  readonly first: number
  readonly draws: number
}

/** What a part sends back: its stored draws and, when measured, the levers' effects on them. */
export interface PartResult extends RunPart {
  readonly stored: Float32Array
  readonly effects: Float32Array[] | null
}

export function isValidDraws(draws: number): boolean {
  return Number.isInteger(draws) && draws >= MIN_DRAWS && draws <= MAX_DRAWS
}

export function isValidSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED
}

/**
 * A Monte Carlo run of one scenario that advances in steps (so its caller can report progress and
 * stop between them), then summarises into fans, indicator spreads and tornadoes.
 */
export class UncertaintyJob {
  private readonly model: CompiledModel
  private readonly run: MonteCarloRun
  private readonly effects: LeverEffects | null
  private summary: UncertaintyResult | null = null

  /**
   * A run of `draws` draws; with `from.part`, only that part of it (a worker's share of a split
   * run, summarised elsewhere); with `from.parts`, the run made of its parts, already finished.
   */
  constructor(
    scenario: Scenario,
    baseline: Baseline,
    draws: number,
    seed: number,
    private readonly options: JobOptions = {},
    from: { readonly part?: RunPart; readonly parts?: readonly PartResult[] } = {},
  ) {
    if (!isValidDraws(draws))
      throw new RangeError(`draws must be between ${MIN_DRAWS} and ${MAX_DRAWS}`)
    if (!isValidSeed(seed))
      throw new RangeError(`seed must be a whole number from 0 to ${MAX_SEED}`)
    this.model = compileScenario(scenario, baseline)
    const { part, parts } = from
    if (part && !(part.first >= 0 && part.draws >= 1 && part.first + part.draws <= draws))
      throw new RangeError(`a part must lie within the run's ${draws} draws`)
    const count = part?.draws ?? draws
    const withEffects = options.leverEffects === true
    this.effects = withEffects ? new LeverEffects(this.model, count, seed) : null
    if (parts) {
      let next = 0
      for (const p of parts) {
        if (p.first !== next) throw new RangeError('the parts are not consecutive from draw 0')
        next += p.draws
      }
      if (next !== draws) throw new RangeError(`the parts do not make up the run's ${draws} draws`)
      this.run = MonteCarloRun.joined(this.model, seed, parts, FAN_SERIES)
      if (this.effects) this.effects.join(parts.map((p) => p.effects ?? []))
    } else
      this.run = new MonteCarloRun(this.model, count, seed, {
        observer: this.effects,
        firstDraw: part?.first ?? 0,
        series: FAN_SERIES,
      })
  }

  /** A part's draws and effects, to be joined with the other parts' (see the constructor). */
  partResult(): PartResult {
    return {
      first: this.run.firstDraw,
      draws: this.run.draws,
      stored: this.run.storedDraws(),
      effects: this.effects?.partColumns() ?? null,
    }
  }

  get total(): number {
    return this.run.draws
  }

  get completed(): number {
    return this.run.completed
  }

  /** Up to `count` more draws; true once all are done. */
  step(count: number): boolean {
    return this.run.step(count)
  }

  /** The summary, computed once: the run's draws are released to the next run after it. */
  result(): UncertaintyResult {
    this.summary ??= this.summarise()
    return this.summary
  }

  private summarise(): UncertaintyResult {
    const bands = this.run.result()
    const ws = createWorkspace(this.model)
    project(this.model, this.model.central, ws)
    const central = toProjection(this.model, ws)
    const fans = FAN_SERIES.map((id) => {
      const band = bands.series.find((s) => s.id === id)
      const values = central.series.find((s) => s.id === id)?.values
      if (!band || !values) throw new Error(`No series ${id}`)
      return { ...band, central: values }
    })
    const draws = this.run.indicatorDraws()
    const indicators = bands.indicators.map((band, k) => {
      const fixed = definedPercentiles(draws[k] as Float32Array)
      return {
        ...band,
        ...(fixed ? fixed.bands : {}),
        central: central.indicators[k]?.value ?? Number.NaN,
        skipped: fixed?.skipped ?? 0,
      }
    })
    this.run.release()
    const offered = INDICATORS.map(({ id }) => id).filter((id) => !NO_TORNADO.includes(id))
    const tornadoes = allTornadoes(this.model, offered).map((full) => ({
      indicator: full.indicator,
      central: full.central,
      bars: full.bars.filter((bar) => bar.swing > 0).slice(0, TORNADO_BARS),
    }))
    return {
      draws: bands.draws,
      seed: bands.seed,
      years: bands.years,
      uncertainCount: this.model.uncertain.length,
      fans,
      indicators,
      tornadoes,
      ...(this.options.indicatorDraws ? { indicatorDraws: draws } : {}),
      ...(this.effects ? { leverEffects: this.effects.result() } : {}),
    }
  }
}
