import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baselines'
import { compileScenario } from '@shared/model/compile'
import { centralValue } from '@shared/model/distributions'
import { EXPLAINED_INDICATORS, EXPLAINED_SERIES, explain } from '@shared/model/explain'
import type { Explanation, Term } from '@shared/model/explain'
import { formulaKeys, recombine } from '@shared/model/explain-types'
import { PRESETS } from '@shared/model/presets'
import { project } from '@shared/model/project'
import type { Scenario } from '@shared/model/scenario-schema'
import { simulate } from '@shared/model/simulate'
import type { Projection } from '@shared/model/simulate'
import { createWorkspace } from '@shared/model/workspace'
import { scenarioFrom } from '../../helpers/model'

const baseline = getBaseline('fr-2024')

/** Equal up to floating-point rounding (sums taken in another order, powers for products). */
function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

/** Every preset, and variants reaching the branches presets do not: tier, per-GB levy, VAT… */
const CASES: ReadonlyArray<readonly [string, Scenario]> = [
  ...PRESETS.map((p) => [p.id, scenarioFrom(p.id)] as const),
  [
    'all levers, phased in, late horizon start',
    scenarioFrom('dst-15-tier', (s) => {
      s.horizon = { start: 2027, end: 2045 }
      s.levers.dst.phaseInYears = 3
      s.levers.dataLevy = {
        ...s.levers.dataLevy,
        enabled: true,
        mode: 'perVolume',
        ratePerGb: 0.01,
      }
      s.levers.platformContribution = {
        ...s.levers.platformContribution,
        enabled: true,
        base: 'commission',
        requalificationShare: 0.2,
        atSourceCollection: true,
      }
      s.levers.earmarking = { dst: 0.5, dataLevy: 0.25, platformContribution: 0.75 }
      s.assumptions['itaf.vat_loss_rate'] = 0.03
      s.assumptions['contrib.compensation_per_euro_share'] = 0.5
      s.assumptions['labour.reemployment_hazard'] = { dist: 'uniform', min: 0.2, max: 0.6 }
    }),
  ],
  [
    'platform levy on GMV, no at-source collection',
    scenarioFrom('platform-profit-10', (s) => {
      s.levers.platformContribution.base = 'gmv'
      s.levers.platformContribution.requalificationShare = 0.5
    }),
  ],
]

function get(object: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], object)
}

/**
 * Each node's formula gives its value; keys are unique and every key a formula names exists.
 * Returns what is wrong (one message per problem), so a failure lists every node at fault.
 */
function treeProblems(
  formula: Explanation['formula'],
  value: number,
  terms: readonly Term[],
  path: string,
): string[] {
  const problems: string[] = []
  const keys = terms.map((t) => t.key)
  if (new Set(keys).size !== keys.length) problems.push(`${path}: duplicate keys ${keys.join(',')}`)
  if (formula !== null) {
    const missing = formulaKeys(formula).filter((key) => !keys.includes(key))
    if (missing.length > 0) problems.push(`${path}: no term ${missing.join(',')}`)
    else {
      const again = recombine(formula, terms)
      if (!close(again, value)) problems.push(`${path}: ${again} ≠ ${value}`)
    }
  }
  for (const term of terms)
    problems.push(
      ...treeProblems(term.formula ?? null, term.value, term.terms ?? [], `${path}/${term.key}`),
    )
  return problems
}

/** Each term's value is the one its provenance names: the series, the assumption, the setting. */
function provenanceProblems(
  terms: readonly Term[],
  scenario: Scenario,
  full: Projection,
  path: string,
): string[] {
  const problems: string[] = []
  const check = (ok: boolean, where: string, what: string) => {
    if (!ok) problems.push(`${where}: ${what}`)
  }
  for (const term of terms) {
    const where = `${path}/${term.key}`
    const p = term.provenance
    if (p.kind === 'series' && p.year !== null) {
      const values = full.series.find((s) => s.id === p.id)?.values ?? []
      const expected = values[p.year - baseline.baseYear] as number
      check(close(term.value, expected), where, `${term.value} ≠ series ${expected}`)
    } else if (p.kind === 'assumption') {
      const entry = baseline.assumptions[p.id]
      const set = scenario.assumptions[p.id]
      const used =
        set === undefined ? entry?.value : typeof set === 'number' ? set : centralValue(set)
      check(term.value === used, where, `${term.value} ≠ assumption ${used}`)
      check(p.grade === entry?.grade && p.year === entry?.year, where, 'grade or year')
      const title = entry?.source ? baseline.sources[entry.source]?.title : null
      check((p.source?.title ?? null) === title, where, 'source')
      check(p.edited === (used !== entry?.value), where, 'edited flag')
    } else if (p.kind === 'setting') {
      check(term.value === get(scenario, p.path), where, `≠ setting ${p.path}`)
    } else if (p.kind === 'table' && p.extendedFrom === null) {
      // Table lines are keyed robss_spending…, their published value nested under that key.
      const table = where.includes('robss') ? 'robss' : 'unedic'
      const side = where.includes('receipts') ? 'receipts' : 'spending'
      const published = baseline[table][side][p.year - baseline.baseYear]
      check(term.value === published, where, `${term.value} ≠ table ${published}`)
    }
    problems.push(...provenanceProblems(term.terms ?? [], scenario, full, where))
  }
  return problems
}

const byKey = (e: Explanation, key: string) => {
  const term = e.terms.find((t) => t.key === key)
  if (!term) throw new Error(`no term ${key}`)
  return term.value
}

describe.each(CASES)('explain (%s)', (_, scenario) => {
  const projection = simulate(scenario, baseline)
  // The same scenario from the base year, to check terms read before the horizon starts.
  const full = simulate(
    { ...scenario, horizon: { ...scenario.horizon, start: baseline.baseYear } },
    baseline,
  )
  const series = (id: string) => projection.series.find((s) => s.id === id)?.values ?? []
  const at = (id: string, year: number) => series(id)[projection.years.indexOf(year)] as number

  it('every explained series, in every year: the figure shown, recombined from its terms', () => {
    const problems: string[] = []
    for (const id of EXPLAINED_SERIES) {
      for (const year of projection.years) {
        const e = explain({ kind: 'series', id, year }, projection, scenario, baseline)
        const path = `${id}@${year}`
        if (e.value !== at(id, year)) problems.push(`${path}: shows ${e.value}`)
        if (e.formula === null) problems.push(`${path}: no formula`)
        problems.push(...treeProblems(e.formula, e.value, e.terms, path))
        problems.push(...provenanceProblems(e.terms, scenario, full, path))
      }
    }
    expect(problems).toEqual([])
  })

  it('every explained indicator: the headline value, recombined from its terms', () => {
    for (const id of EXPLAINED_INDICATORS) {
      const e = explain({ kind: 'indicator', id }, projection, scenario, baseline)
      expect(e.value).toBe(projection.indicators.find((i) => i.id === id)?.value)
      expect(e.formula, id).not.toBeNull()
      expect(treeProblems(e.formula, e.value, e.terms, id)).toEqual([])
      expect(provenanceProblems(e.terms, scenario, full, id)).toEqual([])
    }
  })

  it('states the model’s identities with the values of the ledger', () => {
    const last = projection.years[projection.years.length - 1] as number
    for (const year of projection.years) {
      const gap = explain(
        { kind: 'series', id: 'financing_gap', year },
        projection,
        scenario,
        baseline,
      )
      expect(byKey(gap, 'financing_gap_baseline')).toBe(at('financing_gap_baseline', year))
      expect(byKey(gap, 'coproduction_effect')).toBe(at('coproduction_effect', year))
      expect(byKey(gap, 'lever_revenue_earmarked')).toBe(at('lever_revenue_earmarked', year))
      const effect = explain(
        { kind: 'series', id: 'coproduction_effect', year },
        projection,
        scenario,
        baseline,
      )
      expect(
        close(
          effect.value,
          byKey(effect, 'contributions_lost') +
            byKey(effect, 'benefits_cost') +
            byKey(effect, 'itaf_lost'),
        ),
      ).toBe(true)
      const total = explain(
        { kind: 'series', id: 'lever_revenue_total', year },
        projection,
        scenario,
        baseline,
      )
      expect(
        close(
          total.value,
          at('revenue_dst', year) + at('revenue_data_levy', year) + at('revenue_platform', year),
        ),
      ).toBe(true)
      expect(byKey(total, 'revenue_dst')).toBe(at('revenue_dst', year))
    }
    const final = explain({ kind: 'indicator', id: 'gap_final' }, projection, scenario, baseline)
    expect(final.year).toBe(last)
    expect(final.value).toBe(at('financing_gap', last))
    expect(byKey(final, 'financing_gap_baseline')).toBe(at('financing_gap_baseline', last))
    const pct = explain(
      { kind: 'indicator', id: 'gap_final_pct_gdp' },
      projection,
      scenario,
      baseline,
    )
    expect(close(pct.value, (100 * byKey(pct, 'financing_gap')) / byKey(pct, 'gdp'))).toBe(true)
    const change = explain(
      { kind: 'indicator', id: 'gap_change_cumulative' },
      projection,
      scenario,
      baseline,
    )
    expect(change.terms).toHaveLength(projection.years.length)
    const gaps = projection.years.map(
      (y) => at('financing_gap', y) - at('financing_gap_baseline', y),
    )
    expect(
      close(
        change.terms.reduce((a, t) => a + t.value, 0),
        gaps.reduce((a, b) => a + b, 0),
      ),
    ).toBe(true)
  })

  it('splits the levers’ burden as the engine does', () => {
    const model = compileScenario(scenario, baseline)
    const ws = createWorkspace(model)
    project(model, model.central, ws)
    const e = explain(
      { kind: 'indicator', id: 'incidence_platforms' },
      projection,
      scenario,
      baseline,
    )
    const burdens = ['platforms', 'french_firms', 'consumers', 'workers'].map((k) => byKey(e, k))
    burdens.forEach((b, i) => expect(close(b, ws.incidence[i] as number), `burden ${i}`).toBe(true))
  })
})

describe('explain: what the terms say', () => {
  const scenario = scenarioFrom('dst-6', (s) => {
    s.assumptions['dst.deductibility'] = 0.7
  })
  const projection = simulate(scenario, baseline)

  it('a lever not yet started collects nothing, and says why', () => {
    const e = explain(
      { kind: 'series', id: 'revenue_dst', year: 2025 },
      projection,
      scenario,
      baseline,
    )
    expect(e.value).toBe(0)
    expect(e.formula).toBe(0)
    expect(e.equation.fr).toContain('2025')
    const phase = e.terms.find((t) => t.key === 'phase')
    expect(phase?.terms?.find((t) => t.key === 'levers.dst.startYear')?.value).toBe(2026)
  })

  it('an assumption changed in the scenario is flagged, with the baseline’s value kept', () => {
    const e = explain(
      { kind: 'series', id: 'revenue_dst', year: 2030 },
      projection,
      scenario,
      baseline,
    )
    const term = e.terms.find((t) => t.key === 'dst.deductibility')
    expect(term?.value).toBe(0.7)
    expect(term?.provenance).toMatchObject({
      kind: 'assumption',
      edited: true,
      baselineValue: 0.85,
    })
    const tax = e.terms.find((t) => t.key === 'macro.corporate_tax_rate')
    expect(tax?.provenance).toMatchObject({ kind: 'assumption', edited: false, grade: 'O' })
  })

  it('published financing tables are cited; later years say they are extended', () => {
    const published = explain(
      { kind: 'series', id: 'financing_gap_baseline', year: 2026 },
      projection,
      scenario,
      baseline,
    )
    expect(published.terms[0]?.provenance).toMatchObject({
      kind: 'table',
      year: 2026,
      extendedFrom: null,
      grade: 'O',
    })
    const extended = explain(
      { kind: 'series', id: 'financing_gap_baseline', year: 2035 },
      projection,
      scenario,
      baseline,
    )
    const robss = extended.terms.find((t) => t.key === 'robss_spending')
    expect(robss?.provenance).toMatchObject({ kind: 'table', extendedFrom: 2029 })
    expect(robss?.terms?.find((t) => t.key === 'published')?.value).toBe(baseline.robss.spending[5])
  })

  it('refuses what it cannot explain', () => {
    expect(() =>
      explain({ kind: 'series', id: 'financing_gap', year: 2070 }, projection, scenario, baseline),
    ).toThrow(RangeError)
    expect(() =>
      explain({ kind: 'series', id: 'nope', year: 2030 }, projection, scenario, baseline),
    ).toThrow()
    expect(() =>
      explain({ kind: 'indicator', id: 'nope' }, projection, scenario, baseline),
    ).toThrow()
  })
})
