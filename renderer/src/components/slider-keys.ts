/** A slider's range, in the numbers it shows (percent fields in points). */
export interface SliderRange {
  readonly min: number
  readonly max: number
  readonly step: number
}

/** How many steps Page Up and Page Down move: a rate in tenths of a point moves a whole point. */
export const PAGE_STEPS = 10

/**
 * The value Page Up/Down, Home or End gives a slider, or null for any other key. Chromium's own
 * Page Up moves a tenth of the range (5 points on a 0–50 % rate: too coarse to aim with) so the
 * levers' sliders move PAGE_STEPS steps instead, never more than a tenth of the range for short
 * ones (a year slider keeps one year a step). Home and End go to the ends. The value stays on the
 * slider's grid of steps from its minimum, as arrow keys keep it.
 */
export function sliderKeyValue(key: string, value: number, range: SliderRange): number | null {
  const { min, max, step } = range
  if (key === 'Home') return min
  if (key === 'End') return max
  if (key !== 'PageUp' && key !== 'PageDown') return null
  const steps = Math.round((max - min) / step)
  const page = Math.max(1, Math.min(PAGE_STEPS, Math.floor(steps / 10)))
  const at = Math.round((value - min) / step) + (key === 'PageUp' ? page : -page)
  const clamped = Math.min(steps, Math.max(0, at))
  // Rounded so that 3 % + 1 point reads 4, not 4.000000000000001.
  return Math.round((min + clamped * step) * 1e9) / 1e9
}
