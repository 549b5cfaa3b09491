import { describe, expect, it } from 'vitest'
import { comparePair } from '@shared/model/uncertainty/band-overlap'
import type { Band } from '@shared/model/uncertainty/band-overlap'
import {
  axisLabel,
  distinctLabels,
  whiskerPlot,
} from '../../../renderer/src/compare/compare-uncertainty-plot'
import {
  fill,
  formatShareOfDraws,
  pairStatement,
} from '../../../renderer/src/compare/compare-uncertainty-text'
import { translator } from '../../../renderer/src/i18n/translate'

const fr = translator('fr')
const en = translator('en')
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i)
const band = (values: readonly number[]): Band => {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.round((p / 100) * (sorted.length - 1))] as number
  return { p5: at(5), p50: at(50), p95: at(95) }
}
const pair = (a: number[], b: number[]) => comparePair(0, 1, [band(a), band(b)], [a, b])

describe('placeholders', () => {
  it('are filled in one pass, so braces in a name stay as typed', () => {
    expect(fill('{a} et {b}', { a: 'TSN {b}', b: 'X' })).toBe('TSN {b} et X')
    expect(fill('{a} / {missing}', { a: '1' })).toBe('1 / {missing}')
  })
})

describe('shares of draws', () => {
  it('are never rounded to a certainty or an impossibility they are not', () => {
    expect(formatShareOfDraws(1999 / 2000, 'fr', fr)).toBe('plus de 99,9\u202f%')
    expect(formatShareOfDraws(1 / 5000, 'fr', fr)).toBe('moins de 0,1\u202f%')
    expect(formatShareOfDraws(1999 / 2000, 'en', en)).toBe('more than 99.9%')
    expect(formatShareOfDraws(1, 'fr', fr)).toBe('100\u202f%')
    expect(formatShareOfDraws(0, 'fr', fr)).toBe('0\u202f%')
    expect(formatShareOfDraws(0.97, 'fr', fr)).toBe('97\u202f%')
    expect(formatShareOfDraws(0.9994, 'fr', fr)).toBe('99,9\u202f%')
  })
})

describe('pair statements', () => {
  const names = ['TSN 6 %', 'Plateformes']
  const base = range(0, 101)

  it('say overlapping bands with no settled order are not told apart from the uncertainty', () => {
    const text = pairStatement(pair(base, [...base].reverse()), names, 'fr', fr)
    expect(text).toContain('Les bandes de « TSN 6 % » et de « Plateformes » se chevauchent.')
    expect(text).toContain('n’est pas distinguable de l’incertitude des hypothèses')
    expect(text).toMatch(
      /Tirage par tirage, « .+ » est inférieur à « .+ » dans \d+(,\d)?\u202f% des tirages/,
    )
  })

  it('say which is below in how many draws when the order holds, with the ties', () => {
    const b = base.map((v, i) => (i < 2 ? v : v + 10))
    const result = pair(base, b)
    expect(result.verdict).toBe('overlapOrdered')
    const text = pairStatement(result, names, 'fr', fr)
    expect(text).toContain(
      'Tirage par tirage, « TSN 6 % » est inférieur à « Plateformes » dans 98\u202f% des tirages et égal dans 2\u202f%.',
    )
    expect(text).toContain(
      'mais « TSN 6 % » reste inférieur ou égal à « Plateformes » dans au moins 95\u202f% des tirages.',
    )
    expect(pairStatement(result, names, 'en', en)).toContain(
      'Draw by draw, “TSN 6 %” is below “Plateformes” in 98% of the draws and equal in 2%.',
    )
  })

  it('name the scenario whose band lies below when they are apart, and the identical case', () => {
    const text = pairStatement(
      pair(
        base.map((v) => v + 500),
        base,
      ),
      names,
      'fr',
      fr,
    )
    expect(text).toContain(
      'ne se chevauchent pas : celle de « Plateformes » est entièrement en dessous.',
    )
    expect(text).toContain(
      '« Plateformes » est inférieur à « TSN 6 % » dans 100\u202f% des tirages.',
    )
    expect(text).toContain('dépasse l’incertitude des hypothèses')
    const nudged = base.map((v, i) => (i < 3 ? v + 1 : v))
    expect(pairStatement(pair(base, nudged), names, 'fr', fr)).toContain(
      'Les deux scénarios donnent la même valeur dans au moins 95\u202f% des tirages.',
    )
    expect(pairStatement(pair(base, [...base]), names, 'fr', fr)).toBe(
      '« TSN 6 % » et « Plateformes » donnent la même valeur à chaque tirage.',
    )
  })
})

describe('the whisker chart', () => {
  const points = [
    { name: 'A', colour: '#0072b2', p5: 0.1, p50: 0.25, p95: 0.3 },
    { name: 'B', colour: '#e69f00', p5: 0.2, p50: 0.2, p95: 0.6 },
    { name: 'A', colour: '#009e73', p5: 0, p50: 0, p95: 0 },
  ]

  it('draws each median with error bars reaching its 5th and 95th percentiles, in its colour', () => {
    const { data, layout } = whiskerPlot(points, 'share', 'fr')
    expect(data).toHaveLength(3)
    data.forEach((trace, i) => {
      const p = points[i]!
      const y = (trace.y as number[])[0]!
      const errors = trace.error_y as { array: number[]; arrayminus: number[]; color: string }
      // Shares are drawn in percent: the bars end at p95 and p5, scaled the same way.
      expect(y).toBeCloseTo(p.p50 * 100, 9)
      expect(y + errors.array[0]!).toBeCloseTo(p.p95 * 100, 9)
      expect(y - errors.arrayminus[0]!).toBeCloseTo(p.p5 * 100, 9)
      expect(errors.array[0]).toBeGreaterThanOrEqual(0)
      expect(errors.arrayminus[0]).toBeGreaterThanOrEqual(0)
      expect((trace.marker as { color: string }).color).toBe(p.colour)
      expect(errors.color).toBe(p.colour)
    })
    expect(data.map((trace) => (trace.x as string[])[0])).toEqual(['A (1)', 'B', 'A (3)'])
    expect((layout.yaxis as { ticksuffix: string }).ticksuffix).toBe(' %')
  })

  it('breaks long names into lines at spaces, and escapes the markup Plotly would read', () => {
    expect(axisLabel('Contribution des plateformes')).toBe('Contribution des<br>plateformes')
    expect(axisLabel('TSN 6 %')).toBe('TSN 6 %')
    expect(axisLabel('Superlongnamewithoutanyspace')).toBe('Superlongnamewithoutanyspace')
    expect(axisLabel('<b>A & B</b>')).toBe('&lt;b&gt;A &amp; B&lt;/b&gt;')
  })

  it('keeps names that do not repeat as they are', () => {
    expect(distinctLabels(['x', 'y', 'z'])).toEqual(['x', 'y', 'z'])
    expect(distinctLabels(['x', 'x'])).toEqual(['x (1)', 'x (2)'])
  })
})
