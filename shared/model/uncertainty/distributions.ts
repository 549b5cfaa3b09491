import { z } from 'zod'

/**
 * Distributions an assumption may carry instead of a single value. `lowDefaultHigh` is the
 * analyst's three-point judgement, sampled as a triangular distribution.
 */
const finite = z.number().finite()

export const distributionSchema = z.discriminatedUnion('dist', [
  z
    .strictObject({ dist: z.literal('uniform'), min: finite, max: finite })
    .refine((d) => d.min <= d.max, { message: 'min must not exceed max' }),
  z
    .strictObject({ dist: z.literal('triangular'), min: finite, mode: finite, max: finite })
    .refine((d) => d.min <= d.mode && d.mode <= d.max, { message: 'expected min ≤ mode ≤ max' }),
  z
    .strictObject({
      dist: z.literal('normal'),
      mean: finite,
      sd: z.number().finite().positive(),
      min: finite,
      max: finite,
    })
    .refine((d) => d.min <= d.mean && d.mean <= d.max, { message: 'expected min ≤ mean ≤ max' }),
  z
    .strictObject({ dist: z.literal('lowDefaultHigh'), low: finite, default: finite, high: finite })
    .refine((d) => d.low <= d.default && d.default <= d.high, {
      message: 'expected low ≤ default ≤ high',
    }),
])
export type Distribution = z.infer<typeof distributionSchema>

const Z95 = 1.6448536269514722

/** The value a deterministic projection uses. */
export function centralValue(d: Distribution): number {
  switch (d.dist) {
    case 'uniform':
      return (d.min + d.max) / 2
    case 'triangular':
      return d.mode
    case 'normal':
      return d.mean
    case 'lowDefaultHigh':
      return d.default
  }
}

/**
 * A triangular distribution's quantile function, worked out once: [min, the mode's quantile, span,
 * mode − min, max, max − mode]. A degenerate one (span 0) always gives its minimum.
 */
export function triangularTable(min: number, mode: number, max: number): number[] {
  const span = max - min
  return span > 0
    ? [min, (mode - min) / span, span, mode - min, max, max - mode]
    : [min, 2, 0, 0, max, 0]
}

/**
 * The value at quantile u of the triangular distribution whose table (`triangularTable`) starts at
 * `row`. Which side of the mode u falls is a coin toss for a Monte Carlo draw, which the processor
 * cannot predict: both sides are worked out and the right one kept by multiplying by 1 or 0
 * (exact), with a single square root.
 */
export function triangularAt(table: ArrayLike<number>, row: number, u: number): number {
  const span = table[row + 2] as number
  const left = +(u < (table[row + 1] as number))
  const right = 1 - left
  const root = Math.sqrt(
    left * (u * span * (table[row + 3] as number)) +
      right * ((1 - u) * span * (table[row + 5] as number)),
  )
  return left * ((table[row] as number) + root) + right * ((table[row + 4] as number) - root)
}

function triangularQuantile(u: number, min: number, mode: number, max: number): number {
  return triangularAt(triangularTable(min, mode, max), 0, u)
}

/**
 * The low and high values the tornado swings between: the 5th and 95th percentiles (for the
 * truncated normal, mean ∓ 1.645 sd clamped to its bounds), or the analyst's own low and high.
 */
export function swingBounds(d: Distribution): [number, number] {
  switch (d.dist) {
    case 'uniform':
      return [d.min + 0.05 * (d.max - d.min), d.min + 0.95 * (d.max - d.min)]
    case 'triangular':
      return [
        triangularQuantile(0.05, d.min, d.mode, d.max),
        triangularQuantile(0.95, d.min, d.mode, d.max),
      ]
    case 'normal':
      return [Math.max(d.min, d.mean - Z95 * d.sd), Math.min(d.max, d.mean + Z95 * d.sd)]
    case 'lowDefaultHigh':
      return [d.low, d.high]
  }
}

/** Every value the distribution can produce lies in [lowest, highest]. */
export function support(d: Distribution): [number, number] {
  switch (d.dist) {
    case 'uniform':
    case 'triangular':
    case 'normal':
      return [d.min, d.max]
    case 'lowDefaultHigh':
      return [d.low, d.high]
  }
}

/** Distribution kinds as small integers, so sampling needs no object lookups in the hot loop. */
export const DIST_CODES = { uniform: 0, triangular: 1, normal: 2, lowDefaultHigh: 1 } as const

/** How many numbers `samplerParams` gives a distribution: the stride of `CompiledModel.distParams`. */
export const SAMPLER_PARAMS = 4

/** Four numbers that describe any distribution for the sampler: [a, b, c, d]. */
export function samplerParams(d: Distribution): [number, number, number, number] {
  switch (d.dist) {
    case 'uniform':
      return [d.min, d.max, 0, 0]
    case 'triangular':
      return [d.min, d.mode, d.max, 0]
    case 'lowDefaultHigh':
      return [d.low, d.default, d.high, 0]
    case 'normal':
      return [d.mean, d.sd, d.min, d.max]
  }
}
