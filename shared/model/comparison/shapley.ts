/** Exact Shapley values stay cheap up to here: 2^players coalitions, each valued once. */
export const MAX_PLAYERS = 10

export interface ShapleyResult {
  /** One per player: its Shapley value. */
  readonly values: number[]
  /** v(S) for every coalition S, indexed by bit mask (bit i set = player i in S). */
  readonly coalitions: Float64Array
}

/**
 * Exact Shapley values of a cooperative game with `players` players, whose value function is
 * given a coalition as a bit mask:
 *   φ_i = Σ_{S ∌ i} |S|!·(n − |S| − 1)!/n! · (v(S ∪ {i}) − v(S)),
 * the average of player i's marginal contribution over every order of arrival. v is called once
 * per coalition (2^n calls). Σ φ_i = v(all) − v(none) up to floating-point rounding.
 */
export function shapleyValues(players: number, value: (mask: number) => number): ShapleyResult {
  if (!Number.isInteger(players) || players < 0 || players > MAX_PLAYERS)
    throw new RangeError(`players must be a whole number from 0 to ${MAX_PLAYERS}`)
  const size = 1 << players
  const coalitions = new Float64Array(size)
  for (let mask = 0; mask < size; mask++) coalitions[mask] = value(mask)
  // weight[s] = s!·(n − s − 1)!/n!, built by ratios so no factorial overflows.
  const weight = new Float64Array(Math.max(players, 1))
  if (players > 0) {
    weight[0] = 1 / players
    for (let s = 1; s < players; s++) weight[s] = ((weight[s - 1] as number) * s) / (players - s)
  }
  const values = new Array<number>(players).fill(0)
  for (let i = 0; i < players; i++) {
    const bit = 1 << i
    let sum = 0
    for (let mask = 0; mask < size; mask++) {
      if (mask & bit) continue
      sum +=
        (weight[popCount(mask)] as number) *
        ((coalitions[mask | bit] as number) - (coalitions[mask] as number))
    }
    values[i] = sum
  }
  return { values, coalitions }
}

export function popCount(mask: number): number {
  let count = 0
  for (let m = mask; m !== 0; m &= m - 1) count++
  return count
}
