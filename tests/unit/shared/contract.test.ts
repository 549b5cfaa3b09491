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
import { describeIssues, issuePath } from '@shared/api/validation'

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
})
