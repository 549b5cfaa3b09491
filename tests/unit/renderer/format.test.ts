import { describe, expect, it } from 'vitest'
import { formatValue, parseNumber } from '../../../renderer/src/format/format-value'

const N = '\u202f'

describe('numbers in French and English', () => {
  it('write money as analysts do in each language', () => {
    expect(formatValue(1234.5, 'bn_eur', 'fr')).toBe(`1${N}234,5${N}Md€`)
    expect(formatValue(1234.5, 'bn_eur', 'en')).toBe('€1,234.5bn')
    expect(formatValue(12.34, 'bn_eur', 'en')).toBe('€12.3bn')
    expect(formatValue(-0.84, 'bn_eur', 'en')).toBe('−€0.840bn')
    expect(formatValue(6.008, 'bn_eur', 'fr')).toBe(`6,01${N}Md€`)
    expect(formatValue(0, 'bn_eur', 'en')).toBe('€0bn')
  })

  it('show shares as percentages, with the French space before %', () => {
    expect(formatValue(0.64, 'share', 'fr')).toBe(`64${N}%`)
    expect(formatValue(0.64, 'share', 'en')).toBe('64%')
    expect(formatValue(0.035, 'share', 'en')).toBe('3.5%')
    expect(formatValue(0.025, 'share_per_year', 'fr')).toBe(`2,5${N}% par an`)
    expect(formatValue(0.139, 'pct_gdp', 'en')).toBe('0.14% of GDP')
  })

  it('write jobs, years and hours', () => {
    expect(formatValue(82220.4, 'fte', 'en')).toBe('82,220 FTE')
    expect(formatValue(82220.4, 'fte', 'fr').replace(/\s/g, ' ')).toBe('82 220 ETP')
    expect(formatValue(2035, 'year', 'fr')).toBe('2035')
    expect(formatValue(799.7, 'million_hours', 'en')).toBe('800 million hours')
  })

  it('never show NaN or Infinity', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity])
      expect(formatValue(bad, 'bn_eur', 'fr')).toBe('—')
  })
})

describe('reading typed numbers', () => {
  it('accepts each language’s separators and percentages', () => {
    expect(parseNumber('1 234,5', 'fr')).toBe(1234.5)
    expect(parseNumber(`1${N}234,5`, 'fr')).toBe(1234.5)
    expect(parseNumber('1,234.5', 'en')).toBe(1234.5)
    expect(parseNumber('6 %', 'fr', true)).toBeCloseTo(0.06, 12)
    expect(parseNumber('6%', 'en', true)).toBeCloseTo(0.06, 12)
    expect(parseNumber('−2,5', 'fr')).toBe(-2.5)
  })

  it('refuses letters, empty text and several numbers', () => {
    for (const text of ['', 'abc', '3a', '1,2,3.4.5', '--1', '6 % 7'])
      expect(parseNumber(text, 'en', true)).toBeNull()
    expect(parseNumber('12abc', 'fr')).toBeNull()
  })
})
