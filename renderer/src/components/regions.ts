import type { MessageKey } from '../i18n/translate'
import { useLevier } from '../store'
import type { LevierState } from '../store/types'

/**
 * The three regions of the window a keyboard user jumps between, in the order they sit on screen
 * (library, levers, results): F6 and Shift+F6 cycle through them as desktop applications cycle
 * their panes, Alt+1/2/3 go to one directly, and the skip links at the top of the page do the
 * same. Without them the first earmarking field was 61 Tab presses from the top of a fresh workbook (84
 * with a longer library); by the skip link and the levers’ own links it is 8.
 */
export const REGIONS = ['library', 'levers', 'results'] as const
export type Region = (typeof REGIONS)[number]

/** The element that takes the focus (tabIndex -1), so the next Tab is the region's first control. */
export const regionId = (region: Region): string => `region-${region}`

export const REGION_LINKS: Record<Region, MessageKey> = {
  library: 'skipToLibrary',
  levers: 'skipToLevers',
  results: 'skipToResults',
}

/** The levers are on screen when a scenario the user may edit is open (not in the compare view). */
export function leversShown(state: LevierState): boolean {
  if (state.view === 'compare' && state.activeComparison !== null) return false
  const scenario = state.scenarios.find((s) => s.id === state.selectedId)
  return !!scenario && scenario.deletedAt === null && !(state.workbook?.readOnly ?? true)
}

/** The regions present now, in screen order. */
export function presentRegions(state: LevierState): Region[] {
  if (state.appInfo === null) return []
  return REGIONS.filter((region) => region !== 'levers' || leversShown(state))
}

/**
 * Focus a region. The levers live in a tab of the inputs: that tab is selected first
 * (`showLevers`), and the focus waits for it to be drawn.
 */
export function focusRegion(region: Region, showLevers: () => void): void {
  if (region === 'levers') showLevers()
  const focus = () => document.getElementById(regionId(region))?.focus()
  if (document.getElementById(regionId(region))) focus()
  else setTimeout(focus, 0)
}

/** The region that holds the focus now, if any. */
function currentRegion(): Region | null {
  const active = document.activeElement
  if (!active) return null
  return (
    REGIONS.find((region) => document.getElementById(regionId(region))?.contains(active)) ?? null
  )
}

/** F6 (or Shift+F6 backwards): the next region present, from the one that holds the focus. */
export function nextRegion(present: readonly Region[], backwards: boolean): Region | null {
  if (present.length === 0) return null
  const current = currentRegion()
  const index = current === null ? -1 : present.indexOf(current)
  const next =
    index < 0
      ? backwards
        ? present.length - 1
        : 0
      : (index + (backwards ? present.length - 1 : 1)) % present.length
  return present[next] ?? null
}

/** Alt+1, Alt+2, Alt+3 by the key's place on the keyboard, so AZERTY's shifted digits work too. */
export function regionOfKey(event: KeyboardEvent): Region | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null
  const match = /^(?:Digit|Numpad)([1-3])$/.exec(event.code)
  return match ? (REGIONS[Number(match[1]) - 1] ?? null) : null
}

/** The regions present now and a way to go to one, for the key handler and the skip links. */
export function useRegions(): { present: Region[]; go: (region: Region) => void } {
  // Joined to a string so the selector's answer is stable between renders.
  const joined = useLevier((state) => presentRegions(state).join(' '))
  const setInputTab = useLevier((state) => state.setInputTab)
  const present = joined === '' ? [] : (joined.split(' ') as Region[])
  return { present, go: (region) => focusRegion(region, () => setInputTab('levers')) }
}
