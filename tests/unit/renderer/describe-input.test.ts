import { describe, expect, it } from 'vitest'
import { shown } from '../../../renderer/src/components/describe-input'

const NB = '\u202f'

describe('inputs as the comparison and the history write them', () => {
  it('write a schedule in words, an earmarking from its first step', () => {
    const rate = { value: 0.06, steps: [{ year: 2030, value: 0.08 }] }
    const earmark = { value: 0, steps: [{ year: 2026, value: 1 }] }
    expect(shown(rate, 'share', 'fr', 'levers.dst.rate')).toBe(`6${NB}% puis 8${NB}% en 2030`)
    expect(shown(rate, 'share', 'en', 'levers.dst.rate')).toBe('6% then 8% in 2030')
    expect(shown(earmark, 'share', 'fr', 'levers.earmarking.dst')).toBe(`100${NB}% dès 2026`)
    expect(shown(earmark, 'share', 'en', 'levers.earmarking.dst')).toBe('100% from 2026')
    // A constant is written as before.
    expect(shown(0.06, 'share', 'en', 'levers.dst.rate')).toBe('6%')
  })
})
