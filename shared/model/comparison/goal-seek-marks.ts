import type { NumberField } from '../levers/lever-definitions'

type Mark = NonNullable<NumberField['marks']>[number]

/**
 * Where a goal-seek answer lies against the lever's named marks (the rates actually proposed or
 * voted, with their source): within them, or above the highest / below the lowest, with that mark.
 * A value far outside every proposal answers the question asked but no one has put it on the
 * table; the answer must say so rather than read as a policy option. A field without marks has no
 * such yardstick: its range (the search's bounds) is all there is.
 */
export type MarksVerdict =
  { readonly kind: 'within' } | { readonly kind: 'above' | 'below'; readonly mark: Mark }

/** A value this close to a mark (relatively) is that mark: the search's tolerance, not a new rate. */
const SAME = 1e-3

export function againstMarks(field: NumberField, value: number): MarksVerdict {
  const marks = [...(field.marks ?? [])].sort((a, b) => a.value - b.value)
  const lowest = marks[0]
  const highest = marks.at(-1)
  if (!lowest || !highest || !Number.isFinite(value)) return { kind: 'within' }
  const slack = (mark: Mark) => Math.abs(mark.value) * SAME
  if (value > highest.value + slack(highest)) return { kind: 'above', mark: highest }
  if (value < lowest.value - slack(lowest)) return { kind: 'below', mark: lowest }
  return { kind: 'within' }
}
