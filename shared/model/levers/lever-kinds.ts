import type { Unit } from '../engine/units'
import type { Workspace } from '../engine/workspace'
import type { Scheduled } from './schedule'

/**
 * The shapes of the lever table (lever-table.ts): a lever is a tree of settings, each a number, a
 * switch or a choice, or a part (a sub-measure with a switch of its own, such as the DST's upper
 * tier). The scenario format, the schema, the panel and the brief are all read from that tree, so
 * the value types below are computed from it rather than written again.
 */
/** The workspace rows of phase-ins (`phaseDst`…), one per lever. */
export type PhaseRow = Extract<keyof Workspace, `phase${string}`>

export type { Localized } from '../../i18n/in-every-language'
import type { Localized } from '../../i18n/in-every-language'

interface SettingText {
  readonly label: Localized
  readonly help: Localized
}

/** A condition on another setting of the same lever (a path relative to the lever). */
export interface ActiveWhen {
  readonly setting: string
  readonly is: string | boolean | number
}

interface SettingBase extends SettingText {
  /** Whether the setting acts only when another one of its lever has a value (the brief's "—"). */
  readonly activeWhen?: ActiveWhen
}

export interface NumberSetting extends SettingBase {
  readonly kind: 'number'
  readonly unit: Unit
  readonly min: number
  readonly max: number
  readonly step: number
  readonly marks?: ReadonlyArray<{
    readonly value: number
    readonly label: Localized
    readonly source: string
  }>
  /** False for a number the engine does not read (goal-seek cannot move it, nor a schedule). */
  readonly entersEngine?: boolean
  /**
   * False for a number that holds one value over the whole horizon (a lever's start year and
   * phase-in); any other number the engine reads may be given a schedule by year (schedule.ts).
   */
  readonly schedulable?: boolean
  /**
   * A value that goes without saying before a schedule's first step (an earmarking share's 0: the
   * State keeps the increment), so the schedule is written « 100 % dès 2026 » (schedule-text.ts).
   */
  readonly silentValue?: number
}
/** A number that cannot be given a schedule, at the type level too. */
export type FixedNumberSetting = NumberSetting & { readonly schedulable: false }
export interface SwitchSetting extends SettingBase {
  readonly kind: 'switch'
}
export interface ChoiceSetting<V extends string = string> extends SettingBase {
  readonly kind: 'choice'
  readonly options: ReadonlyArray<{ readonly value: V; readonly label: Localized }>
}
export type Setting = NumberSetting | SwitchSetting | ChoiceSetting

/** A sub-measure with its own switch (`enabled`), acting only with its lever on. */
export interface Part<P extends string = string, S extends Settings = Settings> {
  readonly kind: 'part'
  /** Its id as a player of attributions and a key of the colour palette. */
  readonly player: P
  /** Its name in the brief's attribution table. */
  readonly playerName: Localized
  readonly colour: string
  readonly settings: S & { readonly enabled: SwitchSetting }
}

export interface Settings {
  readonly [key: string]: Setting | Part
}

/** The ⓘ of a lever: what it is, what the model does with it, where its figures come from. */
export interface LeverAbout {
  readonly label: Localized
  readonly description: Localized
  readonly modelled: Localized
  /** Ids in the baseline's `sources`. */
  readonly sources: readonly string[]
}

/** The three settings every lever starts with (lever-builders' `timing`); a type, not an
 * interface, so that it stays assignable to `Settings`' index signature. */
export type TimingSettings = {
  readonly enabled: SwitchSetting
  readonly startYear: FixedNumberSetting
  readonly phaseInYears: FixedNumberSetting
}

export interface Lever<
  Id extends string = string,
  S extends Settings = Settings,
  Series extends string = string,
  Own extends string = string,
> {
  readonly id: Id
  /** Short name, put before a field's label where the label does not say the lever ("TSN"). */
  readonly name: Localized
  /** Its name inside a sentence of the brief ("la TSN"). */
  readonly inSentence: Localized
  readonly about: LeverAbout
  /** Its series and indicators are `increment_<series>` and `increment_<series>_final`… */
  readonly series: Series
  /**
   * Series of its equation the engine reports besides its increment, in ledger order before the
   * increments (the DST's gross, net and current-law revenue); their labels are `series.<id>`.
   */
  readonly ownSeries?: readonly Own[]
  /** The workspace row holding its phase-in, year by year. */
  readonly phase: PhaseRow
  readonly colour: string
  readonly settings: S & TimingSettings
  /** Its settings in a new scenario (the reform off, as current law has it). */
  readonly defaults: SettingsValue<NoInfer<S> & TimingSettings>
  /**
   * The share of its increment a preset pays to social security: 1 for a levy earmarked to it
   * (the default), 0 for a spending the State's budget bears.
   */
  readonly presetEarmarking?: number
}

type ValueOf<T, N> = T extends { readonly schedulable: false } | { readonly entersEngine: false }
  ? number
  : T extends NumberSetting
    ? N
    : T extends SwitchSetting
      ? boolean
      : T extends ChoiceSetting<infer V>
        ? V
        : T extends Part<string, infer S>
          ? SettingsValue<S & { enabled: SwitchSetting }, N>
          : never

/**
 * The values a tree of settings holds: in the scenario file (`N` = Scheduled, a number or a
 * schedule by year, for every number the engine reads), or in one year (`N` = number).
 */
export type SettingsValue<S, N = Scheduled> = { -readonly [K in keyof S]: ValueOf<S[K], N> }

/** The player ids of a tree's parts, nested ones included (distributed over a union of trees). */
export type PartPlayers<S> = S extends unknown
  ? {
      [K in keyof S]: S[K] extends Part<infer P, infer Sub> ? P | PartPlayers<Sub> : never
    }[keyof S]
  : never
