import { describe, expect, it } from 'vitest'
import { sliderKeyValue } from '../../../renderer/src/components/slider-keys'

// The DST rate as its slider shows it: 0 to 50 %, in tenths of a point.
const RATE = { min: 0, max: 50, step: 0.1 }

describe('a lever slider’s large steps and ends', () => {
  it('Page Up and Page Down move a rate a whole point (10 steps), not a tenth of its range', () => {
    expect(sliderKeyValue('PageUp', 3, RATE)).toBe(4)
    expect(sliderKeyValue('PageDown', 6, RATE)).toBe(5)
    // From 3 % to 6 % is three presses, not thirty arrows.
    let value = 3
    for (let i = 0; i < 3; i++) value = sliderKeyValue('PageUp', value, RATE) ?? value
    expect(value).toBe(6)
  })

  it('stop at the ends and stay on the grid of steps', () => {
    expect(sliderKeyValue('PageUp', 49.5, RATE)).toBe(50)
    expect(sliderKeyValue('PageDown', 0.4, RATE)).toBe(0)
    expect(sliderKeyValue('PageUp', 3.14, RATE)).toBe(4.1)
  })

  it('move a short range by at most a tenth of it: a year slider keeps one year', () => {
    const years = { min: 2025, max: 2035, step: 1 }
    expect(sliderKeyValue('PageUp', 2026, years)).toBe(2027)
    const phaseIn = { min: 0, max: 40, step: 1 }
    expect(sliderKeyValue('PageUp', 0, phaseIn)).toBe(4)
  })

  it('Home and End go to the minimum and the maximum; other keys are left to the slider', () => {
    expect(sliderKeyValue('Home', 6, RATE)).toBe(0)
    expect(sliderKeyValue('End', 6, RATE)).toBe(50)
    expect(sliderKeyValue('ArrowRight', 6, RATE)).toBeNull()
  })
})
