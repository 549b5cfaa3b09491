import { describe, expect, it } from 'vitest'
import type { Language } from '@shared/app-identity'
import { formatValue } from '@shared/format/format-value'
import { fieldScheduleText, scheduleText } from '@shared/format/schedule-text'

const NB = '\u202f'
const percent = (language: Language) => (v: number) => formatValue(v, 'share', language)
/** « 3 % puis 4 % en 2027 puis 6 % en 2029 » */
const STEPPED = {
  value: 0.03,
  steps: [
    { year: 2027, value: 0.04 },
    { year: 2029, value: 0.06 },
  ],
}
const FROM_2026 = { value: 0, steps: [{ year: 2026, value: 1 }] }

describe('a schedule in words', () => {
  it('writes a constant alone, in either language', () => {
    expect(scheduleText(0.06, percent('fr'), 'fr')).toBe(`6${NB}%`)
    expect(scheduleText(0.06, percent('en'), 'en')).toBe('6%')
  })

  it('writes each step after the first value: « puis … en … », "then … in …"', () => {
    expect(scheduleText(STEPPED, percent('fr'), 'fr')).toBe(
      `3${NB}% puis 4${NB}% en 2027 puis 6${NB}% en 2029`,
    )
    expect(scheduleText(STEPPED, percent('en'), 'en')).toBe('3% then 4% in 2027 then 6% in 2029')
  })

  it('starts from the first step when the value before it goes without saying', () => {
    expect(scheduleText(FROM_2026, percent('fr'), 'fr', { silent: 0 })).toBe(`100${NB}% dès 2026`)
    expect(scheduleText(FROM_2026, percent('en'), 'en', { silent: 0 })).toBe('100% from 2026')
    const twoSteps = { value: 0, steps: [...FROM_2026.steps, { year: 2030, value: 0.5 }] }
    expect(scheduleText(twoSteps, percent('en'), 'en', { silent: 0 })).toBe(
      '100% from 2026 then 50% in 2030',
    )
    // Without that knowledge the 0 is said: a DST at 0 % is not current law.
    expect(scheduleText(FROM_2026, percent('en'), 'en')).toBe('0% then 100% in 2026')
  })

  it('knows from the lever table that an earmarking share of 0 is the State keeping it', () => {
    expect(fieldScheduleText('levers.earmarking.dst', FROM_2026, percent('fr'), 'fr')).toBe(
      `100${NB}% dès 2026`,
    )
    expect(fieldScheduleText('levers.dst.rate', FROM_2026, percent('fr'), 'fr')).toBe(
      `0${NB}% puis 100${NB}% en 2026`,
    )
  })
})
