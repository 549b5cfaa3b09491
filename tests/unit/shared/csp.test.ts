import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CSP_HEADER, CSP_META, SECURITY_HEADERS } from '@shared/security/csp'

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/)
      return [name as string, values.join(' ')]
    }),
  )
}

describe('content security policy', () => {
  it('never allows eval of any kind', () => {
    for (const policy of [CSP_HEADER, CSP_META]) {
      expect(policy).not.toContain('unsafe-eval')
      expect(policy).not.toContain('wasm-unsafe-eval')
    }
  })

  it('denies by default and loads scripts only from the app itself', () => {
    const header = directives(CSP_HEADER)
    expect(header.get('default-src')).toBe("'none'")
    expect(header.get('script-src')).toBe("'self'")
    expect(header.get('object-src')).toBe("'none'")
    expect(header.get('frame-ancestors')).toBe("'none'")
  })

  it('writes the same policy in the meta tag, less what browsers ignore there', () => {
    const meta = directives(CSP_META)
    const header = directives(CSP_HEADER)
    expect(meta.has('frame-ancestors')).toBe(false)
    for (const [name, value] of meta) expect(header.get(name)).toBe(value)
    expect(header.size).toBe(meta.size + 1)
  })

  it('is the policy every response carries', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CSP_HEADER)
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff')
  })
})

describe('the meta tag of renderer/index.html', () => {
  const html = readFileSync(join(import.meta.dirname, '../../../renderer/index.html'), 'utf8')
  const head = html.slice(0, html.indexOf('</head>'))
  // Every meta tag whose http-equiv names the CSP, however its attributes are spelt or laid out.
  const cspTags = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map((match) => ({ tag: match[0], index: match.index }))
    .filter(({ tag }) => /http-equiv\s*=\s*["']?content-security-policy/i.test(tag))

  it('is written once, in the source page itself', () => {
    expect(cspTags).toHaveLength(1)
  })

  it('is exactly CSP_META, the policy the hosts send less the header-only directives', () => {
    const content = /\bcontent\s*=\s*"([^"]*)"/i.exec(cspTags[0]?.tag ?? '')?.[1]
    expect(content).toBe(CSP_META)
  })

  it('comes before anything the page loads, so it governs all of it', () => {
    const first = cspTags[0]?.index ?? Infinity
    const loads = [...head.matchAll(/<(script|link|style)\b/gi)].map((match) => match.index)
    expect(loads.length).toBeGreaterThan(0)
    for (const index of loads) expect(first).toBeLessThan(index)
    expect(html.indexOf('<script')).toBeGreaterThan(first)
  })
})
