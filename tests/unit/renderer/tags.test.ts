import { describe, expect, it } from 'vitest'
import { MAX_TAGS, MAX_TAG_LENGTH, parseTags } from '../../../renderer/src/format/tags'

describe('tags as typed', () => {
  it('split on commas and semicolons, trim, drop empty ones and case-insensitive repeats', () => {
    expect(parseTags(' PLF 2026 ;TSN,, plf 2026 ,  Sénat   2025 ')).toEqual({
      ok: true,
      tags: ['PLF 2026', 'TSN', 'Sénat 2025'],
    })
    expect(parseTags('')).toEqual({ ok: true, tags: [] })
  })

  it('refuse what the workbook would refuse, saying which limit', () => {
    expect(parseTags('x'.repeat(MAX_TAG_LENGTH))).toMatchObject({ ok: true })
    expect(parseTags(`a, ${'x'.repeat(MAX_TAG_LENGTH + 1)}`)).toEqual({
      ok: false,
      reason: 'tooLong',
    })
    const many = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`)
    expect(parseTags(many.slice(0, MAX_TAGS).join(','))).toMatchObject({ ok: true })
    expect(parseTags(many.join(','))).toEqual({ ok: false, reason: 'tooMany' })
  })
})
