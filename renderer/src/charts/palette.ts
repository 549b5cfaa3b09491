import { PLAYERS } from '@shared/model/levers/lever-switches'
import { LEVERS } from '@shared/model/levers/lever-table'
import type { PlayerId } from '@shared/model/levers/lever-table'

/**
 * Colours with a fixed meaning across every chart, so a lever or a line reads the same everywhere
 * (the levers' own are in the lever table).
 * Chosen to stay distinct for the common colour-vision deficiencies (Okabe–Ito based).
 */
export const COLOURS = {
  baseline: '#6b7280',
  scenario: '#0b5cad',
  modified: '#d55e00',
  modifiedPolicy: '#cc79a7',
  lost: '#c0392b',
  recovered: '#0b7a4b',
  band: '#0b5cad',
} as const

/** One colour per lever and per part with its own switch (the DST's tier), from the lever table. */
export const PLAYER_COLOURS: Readonly<Record<PlayerId, string>> = Object.fromEntries(
  PLAYERS.map((player) => [player.id, player.colour]),
) as Record<PlayerId, string>

/** Each lever's yield over current law and its colour, in table order (the stacked charts). */
export const LEVER_INCREMENTS = LEVERS.map((lever) => ({
  id: `increment_${lever.series}` as const,
  colour: lever.colour,
}))

/** One colour per sector, in SECTOR_IDS order. */
export const SECTOR_COLOURS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#f0e442',
  '#6b7280',
  '#8c564b',
] as const

export function sectorColour(index: number): string {
  return SECTOR_COLOURS[index % SECTOR_COLOURS.length] as string
}
