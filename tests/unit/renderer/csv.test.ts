import { describe, expect, it } from 'vitest'
import { toCsv } from '../../../renderer/src/format/csv'

describe('CSV for spreadsheets', () => {
  it('uses ; and a decimal comma in French, , and a point in English, with a UTF-8 mark', () => {
    const rows = [
      ['Année', 'Besoin (bn_eur)'],
      [2024, 15.5],
    ]
    expect(toCsv(rows, 'fr')).toBe('\ufeffAnnée;Besoin (bn_eur)\r\n2024;15,5\r\n')
    expect(toCsv(rows, 'en')).toBe('\ufeffAnnée,Besoin (bn_eur)\r\n2024,15.5\r\n')
  })

  it('quotes fields holding the separator, quotes or line breaks, and leaves non-numbers empty', () => {
    expect(toCsv([['a;b', 'say "hi"', 'x\ny', Number.NaN]], 'fr')).toBe(
      '\ufeff"a;b";"say ""hi""";"x\ny";\r\n',
    )
    expect(toCsv([['1,5']], 'en')).toBe('\ufeff"1,5"\r\n')
  })
})
