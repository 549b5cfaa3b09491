import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backcastMarkdown } from '@shared/model/backcast'
import { getBaseline } from '@shared/model/baselines'
import { defaultScenario } from '@shared/model/default-scenario'
import { PRESETS } from '@shared/model/presets'
import { scenarioJsonSchema } from '@shared/model/scenario-json-schema'
import { INDICATORS, SERIES } from '@shared/model/series'
import { runLevier } from '../../../electron/cli/run'
import type { CliIo } from '../../../electron/cli/run'

/** The CLI with files and streams in memory. */
async function levier(argv: string[], files: Record<string, string> = {}) {
  let stdout = ''
  let stderr = ''
  const written: Record<string, string> = {}
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readText: async (path) => {
      const text = files[path]
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`)
      return text
    },
    writeText: (path, text) => void (written[path] = text),
  }
  const code = await runLevier(argv, io)
  return { code, stdout, stderr, written }
}

const scenarioText = (preset = 'dst-6') => JSON.stringify(defaultScenario(preset))

describe('levier CLI', () => {
  it('prints a complete, valid scenario for each preset', async () => {
    for (const preset of PRESETS) {
      const { code, stdout } = await levier(['scenario', 'default', '--preset', preset.id])
      expect(code).toBe(0)
      const simulated = await levier(['simulate', 's.json'], { 's.json': stdout })
      expect(simulated.code).toBe(0)
    }
  })

  it('lists the presets', async () => {
    const { code, stdout } = await levier(['presets', '--format', 'json'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout).map((p: { id: string }) => p.id)).toEqual(PRESETS.map((p) => p.id))
  })

  it('simulates to JSON with years, every series with its unit, indicators and versions', async () => {
    const { code, stdout, stderr } = await levier(['simulate', 's.json'], {
      's.json': scenarioText(),
    })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    expect(out.years[0]).toBe(2024)
    expect(out.years.at(-1)).toBe(2040)
    expect(out.series.map((s: { id: string }) => s.id)).toEqual(SERIES.map((s) => s.id))
    expect(out.indicators.map((s: { id: string }) => s.id)).toEqual(INDICATORS.map((s) => s.id))
    for (const s of out.series) expect(s.values).toHaveLength(out.years.length)
    expect(out.modelVersion).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('simulates to CSV with one column per year, and writes to --out', async () => {
    const { code, stdout, written } = await levier(
      ['simulate', 's.json', '--format', 'csv', '--out', 'r.csv'],
      { 's.json': scenarioText() },
    )
    expect(code).toBe(0)
    expect(stdout).toBe('')
    const lines = (written['r.csv'] as string).split('\r\n')
    expect(lines[0]).toBe(
      ['series', 'unit', ...Array.from({ length: 17 }, (_, i) => 2024 + i)].join(','),
    )
    expect(lines.find((l) => l.startsWith('financing_gap,bn_eur,'))?.split(',')).toHaveLength(19)
    expect(lines).toContain('indicator,unit,value')
  })

  it('adds percentile bands with --draws and --seed, reproducibly, and a tornado', async () => {
    const args = ['simulate', 's.json', '--draws', '200', '--seed', '7', '--tornado', 'gap_final']
    const a = await levier(args, { 's.json': scenarioText() })
    const b = await levier(args, { 's.json': scenarioText() })
    expect(a.code).toBe(0)
    const out = JSON.parse(a.stdout)
    expect(out.monteCarlo.draws).toBe(200)
    expect(out.monteCarlo.series[0]).toHaveProperty('p95')
    expect(out.tornado.indicator).toBe('gap_final')
    expect(out.tornado.bars.length).toBeGreaterThan(10)
    expect(b.stdout).toBe(a.stdout)
  })

  it.each([
    [['simulate', 'missing.json'], 'missing.json: cannot be read'],
    [['simulate', 'bad.json'], 'bad.json: not valid JSON'],
    [
      ['simulate', 'invalid.json'],
      'invalid.json: levers.dst.rate: must be between 0 and 0.5 (got 7)',
    ],
    [['simulate', 's.json', '--draws', '0'], '--draws: must be between 1 and 100000'],
    [['simulate', 's.json', '--seed', '3'], '--seed needs --draws'],
    [['simulate', 's.json', '--tornado', 'happiness'], '--tornado: must be one of'],
    [['simulate', 's.json', '--format', 'xlsx'], '--format'],
    [['scenario', 'default', '--preset', 'dst-99'], 'unknown preset "dst-99"'],
    [['frobnicate'], 'unknown or incomplete command: frobnicate'],
    [['simulate'], 'unknown or incomplete command: simulate'],
    [['presets', '--colour', 'red'], 'unknown option: --colour'],
  ])(
    'exits 2 on invalid input %j with the error on stderr and no stack trace',
    async (argv, message) => {
      const invalid = JSON.parse(scenarioText())
      invalid.levers.dst.rate = 7
      const { code, stdout, stderr } = await levier(argv, {
        's.json': scenarioText(),
        'bad.json': '{"schemaVersion": 1,',
        'invalid.json': JSON.stringify(invalid),
      })
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toContain(message)
      expect(stderr).not.toMatch(/\n\s+at /)
    },
  )

  it('prints help and version', async () => {
    expect((await levier(['--help'])).stdout).toContain('Usage: levier')
    expect((await levier(['--version'])).stdout).toMatch(
      /^levier \d+\.\d+\.\d+ \(model \d+\.\d+\.\d+\)\n$/,
    )
  })
})

describe('published documents stay in step with the code', () => {
  const docs = join(import.meta.dirname, '../../../docs')

  it('docs/scenario.schema.json is the schema the code validates with (npm run docs to refresh)', () => {
    expect(JSON.parse(readFileSync(join(docs, 'scenario.schema.json'), 'utf8'))).toEqual(
      scenarioJsonSchema(),
    )
  })

  it('docs/model.md shows the back-casts the model computes now', () => {
    expect(readFileSync(join(docs, 'model.md'), 'utf8')).toContain(
      backcastMarkdown(getBaseline('fr-2024')),
    )
  })
})
