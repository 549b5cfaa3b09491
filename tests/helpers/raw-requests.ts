/**
 * Requests no client library would send: bodies that are not JSON, wrong content types, odd call
 * names. Each must get a 4xx with the API's error shape, never a 5xx.
 */
export interface RawCase {
  readonly label: string
  readonly path: string
  readonly body: string
  readonly headers: Record<string, string>
}

export function rawCases(dir: string): RawCase[] {
  const json = { 'Content-Type': 'application/json' }
  const bodies: Array<[string, string]> = [
    ['truncated', '{"path":'],
    ['null', 'null'],
    ['array', '[]'],
    ['string', '"getAppInfo"'],
    ['number', '1e999'],
    ['trailing garbage', '{"id":"x"}garbage'],
    ['100,000 [', '['.repeat(100_000)],
    ['100,000 [ ]', `{"id":${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    ['100,000 {', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
    ['NUL in path', JSON.stringify({ path: `${dir}/a\u0000b.levier` })],
    ['lone surrogate', '{"id":"\\ud800"}'],
    ['BOM', '\ufeff{}'],
    ['duplicate keys', '{"id":"a","id":{"toString":null}}'],
    ['proto key', '{"__proto__":{"isAdmin":true},"id":"x"}'],
  ]
  const cases: RawCase[] = []
  for (const call of ['getScenario', 'newWorkbook', 'importScenarios', 'setPreferences']) {
    for (const [label, body] of bodies)
      cases.push({ label: `${call} ${label}`, path: `/api/${call}`, body, headers: json })
  }
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', '', 'application/jsonp'])
    cases.push({
      label: `content type ${type || '(none)'}`,
      path: '/api/getAppInfo',
      body: '{}',
      headers: { 'Content-Type': type },
    })
  for (const name of ['__proto__', 'constructor', 'toString', '%ZZ', 'x'.repeat(5000), '../x', ''])
    cases.push({
      label: `call ${name.slice(0, 20)}`,
      path: `/api/${name}`,
      body: '{}',
      headers: json,
    })
  return cases
}
