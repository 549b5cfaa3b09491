import type { Scenario } from '../scenario/scenario-schema'
import { copyDocument, setValueAt, valueAt } from '../scenario/value-path'
import { LEVER_DEFINITIONS } from './lever-definitions'
import type { LeverField } from './lever-definitions'
import type { Localized, Part, Settings } from './lever-kinds'
import { LEVERS, leverSwitch } from './lever-table'
import type { LeverId, Levers, PlayerId } from './lever-table'

/**
 * The switches of the levers, read off the lever table: each lever's reform switch, and the switch
 * of each of its parts (the DST's upper tier). A part acts only with its lever on.
 */
export interface Player {
  readonly id: PlayerId
  /** The lever it belongs to (itself for a lever). */
  readonly lever: LeverId
  /** Its own switch, a path in the scenario file. */
  readonly switch: string
  /** Every switch that must be on for it to act, its own last. */
  readonly switches: readonly string[]
  readonly colour: string
  /** Set for a part: its name in the brief's attribution table. */
  readonly partName?: Localized
}

function partsOf(settings: Settings, prefix: string, above: readonly string[], lever: LeverId) {
  return Object.entries(settings).flatMap(([key, setting]): Player[] => {
    if (setting.kind !== 'part') return []
    const part = setting as Part
    const own = `${prefix}.${key}.enabled`
    const switches = [...above, own]
    return [
      {
        id: part.player as PlayerId,
        lever,
        switch: own,
        switches,
        colour: part.colour,
        partName: part.playerName,
      },
      ...partsOf(part.settings, `${prefix}.${key}`, switches, lever),
    ]
  })
}

/** The players of an attribution, in display order: each lever followed by its parts. */
export const PLAYERS: readonly Player[] = LEVERS.flatMap((lever) => {
  const own = leverSwitch(lever.id)
  return [
    { id: lever.id, lever: lever.id, switch: own, switches: [own], colour: lever.colour },
    ...partsOf(lever.settings, `levers.${lever.id}`, [own], lever.id),
  ]
})

export const PLAYER_IDS: readonly PlayerId[] = PLAYERS.map((p) => p.id)

export function playerOf(id: PlayerId): Player {
  return PLAYERS.find((p) => p.id === id) as Player
}

const isOn = (levers: Levers, path: string) => valueAt({ levers }, path) === true

/** Whether a player acts in these levers: its switch on, and its lever's. */
export function playerActs(levers: Levers, player: Player): boolean {
  return player.switches.every((path) => isOn(levers, path))
}

/** The players that act in these levers, in PLAYERS order. */
export function actingPlayers(levers: Levers): PlayerId[] {
  return PLAYERS.filter((p) => playerActs(levers, p)).map((p) => p.id)
}

/** Whether any lever is reformed (a lever switched off is current law). */
export function anyLeverOn(levers: Levers): boolean {
  return LEVERS.some((lever) => levers[lever.id].enabled)
}

/** Turn one player's own switch off, in place; every other input unchanged. */
export function switchOff(levers: Levers, id: PlayerId): void {
  setValueAt({ levers }, playerOf(id).switch, false)
}

/**
 * The same scenario with every lever switched off, and every part (so that a part never reads as
 * on over a lever that is off); the rest of each lever's settings and the earmarking kept. This is
 * current law: the reference the brief's and comparisons' "without the levers" mean.
 */
export function withoutLevers(scenario: Scenario): Scenario {
  const levers = copyDocument(scenario.levers)
  for (const player of PLAYERS) switchOff(levers, player.id)
  return { ...scenario, levers }
}

/**
 * Whether a field acts in a scenario's levers: the switches above it are on, and the setting it
 * depends on has the value it needs (the per-user tariff with the per-user base). An earmark acts
 * when the lever it earmarks is on.
 */
export function fieldActs(field: LeverField, levers: Levers): boolean {
  if (!levers[field.lever].enabled) return false
  if (!field.switches.every((path) => isOn(levers, path))) return false
  return !field.when || valueAt({ levers }, field.when.path) === field.when.is
}

/** The fields of one group (a lever, or the earmarking), in table order. */
export function fieldsOf(group: LeverField['group']): LeverField[] {
  return LEVER_DEFINITIONS.filter((f) => f.group === group)
}
