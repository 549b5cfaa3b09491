import { describe, expect, it } from 'vitest'
import { BASELINE_IDS } from '@shared/model/baseline/baselines'
import { compileScenario } from '@shared/model/engine/compile'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import {
  createExplainer,
  EXPLAINED_INDICATORS,
  EXPLAINED_SERIES,
} from '@shared/model/explain/explain'
import type { Explanation } from '@shared/model/explain/explain'
import { PRESETS } from '@shared/model/scenario/presets'
import { project } from '@shared/model/engine/project'
import { GLOBAL_SERIES, INDICATORS } from '@shared/model/engine/series'
import { simulate } from '@shared/model/engine/simulate'
import { createWorkspace } from '@shared/model/engine/workspace'
import { scenarioFrom } from '../../helpers/model'
import { baseline, problemsOf } from './explain-problems'

describe('explain: coverage', () => {
  it('explains every global series, every sector’s jobs and every indicator', () => {
    for (const spec of GLOBAL_SERIES) expect(EXPLAINED_SERIES, spec.id).toContain(spec.id)
    for (const spec of INDICATORS) expect(EXPLAINED_INDICATORS, spec.id).toContain(spec.id)
    expect(EXPLAINED_SERIES.filter((id) => id.startsWith('jobs_displaced.'))).toHaveLength(
      Object.keys(baseline.sectors).length,
    )
  })
})

describe.each(PRESETS.map((p) => [p.id]))('explain, preset %s', (id) => {
  it('every series in every year and every indicator recombine to the engine’s figures', () => {
    expect(problemsOf(scenarioFrom(id), (years) => years)).toEqual([])
  })
})

describe('explain, the other baseline still loadable', () => {
  it('every series in its first, middle and last years, and every indicator', () => {
    const other = BASELINE_IDS.filter((id) => id !== baseline.id)
    for (const baselineId of other)
      for (const preset of ['current-law', 'eu-platform-directive'])
        expect(
          problemsOf(defaultScenario(preset, baselineId), (years) => [
            years[0] as number,
            years[Math.floor(years.length / 2)] as number,
            years[years.length - 1] as number,
          ]).map((p) => `${baselineId}/${preset}: ${p}`),
        ).toEqual([])
  })
})

const byKey = (e: Explanation, key: string) => {
  const term = e.terms.find((t) => t.key === key)
  if (!term) throw new Error(`no term ${key}`)
  return term
}

describe('explain: what the terms say', () => {
  const scenario = scenarioFrom('dst-6', (s) => {
    s.assumptions['dst.deductibility'] = 0.7
    s.levers.dataLevy = { ...s.levers.dataLevy, enabled: true, startYear: 2030 }
  })
  const projection = simulate(scenario, baseline)
  const why = createExplainer(projection, scenario, baseline)
  const at = (id: string, year: number) =>
    projection.series.find((s) => s.id === id)?.values[projection.years.indexOf(year)] as number

  it('states the balance identities with the figures of the ledger', () => {
    for (const year of [2026, 2035]) {
      const robss = why({ kind: 'series', id: 'robss_balance', year })
      expect(byKey(robss, 'robss_balance_baseline').value).toBe(at('robss_balance_baseline', year))
      expect(byKey(robss, 'robss_balance_change').value).toBe(at('robss_balance_change', year))
      const unedic = why({ kind: 'series', id: 'unedic_balance', year })
      expect(byKey(unedic, 'coproduction_effect_unedic').value).toBe(
        at('coproduction_effect_unedic', year),
      )
      const apu = why({ kind: 'series', id: 'apu_effect', year })
      expect(apu.terms.map((t) => t.key)).toEqual(['increment_total', 'coproduction_effect_apu'])
    }
  })

  it('a reform not yet started adds nothing, and says why', () => {
    const e = why({ kind: 'series', id: 'increment_data_levy', year: 2028 })
    expect(e.value).toBe(0)
    expect(e.formula).toBe(0)
    expect(e.equation.fr).toContain('2028')
    const phase = byKey(e, 'phase')
    expect(phase.terms?.find((t) => t.key === 'levers.dataLevy.startYear')?.value).toBe(2030)
  })

  it('an assumption changed in the scenario is flagged, with the baseline’s value kept', () => {
    const e = why({ kind: 'series', id: 'revenue_dst', year: 2030 })
    const term = byKey(e, 'net_per_gross').terms?.find((t) => t.key === 'dst.deductibility')
    expect(term?.value).toBe(0.7)
    expect(term?.provenance).toMatchObject({
      kind: 'assumption',
      edited: true,
      baselineValue: baseline.assumptions['dst.deductibility']?.value,
    })
  })

  it('published financing tables are cited; later years say they are extended', () => {
    const last = baseline.robss.years[baseline.robss.years.length - 1] as number
    const published = why({ kind: 'series', id: 'robss_balance_baseline', year: last })
    expect(byKey(published, 'robss_receipts').provenance).toMatchObject({
      kind: 'table',
      year: last,
      extendedFrom: null,
      grade: baseline.robss.grade,
    })
    const extended = why({ kind: 'series', id: 'robss_balance_baseline', year: 2035 })
    const spending = byKey(extended, 'robss_spending')
    expect(spending.provenance).toMatchObject({ kind: 'table', extendedFrom: last })
    expect(spending.terms?.find((t) => t.key === 'published')?.value).toBe(
      baseline.robss.spending[baseline.robss.spending.length - 1],
    )
  })

  it('splits the levers’ burden as the engine does', () => {
    const model = compileScenario(scenario, baseline)
    const ws = createWorkspace(model)
    project(model, model.central, ws)
    const e = why({ kind: 'indicator', id: 'incidence_platforms' })
    ;['platforms', 'french_firms', 'consumers', 'workers'].forEach((k, i) =>
      expect(byKey(e, k).value).toBe(ws.incidence[i]),
    )
  })

  it('refuses what it cannot explain', () => {
    expect(() => why({ kind: 'series', id: 'robss_balance', year: 2070 })).toThrow(RangeError)
    expect(() => why({ kind: 'series', id: 'nope', year: 2030 })).toThrow()
    expect(() => why({ kind: 'indicator', id: 'nope' })).toThrow()
  })
})

describe('explain: the coverage ratio without a meaningful denominator', () => {
  it('gives no figure and says why, in both languages', () => {
    const scenario = scenarioFrom('dst-6', (s) => {
      s.horizon = { start: baseline.baseYear, end: baseline.baseYear }
    })
    const projection = simulate(scenario, baseline)
    const e = createExplainer(
      projection,
      scenario,
      baseline,
    )({
      kind: 'indicator',
      id: 'coverage_ratio_cumulative',
    })
    expect(e.value).toBeNaN()
    expect(e.formula).toBeNull()
    expect(e.equation.fr).toContain('Non significatif')
    expect(e.equation.en).toContain('Not meaningful')
    expect(byKey(e, 'cost').value).toBeLessThan(0.5)
  })
})
