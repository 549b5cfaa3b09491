/** The most tags a scenario keeps, and the longest tag (as the workbook API accepts them). */
export const MAX_TAGS = 50
export const MAX_TAG_LENGTH = 50

/**
 * Tags as typed: separated by commas or semicolons, trimmed, empty ones dropped, duplicates
 * (ignoring case) kept once. Returns the tags, or the reason they cannot be kept.
 */
export function parseTags(
  text: string,
): { ok: true; tags: string[] } | { ok: false; reason: 'tooMany' | 'tooLong' } {
  const seen = new Set<string>()
  const tags: string[] = []
  for (const raw of text.split(/[,;]/)) {
    const tag = raw.trim().replace(/\s+/g, ' ')
    if (tag === '' || seen.has(tag.toLocaleLowerCase())) continue
    if (tag.length > MAX_TAG_LENGTH) return { ok: false, reason: 'tooLong' }
    seen.add(tag.toLocaleLowerCase())
    tags.push(tag)
  }
  return tags.length > MAX_TAGS ? { ok: false, reason: 'tooMany' } : { ok: true, tags }
}
