import type { LeverAbout } from './lever-kinds'
import { EARMARKING, EARMARKING_ABOUT, LEVERS } from './lever-table'
import type { LeverId } from './lever-table'

/**
 * The levers as the analyst meets them, one group of fields each, and the earmarking last: what
 * each is, what the model does with it, and where its figures come from (source ids of the
 * baseline). The levers panel shows it behind each ⓘ.
 */
export interface LeverGroup extends LeverAbout {
  readonly id: LeverId | typeof EARMARKING
}

export const LEVER_GROUPS: readonly LeverGroup[] = [
  ...LEVERS.map((lever) => ({ id: lever.id, ...lever.about })),
  { id: EARMARKING, ...EARMARKING_ABOUT },
]
