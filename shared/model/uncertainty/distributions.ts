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

function triangularQuantile(u: number, min: number, mode: number, max: number): number {
  const span = max - min
  if (span <= 0) return min
  const cut = (mode - min) / span
  return u < cut
    ? min + Math.sqrt(u * span * (mode - min))
    : max - Math.sqrt((1 - u) * span * (max - mode))
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
