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
