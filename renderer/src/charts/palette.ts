/**
 * Colours with a fixed meaning across every chart, so a lever or a line reads the same everywhere.
 * Chosen to stay distinct for the common colour-vision deficiencies (Okabe–Ito based).
 */
export const COLOURS = {
  baseline: '#6b7280',
  scenario: '#0b5cad',
  modified: '#d55e00',
  modifiedPolicy: '#cc79a7',
  dst: '#0072b2',
  /** The DST's upper tier: the DST's blue, darker, so the two read as one tax in two parts. */
  dstTier: '#00446b',
  dataLevy: '#009e73',
  platform: '#e69f00',
  lost: '#c0392b',
  recovered: '#0b7a4b',
  band: '#0b5cad',
} as const

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
