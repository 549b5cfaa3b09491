import type { Language } from '../app-identity'
import type { Scenario } from '../model/scenario/scenario-schema'
import type { Projection } from '../model/engine/simulate'
import type { LeverEffectBands } from '../model/uncertainty/lever-effects'
import type { IndicatorBands } from '../model/uncertainty/monte-carlo'

/**
 * A brief's content, everything but the charts: words and numbers already written in the brief's
 * language (French: `1 234,5 Md€`), ready to lay out. The print view draws the charts from the
 * projections it is given alongside.
 */
export interface BriefProvenance {
  readonly appVersion: string
  readonly modelVersion: string
  readonly baselineId: string
  readonly baselineVintage: string
  readonly scenarios: ReadonlyArray<{
    readonly id: string
    readonly name: string
    readonly version: number
    /** SHA-256 of the scenario's inputs (shared/brief/inputs-hash.ts). */
    readonly inputsHash: string
  }>
  /** Comparison briefs: the reference the scenarios are set against (a preset's or a scenario). */
  readonly reference?: { readonly name: string; readonly inputsHash: string }
  /** ISO date and time of generation. */
  readonly generatedAt: string
}

/** Percentile bands of a series, per year, where Monte Carlo was run. */
export interface BriefFan {
  readonly series: string
  readonly years: readonly number[]
  readonly p5: readonly number[]
  readonly p25: readonly number[]
  readonly p50: readonly number[]
  readonly p75: readonly number[]
  readonly p95: readonly number[]
}

export interface BriefScenarioInput {
  readonly id: string
  readonly name: string
  readonly version: number
  readonly scenario: Scenario
  readonly projection: Projection
  readonly fans?: readonly BriefFan[]
  /** Where Monte Carlo was run: what the levers change over droit constant, on paired draws. */
  readonly leverEffects?: LeverEffectBands
  /** Where Monte Carlo was run: the percentiles of every indicator, for the bands in words. */
  readonly indicatorBands?: readonly IndicatorBands[]
}

export interface BriefTable {
  readonly headers: readonly string[]
  readonly rows: ReadonlyArray<{ readonly label: string; readonly cells: readonly string[] }>
}

/** « Le consommateur et l'environnement »: the headline figures in words, then by year. */
export interface BriefConsumer {
  readonly sentences: readonly string[]
  readonly table: BriefTable
}

export interface BriefContent {
  readonly kind: 'scenario' | 'comparison'
  readonly language: Language
  readonly title: string
  readonly subtitle: string
  /** The date, written in the brief's language. */
  readonly date: string
  readonly author: string
  readonly organisation: string
  /** A few sentences giving the headline figures in words (ROBSS first, Unédic apart). */
  readonly summaryBox: readonly string[]
  readonly userSummary: string
  readonly caveats: string
  /** Lever settings: one table, a column per scenario (one column for a single scenario). */
  readonly levers: BriefTable
  /** The ledger every year to the last PLFSS year, then every fifth and the last, a row per year. */
  readonly ledger: BriefTable
  /** Who pays: one row per payer, a column per scenario. */
  readonly incidence: BriefTable
  /** Scenario briefs: the consumer's ledger and the footprint (undefined when off). */
  readonly consumer?: BriefConsumer
  /** Assumptions that differ from the baseline's default, with source and year. */
  readonly assumptions: ReadonlyArray<{
    readonly label: string
    readonly value: string
    readonly defaultValue: string
    readonly source: string
    readonly year: number | null
    readonly grade: string
  }>
  /** The terms the brief uses for its reference figures, each defined once (with the method). */
  readonly glossary: readonly string[]
  /** Method notes and limits. */
  readonly method: readonly string[]
  /** Comparison briefs: values and differences to the reference. */
  readonly comparison?: BriefTable
  /** Comparison briefs: each scenario's attribution of the change, lever by lever. */
  readonly attribution?: ReadonlyArray<{ readonly scenario: string; readonly table: BriefTable }>
  readonly provenance: BriefProvenance
}
