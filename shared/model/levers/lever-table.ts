import { inEveryLanguage } from '../../i18n/in-every-language'
import { DATA_LEVY_LEVER } from './data-levy-lever'
import { DST_LEVER } from './dst-lever'
import type { LeverAbout, PartPlayers, SettingsValue } from './lever-kinds'
import { PLATFORM_CONTRIBUTION_LEVER } from './platform-contribution-lever'
import { STAFFED_CHANNEL_LEVER } from './staffed-channel-lever'
import type { Scheduled } from './schedule'

/**
 * The lever table: every fiscal measure the model knows, in display order. Everything else about
 * the levers — the scenario schema and its types, the panel, the earmarking fields, the palette,
 * the players of an attribution, the brief's rows, goal-seek's fields — is derived from it; only
 * the equations (lever-revenue.ts) and their explanations are written per lever.
 */
export const LEVERS = [
  DST_LEVER,
  DATA_LEVY_LEVER,
  PLATFORM_CONTRIBUTION_LEVER,
  STAFFED_CHANNEL_LEVER,
] as const

type LeverEntry = (typeof LEVERS)[number]
export type LeverId = LeverEntry['id']
export const LEVER_IDS: readonly LeverId[] = LEVERS.map((lever) => lever.id)

/** A lever's own settings in the scenario file (`levers.<id>`): numbers may be schedules. */
export type LeverSettings<Id extends LeverId> = SettingsValue<
  Extract<LeverEntry, { id: Id }>['settings']
>

/**
 * The `levers` object of the scenario file: one entry per lever, and the earmarking of each; a
 * number the engine reads, and each earmarking share, may be a schedule by year (schedule.ts).
 */
export type Levers = { -readonly [Id in LeverId]: LeverSettings<Id> } & {
  earmarking: Record<LeverId, Scheduled>
}

/** The levers as they stand in one year: every schedule read at that year (lever-years.ts). */
export type LeverValues = {
  -readonly [Id in LeverId]: SettingsValue<Extract<LeverEntry, { id: Id }>['settings'], number>
} & { earmarking: Record<LeverId, number> }

/** Who an attribution shares a change between: each lever, and each part with its own switch. */
export type PlayerId = LeverId | PartPlayers<LeverEntry['settings']>

/** A lever's reform switch, as a path in the scenario file. */
export function leverSwitch(id: LeverId): string {
  return `levers.${id}.enabled`
}

export function leverOf(id: LeverId): LeverEntry {
  return LEVERS.find((lever) => lever.id === id) as LeverEntry
}

/** The earmarking group: not a lever, one share per lever (`levers.earmarking.<id>`). */
export const EARMARKING = 'earmarking'
export const EARMARKING_ABOUT: LeverAbout = {
  label: inEveryLanguage('lever.earmarking.about.label'),
  description: inEveryLanguage('lever.earmarking.about.description'),
  modelled: inEveryLanguage('lever.earmarking.about.modelled'),
  sources: ['plfss-2026', 'unedic-2024-06'],
}
