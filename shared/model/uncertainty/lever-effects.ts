import { withLevers } from '../engine/compile'
import type { CompiledModel } from '../engine/compile'
import { measureOffset, measureUnit, readMeasure } from '../comparison/comparison'
import type { ComparisonMeasure } from '../comparison/comparison'
import { project } from '../engine/project'
import { createWorkspace } from '../engine/workspace'
import { keepLabourMemo } from '../engine/labour-memo'
import type { Workspace } from '../engine/workspace'
import { PLAYERS, switchOff } from '../levers/lever-switches'
import { LEVERS } from '../levers/lever-table'
import type { LeverId, Levers } from '../levers/lever-table'
import { copyDocument } from '../scenario/value-path'
import { MonteCarloRun } from './monte-carlo'
import type { IndicatorBands, MonteCarloResult } from './monte-carlo'
import { PERCENTILES, percentilesOf } from './percentiles'

/**
 * What the levers change, with its uncertainty. Each draw projects the scenario and, on the very
 * same assumption values, its droit-constant variant (every lever and part switched off): the
 * effect is their difference, draw by draw. What both projections share — wage growth, the
 * PLFSS path, the cost of coproduction — cancels out, so the band is that of the measure, not of
 * the deficit it sits in.
 *
 * Several reformed levers are also measured each alone over droit constant (the lever with its
 * parts as set, the others off): what a lever brings on its own, the `alone` of an attribution.
 * These add up to the levers' joint effect up to their interaction (none where the levers do not
 * share a base). Shapley shares would add up exactly but take 2ⁿ projections per draw.
 */

/** The effects measured: the ROBSS balance and what the levers bring, in the last year and cumulated. */
export const EFFECT_MEASURES = [
  'robss_balance_final',
  'increment_robss_final',
  'robss_balance_change_cumulative',
  'increment_total_final',
  'apu_effect_final',
] as const
export type EffectMeasureId = (typeof EFFECT_MEASURES)[number]

/** Who the effect is of: all the scenario's levers together, or one lever alone. */
export type EffectOf = 'all' | LeverId

export interface EffectBand extends IndicatorBands {
  readonly id: EffectMeasureId
  /** The effect with every assumption at its central value (the cards' deterministic figure). */
  readonly central: number
}

export interface LeverEffectPart {
  readonly of: EffectOf
  readonly bands: readonly EffectBand[]
}

export interface LeverEffectBands {
  readonly draws: number
  readonly seed: number
  /** All the levers first, then each reformed lever alone when there are several. */
  readonly parts: readonly LeverEffectPart[]
}

/** The workspace value each effect reads: the last year's increment to the ROBSS is a series. */
function measureOf(model: CompiledModel, id: EffectMeasureId): ComparisonMeasure {
  if (id === 'increment_robss_final')
    return { kind: 'series', id: 'increment_robss', year: model.baseYear + model.years - 1 }
  return { kind: 'indicator', id }
}

/** The levers with every lever and part off but `lever`'s (its parts kept as set). */
export function leverAlone(levers: Levers, lever: LeverId): Levers {
  const alone = copyDocument(levers)
  for (const player of PLAYERS) if (player.lever !== lever) switchOff(alone, player.id)
  return alone
}

/** The levers with every lever and part off: droit constant. */
function noLevers(levers: Levers): Levers {
  const none = copyDocument(levers)
  for (const player of PLAYERS) switchOff(none, player.id)
  return none
}

/** The variants measured over droit constant: the scenario, then each lever alone if several. */
export function effectVariants(levers: Levers): Array<{ of: EffectOf; levers: Levers | null }> {
  const on = LEVERS.filter((lever) => levers[lever.id].enabled).map((lever) => lever.id)
  return [
    // null: the scenario itself, already projected by the Monte Carlo run.
    { of: 'all', levers: null },
    ...(on.length > 1 ? on.map((id) => ({ of: id, levers: leverAlone(levers, id) })) : []),
  ]
}

/** True when the 90 % band holds values of both signs: the effect may go either way. */
export function crossesZero(band: Pick<IndicatorBands, 'p5' | 'p95'>): boolean {
  return band.p5 < 0 && band.p95 > 0
}

/**
 * Collects the effects of one Monte Carlo run, draw by draw: the run hands it each draw's
 * assumption values and the scenario's projection (`record`), and it projects the droit-constant
 * variant and each lever alone on those same values into a workspace of its own.
 */
export class LeverEffects {
  /** Each variant, and whether it shares more labour with droit constant than with the scenario. */
  private readonly variants: Array<{
    of: EffectOf
    model: CompiledModel | null
    likeDroitConstant: boolean
  }>
  private readonly droitConstant: CompiledModel
  /** Droit constant's projection, kept beside the variants' (`ws`) for them to share from. */
  private readonly droitConstantWs: Workspace
  private readonly offsets: number[]
  private readonly measures: ComparisonMeasure[]
  private readonly ws: Workspace
  /** One column per (variant, measure), one value per draw. */
  private readonly columns: Float32Array[]
  private readonly reference = new Float64Array(EFFECT_MEASURES.length)
  private readonly centralEffects: Float64Array
  /** One draw's effects, reused: nothing is allocated per draw. */
  private readonly drawEffects: Float64Array

  constructor(
    private readonly model: CompiledModel,
    readonly draws: number,
    readonly seed: number,
  ) {
    // The variants differ from the scenario by their lever switches only: they share its compiled
    // arrays (as attribution's coalitions do), with their levers' phases and yearly values.
    this.droitConstant = withLevers(model, noLevers(model.levers))
    this.droitConstantWs = createWorkspace(model)
    this.ws = createWorkspace(model)
    keepLabourMemo(this.droitConstantWs)
    keepLabourMemo(this.ws)
    // The scenario on the central values: the variants' sources are chosen there, and the cards'
    // deterministic effects read off it.
    const scenario = createWorkspace(model)
    keepLabourMemo(scenario)
    project(model, model.central, scenario)
    const sharesMore = sharesMoreWithDroitConstant(
      model,
      scenario,
      this.droitConstant,
      this.droitConstantWs,
    )
    this.variants = effectVariants(model.levers).map((variant) => {
      const levers = variant.levers ? withLevers(model, variant.levers) : null
      return {
        of: variant.of,
        model: levers,
        likeDroitConstant: levers ? sharesMore(levers) : false,
      }
    })
    this.measures = EFFECT_MEASURES.map((id) => measureOf(model, id))
    this.offsets = this.measures.map((m) => measureOffset(model, m))
    this.columns = Array.from(
      { length: this.variants.length * EFFECT_MEASURES.length },
      () => new Float32Array(draws),
    )
    this.drawEffects = new Float64Array(this.columns.length)
    this.centralEffects = new Float64Array(this.columns.length)
    this.effectsOf(model.central, scenario, this.centralEffects)
  }

  /** Draw `draw`: its assumption values and the scenario projected on them. */
  record(draw: number, params: Float64Array, scenario: Workspace): void {
    const effects = this.drawEffects
    this.effectsOf(params, scenario, effects)
    for (let c = 0; c < effects.length; c++)
      (this.columns[c] as Float32Array)[draw] = effects[c] as number
  }

  /** Every (variant, measure) effect of one set of assumption values into `out`, variants outer. */
  private effectsOf(params: Float64Array, scenario: Workspace, out: Float64Array): void {
    const { ws, measures, offsets, reference } = this
    const droitConstant = this.droitConstantWs
    // The effects are differences of balances: the variants' consumer ledgers are not needed.
    // Each variant takes over the labour results it shares with the scenario's projection or
    // droit constant's, whichever it resembles more, or with the variant projected before it
    // (labour-memo.ts).
    project(this.droitConstant, params, droitConstant, 'balances', scenario)
    for (let k = 0; k < measures.length; k++)
      reference[k] = readMeasure(
        droitConstant,
        measures[k] as ComparisonMeasure,
        offsets[k] as number,
      )
    let c = 0
    for (const variant of this.variants) {
      const source = variant.model ? ws : scenario
      const from = variant.likeDroitConstant ? droitConstant : scenario
      if (variant.model) project(variant.model, params, ws, 'balances', from)
      for (let k = 0; k < measures.length; k++) {
        const value = readMeasure(source, measures[k] as ComparisonMeasure, offsets[k] as number)
        out[c++] = value - (reference[k] as number)
      }
    }
  }

  /** Every (variant, measure) effect of each draw recorded: a part's, to be joined (`join`). */
  partColumns(): Float32Array[] {
    return this.columns
  }

  /**
   * Takes the effects of a run split in parts, recorded by each part's own LeverEffects
   * (`partColumns`), in order: draw d of part p is draw (draws of the parts before p) + d here.
   */
  join(parts: ReadonlyArray<readonly Float32Array[]>): void {
    const total = parts.reduce((sum, part) => sum + (part[0]?.length ?? 0), 0)
    if (total !== this.draws || parts.some((part) => part.length !== this.columns.length))
      throw new RangeError('the parts do not make up this run')
    let at = 0
    for (const part of parts) {
      part.forEach((column, c) => (this.columns[c] as Float32Array).set(column, at))
      at += part[0]?.length ?? 0
    }
  }

  /** The percentiles of every effect; call once every draw is recorded. */
  result(): LeverEffectBands {
    const out = new Float64Array(PERCENTILES.length)
    const parts = this.variants.map((variant, v) => ({
      of: variant.of,
      bands: EFFECT_MEASURES.map((id, k): EffectBand => {
        const c = v * EFFECT_MEASURES.length + k
        percentilesOf(this.columns[c] as Float32Array, out, 0)
        const [p5, p25, p50, p75, p95] = Array.from(out) as [number, number, number, number, number]
        return {
          id,
          unit: measureUnit(this.measures[k] as ComparisonMeasure),
          p5,
          p25,
          p50,
          p75,
          p95,
          central: this.centralEffects[c] as number,
        }
      }),
    }))
    return { draws: this.draws, seed: this.seed, parts }
  }
}

/**
 * Whether a variant's labour is better taken over from droit constant's projection than from the
 * scenario's (`scenario`, projected on the central values with a labour memo): it takes over more
 * leading sectors from it on those values. (Which sectors
 * match follows from the lever switches — a cost on users, counters kept — not from the values.)
 */
function sharesMoreWithDroitConstant(
  model: CompiledModel,
  scenario: Workspace,
  droitConstant: CompiledModel,
  droitConstantWs: Workspace,
): (variant: CompiledModel) => boolean {
  project(droitConstant, model.central, droitConstantWs, 'balances', scenario)
  const takenFrom = (variant: CompiledModel, source: Workspace) => {
    // A workspace of its own with nothing recorded yet: only `source` can give it sectors.
    const trial = createWorkspace(model)
    keepLabourMemo(trial)
    project(variant, model.central, trial, 'balances', source)
    return trial.labourMemo.takenOver
  }
  return (variant) => takenFrom(variant, droitConstantWs) > takenFrom(variant, scenario)
}

/**
 * A Monte Carlo run with the levers' effects collected on its draws; the bands of the series named
 * (`series`), or of every series.
 */
export function runWithLeverEffects(
  model: CompiledModel,
  draws: number,
  seed: number,
  series?: readonly string[],
): { monteCarlo: MonteCarloResult; effects: LeverEffectBands } {
  const effects = new LeverEffects(model, draws, seed)
  const run = new MonteCarloRun(model, draws, seed, { observer: effects, series })
  run.step(draws)
  const monteCarlo = run.result()
  run.release()
  return { monteCarlo, effects: effects.result() }
}
