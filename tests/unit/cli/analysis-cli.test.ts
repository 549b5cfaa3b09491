import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { measureValue } from '@shared/model/comparison/comparison'
import type { ComparisonMeasure } from '@shared/model/comparison/comparison'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { withLeverValue } from '@shared/model/comparison/goal-seek'
import { presetReference } from '@shared/model/scenario/preset-reference'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { INDICATORS } from '@shared/model/engine/series'
import { UNITS } from '@shared/model/engine/units'
import type { Unit } from '@shared/model/engine/units'
import { PLAIN_CSV } from '@shared/format/csv'
import { readCsv } from '@shared/format/csv-read'
import { roundAsShown } from '@shared/format/format-value'
import { simulate } from '@shared/model/engine/simulate'
import { levierOnDisk as levier } from '../../helpers/levier-on-disk'
import { useTempDirs } from '../../helpers/temp-dir'
import { NOT_SHOWN } from '@shared/brief/indicator-groups'

const tempDir = useTempDirs()

const project = (s: Scenario) => simulate(s, getBaseline(s.baseline))
const valueIn = (s: Scenario, m: ComparisonMeasure) => measureValue(project(s), m)

/** Scenario files in a fresh folder: every preset named, one with all three levers on. */
function scenarioFiles() {
  const dir = tempDir()
  const write = (name: string, s: Scenario) => {
    writeFileSync(join(dir, name), JSON.stringify(s))
    return join(dir, name)
  }
  const dst = { ...defaultScenario('dst-6'), name: 'TSN 6 %' }
  const all = defaultScenario('dst-6')
  all.name = 'Tout'
  all.levers.dataLevy.enabled = true
  all.levers.platformContribution.enabled = true
  const directive = { ...defaultScenario('eu-platform-directive'), name: 'Directive' }
  return {
    dir,
    dst,
    all,
    directive,
    files: {
      dst: write('dst.json', dst),
      all: write('all.json', all),
      dir: write('d.json', directive),
    },
  }
}

/** An error as the other verbs give it: exit 2, one line on stderr, no stack. */
function expectOneLineRefusal(r: { code: number; stderr: string }, text: string) {
  expect(r.code).toBe(2)
  expect(r.stderr.startsWith('levier: '), r.stderr).toBe(true)
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1)
  expect(r.stderr).toContain(text)
}

describe('levier compare', () => {
  it('gives, per indicator, each scenario minus current law, recomputed here with simulate()', async () => {
    const { dst, all, files } = scenarioFiles()
    const r = await levier('compare', files.dst, files.all, '--format', 'json')
    expect(r.code, r.stderr).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.scenarios.map((s: { name: string }) => s.name)).toEqual(['TSN 6 %', 'Tout'])
    // Every indicator but those the tables do not show (the displaced jobs' cumulative: the peak again).
    expect(out.indicators).toHaveLength(INDICATORS.length - NOT_SHOWN.length)
    const reference = project(presetReference('current-law', dst))
    for (const row of out.indicators) {
      const m: ComparisonMeasure = { kind: 'indicator', id: row.id }
      const ref = measureValue(reference, m)
      if (!Number.isFinite(ref)) continue
      ;[dst, all].forEach((s, i) => {
        const expected = valueIn(s, m) - ref
        expect(row.deltas[i], row.id).toBeCloseTo(expected, 9)
      })
    }
  })

  it('takes a scenario file as the reference, and writes CSV whose differences are value − reference', async () => {
    const { dst, directive, files, dir } = scenarioFiles()
    const out = join(dir, 'table.csv')
    const r = await levier(
      'compare',
      files.dst,
      '--reference',
      files.dir,
      '--format',
      'csv',
      '--out',
      out,
    )
    expect(r.code, r.stderr).toBe(0)
    const { head, rows } = readCsv(readFileSync(out, 'utf8'), PLAIN_CSV)
    expect(head).toContainEqual(['Scenario', 'TSN 6 % (reference: Directive)'])
    expect(rows[0]).toEqual(['indicator', 'unit', 'Directive', 'TSN 6 %', 'TSN 6 % - Directive'])
    const units = new Map(INDICATORS.map((i) => [i.id as string, i.unit]))
    for (const [id = '', unitText, ref = '', value = '', delta = ''] of rows.slice(1)) {
      const unit = units.get(id) as Unit
      // The unit in words (€bn), the figures as the screen rounds them.
      expect(unitText, id).toBe(UNITS[unit].en)
      if (ref === '' || value === '') continue
      const m: ComparisonMeasure = { kind: 'indicator', id: id as never }
      expect(Number(ref), id).toBe(roundAsShown(valueIn(directive, m), unit))
      expect(Number(value), id).toBe(roundAsShown(valueIn(dst, m), unit))
      expect(Number(delta), id).toBe(roundAsShown(valueIn(dst, m) - valueIn(directive, m), unit))
    }
  })

  it('--attribution: each scenario’s Shapley shares sum to its total change, from without to with', async () => {
    const { all, files } = scenarioFiles()
    const r = await levier('compare', files.all, files.dst, '--attribution', '--format', 'json')
    expect(r.code, r.stderr).toBe(0)
    const [first] = JSON.parse(r.stdout).attribution
    const a = first.attribution
    expect(a.shares.length).toBeGreaterThanOrEqual(3)
    const sum = a.shares.reduce((t: number, s: { shapley: number }) => t + s.shapley, 0)
    expect(sum).toBeCloseTo(a.total, 9)
    expect(a.with).toBeCloseTo(valueIn(all, a.measure), 9)
    expect(a.total).toBeCloseTo(a.with - a.without, 9)
    const text = await levier('compare', files.all, '--attribution')
    expect(text.stdout).toContain('Attributed share (Shapley)')
  })

  it('refuses bad input with one line and writes nothing', async () => {
    const { dir, files } = scenarioFiles()
    writeFileSync(join(dir, 'bad.json'), '{ not json')
    const out = join(dir, 'never.csv')
    const cases: Array<[string[], string]> = [
      [[join(dir, 'missing.json')], 'cannot be read'],
      [[join(dir, 'bad.json')], 'not valid JSON'],
      [[files.dst, '--reference', join(dir, 'missing.json')], 'cannot be read'],
    ]
    for (const [args, text] of cases) {
      const r = await levier('compare', ...args, '--out', out)
      expectOneLineRefusal(r, text)
      expect(existsSync(out)).toBe(false)
    }
  })
})

describe('levier seek', () => {
  it('finds the lever value whose re-simulation hits the target within its tolerance', async () => {
    const { dst, files } = scenarioFiles()
    const measure: ComparisonMeasure = { kind: 'series', id: 'increment_dst', year: 2030 }
    // A target the lever can reach: what the model gives at another rate.
    const target = valueIn(withLeverValue(dst, 'levers.dst.rate', 0.045), measure)
    const r = await levier(
      'seek',
      files.dst,
      '--lever',
      'levers.dst.rate',
      '--target',
      `increment_dst=${target}@2030`,
      '--format',
      'json',
    )
    expect(r.code, r.stderr).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.status).toBe('found')
    const reached = valueIn(withLeverValue(dst, 'levers.dst.rate', out.value), measure)
    expect(Math.abs(reached - target)).toBeLessThanOrEqual(out.tolerance)
    const text = await levier(
      'seek',
      files.dst,
      '--lever',
      'levers.dst.rate',
      '--target',
      `increment_dst=${target}@2030`,
    )
    expect(text.stdout).toContain(`levers.dst.rate = ${out.value}`)
  })

  it('on a schedule, moves its last step and writes the schedule it makes in words', async () => {
    const dir = tempDir()
    const scheduled = defaultScenario('dst-6')
    scheduled.levers.dst.rate = { value: 0.04, steps: [{ year: 2028, value: 0.06 }] }
    const file = join(dir, 'scheduled.json')
    writeFileSync(file, JSON.stringify(scheduled))
    const measure: ComparisonMeasure = { kind: 'series', id: 'increment_dst', year: 2032 }
    const target = valueIn(withLeverValue(scheduled, 'levers.dst.rate', 0.05), measure)
    const args = ['seek', file, '--lever', 'levers.dst.rate', '--target']
    const json = await levier(...args, `increment_dst=${target}@2032`, '--format', 'json')
    expect(json.code, json.stderr).toBe(0)
    const found = JSON.parse(json.stdout) as { value: number }
    expect(found.value).toBeCloseTo(0.05, 3)
    const text = await levier(...args, `increment_dst=${target}@2032`)
    expect(text.stdout).toContain('its last step (2028) moved, the earlier ones kept')
    expect(text.stdout).toMatch(/levers\.dst\.rate: 4% then 5(\.0)?% in 2028/)
  })

  it('says clearly when the lever’s range cannot reach the target', async () => {
    const { files } = scenarioFiles()
    const r = await levier(
      'seek',
      files.dst,
      '--lever',
      'levers.dst.rate',
      '--target',
      'increment_dst_final=1e6',
    )
    expectOneLineRefusal(r, 'cannot be reached by moving levers.dst.rate within [0, 0.5]')
    expect(r.stdout).toContain('closest: levers.dst.rate = ')
  })

  it('refuses an unknown lever, indicator, a bad year or value, with one line', async () => {
    const { dir, files } = scenarioFiles()
    writeFileSync(join(dir, 'bad.json'), '[')
    const rate = 'levers.dst.rate'
    const refusals: [file: string, lever: string, target: string, said: string][] = [
      [files.dst, 'levers.dst.nope', 'increment_dst_final=1', 'cannot move "levers.dst.nope"'],
      [files.dst, rate, 'nope=1', 'unknown indicator "nope"'],
      [files.dst, rate, 'increment_dst=1@1990', 'not a year of the scenario'],
      [files.dst, rate, 'increment_dst=1', 'needs @YEAR'],
      [files.dst, rate, 'increment_dst_final=1@2030', 'takes no @YEAR'],
      [files.dst, rate, 'increment_dst_final=abc', 'is not a number'],
      [join(dir, 'bad.json'), rate, 'increment_dst_final=1', 'not valid JSON'],
      [join(dir, 'none.json'), rate, 'increment_dst_final=1', 'cannot be read'],
    ]
    for (const [file, lever, target, said] of refusals) {
      expectOneLineRefusal(await levier('seek', file, '--lever', lever, '--target', target), said)
    }
  })
})
