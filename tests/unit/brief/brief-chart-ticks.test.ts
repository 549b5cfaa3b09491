import { describe, expect, it } from 'vitest'
import type { Language } from '@shared/app-identity'
import { formatNumber, parseNumber } from '@shared/format/format-value'
import { tickDigits, ticks } from '../../../renderer/src/brief/brief-chart'

/** Tick labels as the brief's charts print them: the step decides the decimals. */
function labels(min: number, max: number, language: Language) {
  const values = ticks(min, max)
  const digits = tickDigits(Math.abs((values[1] ?? 1) - (values[0] ?? 0)) || 1)
  return { values, texts: values.map((v) => formatNumber(v, language, digits)) }
}

describe('axis tick labels', () => {
  const ranges: Array<[number, number]> = [
    [0, 11],
    [0, 12],
    [-3, 9],
    [0, 1.2],
    [-0.6, 0.05],
    [0, 0.012],
    [0, 120],
    [-24.9, 0],
    [0, 5000],
  ]
  for (const language of ['fr', 'en'] as const)
    for (const [min, max] of ranges)
      it(`${min} to ${max} (${language}): every tick reads its own value, none rounded away`, () => {
        const { values, texts } = labels(min, max, language)
        expect(values.length).toBeGreaterThan(2)
        expect(new Set(texts).size).toBe(texts.length)
        texts.forEach((text, i) => {
          const read = parseNumber(text, language)
          expect(read).not.toBeNull()
          expect(Math.abs((read as number) - (values[i] as number))).toBeLessThan(1e-9)
        })
      })

  it('prints no decimals a whole step does not need', () => {
    expect(labels(0, 120, 'fr').texts.every((t) => !t.includes(','))).toBe(true)
    // A 2.5 step: 2,5 and 7,5, not 3 and 8.
    const { texts } = labels(0, 12, 'fr')
    expect(texts).toContain('2,5')
    expect(texts).toContain('7,5')
  })
})
