import { describe, expect, it } from 'vitest'
import {
  API_CALL_NAMES,
  MENU_COMMANDS,
  ipcChannelOf,
  isApiCallName,
  isMenuCommand,
} from '@shared/api/calls'
import { API_CONTRACT, appInfoSchema } from '@shared/api/contract'
import { API_ERROR_CODES, apiResultSchema } from '@shared/api/result'
import {
  MAX_PAYLOAD_DEPTH,
  MAX_SHOWN_ISSUES,
  describeIssues,
  describeValue,
  issuePath,
  nestingDepth,
} from '@shared/api/validation'
import { MAX_FILE_NAME_BYTES, pathProblem } from '@shared/api/workbook-schemas'

describe('API contract', () => {
  it('describes exactly the calls listed for the preload, each on its own channel', () => {
    expect(Object.keys(API_CONTRACT).sort()).toEqual([...API_CALL_NAMES].sort())
    const channels = API_CALL_NAMES.map(ipcChannelOf)
    expect(new Set(channels).size).toBe(API_CALL_NAMES.length)
  })

  it('accepts the empty request of argument-less calls and refuses anything extra', () => {
    for (const name of ['getAppInfo', 'getPreferences'] as const) {
      expect(API_CONTRACT[name].request.safeParse({}).success).toBe(true)
      expect(API_CONTRACT[name].request.safeParse({ extra: 1 }).success).toBe(false)
      expect(API_CONTRACT[name].request.safeParse(null).success).toBe(false)
      expect(API_CONTRACT[name].request.safeParse('{}').success).toBe(false)
    }
  })

  it('accepts each language for setPreferences and refuses others', () => {
    const request = API_CONTRACT.setPreferences.request
    expect(request.safeParse({ language: 'fr' }).success).toBe(true)
    expect(request.safeParse({ language: 'en' }).success).toBe(true)
    expect(request.safeParse({}).success).toBe(true)
    expect(request.safeParse({ language: 'de' }).success).toBe(false)
    expect(request.safeParse({ language: 1 }).success).toBe(false)
    expect(request.safeParse({ language: 'fr', theme: 'dark' }).success).toBe(false)
  })

  it('refuses a prototype-pollution key instead of passing it through', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}}')
    expect(API_CONTRACT.setPreferences.request.safeParse(hostile).success).toBe(false)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('checks app info, including the version format and host kind', () => {
    const valid = {
      name: 'Levier',
      version: '1.2.3',
      host: 'loopback',
      platform: 'linux',
      dataDir: '/d',
    }
    expect(appInfoSchema.safeParse(valid).success).toBe(true)
    expect(appInfoSchema.safeParse({ ...valid, version: 'latest' }).success).toBe(false)
    expect(appInfoSchema.safeParse({ ...valid, host: 'cloud' }).success).toBe(false)
    const { dataDir: _omitted, ...missing } = valid
    expect(appInfoSchema.safeParse(missing).success).toBe(false)
  })

  it('has a result shape that is either a value or a known error, never both', () => {
    const schema = apiResultSchema(API_CONTRACT.getPreferences.response)
    expect(schema.safeParse({ ok: true, value: { language: 'en' } }).success).toBe(true)
    expect(
      schema.safeParse({ ok: false, error: { code: 'storage', message: 'disk full' } }).success,
    ).toBe(true)
    expect(schema.safeParse({ ok: false, error: { code: 'oops', message: 'x' } }).success).toBe(
      false,
    )
    expect(
      schema.safeParse({ ok: false, error: { code: 'internal', message: 'x', stack: 'at…' } })
        .success,
    ).toBe(false)
    expect(schema.safeParse({ ok: true, value: { language: 'en' }, error: {} }).success).toBe(false)
    expect(API_ERROR_CODES).toContain('internal')
  })

  it('recognises call names and menu commands, and nothing else', () => {
    for (const name of API_CALL_NAMES) expect(isApiCallName(name)).toBe(true)
    for (const command of MENU_COMMANDS) expect(isMenuCommand(command)).toBe(true)
    for (const other of ['', 'toString', '__proto__', 'constructor', 42, null]) {
      expect(isApiCallName(other)).toBe(false)
      expect(isMenuCommand(other)).toBe(false)
    }
  })
})

describe('validation messages', () => {
  it('name the field path, the problem and the value received', () => {
    const input = { language: 'de' }
    const parsed = API_CONTRACT.setPreferences.request.safeParse(input)
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    const [line] = describeIssues(parsed.error, input)
    expect(line).toMatch(/^language: /)
    expect(line).toContain('"de"')
    expect(line).toContain('"fr"')
  })

  it('write paths with indices and a root marker', () => {
    expect(issuePath([])).toBe('(root)')
    expect(issuePath(['sectors', 'retail', 'curve'])).toBe('sectors.retail.curve')
    expect(issuePath(['points', 3, 'year'])).toBe('points[3].year')
  })

  it('never throw on any JSON value, however hostile', () => {
    const hostile: unknown[] = [
      JSON.parse('{"toString":null,"valueOf":null}'),
      JSON.parse('[{"toString":null}]'),
      JSON.parse('{"__proto__":{"toString":null},"constructor":{"prototype":null}}'),
      Object.create(null),
      JSON.parse('['.repeat(20_000) + ']'.repeat(20_000)),
      'x'.repeat(5_000_000),
      undefined,
      null,
      Number.NaN,
    ]
    for (const value of hostile) {
      const text = describeValue(value)
      expect(typeof text).toBe('string')
      expect(text.length).toBeLessThanOrEqual(61)
    }
    expect(describeValue('x'.repeat(100))).toBe(`"${'x'.repeat(59)}…`)
    expect(describeValue(JSON.parse('['.repeat(20_000) + ']'.repeat(20_000)))).toBe(
      'an array of 1 item',
    )
  })

  it('describe an issue on a value whose toString is null without throwing', () => {
    const input = JSON.parse('{"id":[{"toString":null}]}')
    const parsed = API_CONTRACT.deleteScenario.request.safeParse(input)
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    expect(describeIssues(parsed.error, input).join('; ')).toMatch(
      /^id: .*\(got \[\{"toString":null\}\]\)/,
    )
  })

  it('show the first problems of a payload with thousands, and how many more', () => {
    const input = { ids: Array.from({ length: 5000 }, () => 7) }
    const parsed = API_CONTRACT.exportScenarios.request.safeParse(input)
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    const lines = describeIssues(parsed.error, input)
    expect(lines).toHaveLength(MAX_SHOWN_ISSUES + 1)
    expect(lines.at(-1)).toBe(`and ${5000 - MAX_SHOWN_ISSUES} more problems`)
  })

  it('measure nesting without recursion, stopping past the limit', () => {
    expect(nestingDepth(1)).toBe(0)
    expect(nestingDepth({ a: [1, { b: [] }] })).toBe(4)
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000))
    expect(nestingDepth(deep)).toBe(MAX_PAYLOAD_DEPTH + 1)
  })
})

describe('file paths in requests', () => {
  const dir = '/home/analyst/Documents'
  const pathCalls = [
    (path: string) => API_CONTRACT.newWorkbook.request.safeParse({ path }),
    (path: string) => API_CONTRACT.openWorkbook.request.safeParse({ path }),
    (path: string) => API_CONTRACT.saveWorkbookAs.request.safeParse({ path }),
    (path: string) => API_CONTRACT.saveBriefPdf.request.safeParse({ path, paper: 'A4' }),
    (path: string) =>
      API_CONTRACT.chooseFilePath.request.safeParse({ purpose: 'savePdf', defaultPath: path }),
  ]

  it('accept ordinary paths, accented and long ones within the limits', () => {
    const fine = [
      `${dir}/Budget 2027.levier`,
      `${dir}/Scénarios été/Réforme — variante.levier`,
      `${dir}/${'é'.repeat(MAX_FILE_NAME_BYTES / 2)}`,
      `/${'d'.repeat(255)}/${'f'.repeat(MAX_FILE_NAME_BYTES)}`,
    ]
    for (const path of fine) {
      expect(pathProblem(path)).toBeNull()
      for (const parse of pathCalls) expect(parse(path).success).toBe(true)
    }
  })

  it('refuse NUL and other control characters, too-long paths and names, with a clear message', () => {
    const bad: Array<[string, RegExp]> = [
      [`${dir}/a\u0000b.levier`, /control characters/],
      [`${dir}/line\nbreak.levier`, /control characters/],
      [`${dir}/del\u007f.levier`, /control characters/],
      [`${dir}/${'a'.repeat(MAX_FILE_NAME_BYTES + 1)}`, /file name longer than 200 bytes/],
      [`${dir}/${'é'.repeat(MAX_FILE_NAME_BYTES / 2 + 1)}`, /file name longer than 200 bytes/],
      [`/${'d'.repeat(256)}/w.levier`, /folder name longer than 255 bytes/],
      [`/${'d/'.repeat(2100)}w.levier`, /at most 4096 characters/],
    ]
    for (const [path, message] of bad) {
      expect(pathProblem(path)).toMatch(message)
      for (const parse of pathCalls) {
        const parsed = parse(path)
        expect(parsed.success).toBe(false)
        if (!parsed.success) expect(describeIssues(parsed.error, {}).join()).toMatch(message)
      }
    }
  })
})
