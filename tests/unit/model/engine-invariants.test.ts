import { describe, expect, it } from 'vitest'
import { support } from '@shared/model/distributions'
import { SECTOR_IDS } from '@shared/model/ids'
import { PRESETS } from '@shared/model/presets'
import type { Curve, Scenario } from '@shared/model/scenario-schema'
import { COVERAGE_CAP } from '@shared/model/series'
import type { CompiledModel } from '@shared/model/compile'
import { run, scenarioFrom, sum } from '../../helpers/model'

const REVENUE_SERIES = [
  'revenue_dst_gross',
  'revenue_dst',
  'revenue_data_levy',
  'revenue_platform',
  'lever_revenue_total',
  'lever_revenue_earmarked',
]

/** Every lever on, at the top of its range. */
function allLeversAtMax(s: Scenario): void {
  s.levers.dst = {
    enabled: true,
    startYear: 2025,
    phaseInYears: 2,
    rate: 0.5,
    tier: { enabled: true, rate: 0.5, thresholdBn: 2 },
  }
  s.levers.dataLevy = {
    enabled: true,
    startYear: 2025,
    phaseInYears: 0,
    mode: 'perVolume',
    ratePerUser: 1000,
    modulation: 1,
    ratePerGb: 10,
  }
  s.levers.platformContribution = {
    enabled: true,
    startYear: 2025,
    phaseInYears: 5,
    rate: 0.5,
    base: 'gmv',
    requalificationShare: 1,
    atSourceCollection: true,
  }
}

const CURVES: Record<string, Curve> = {
  logistic: { type: 'logistic', midpoint: 2030, steepness: 0.8, ceiling: 0.9 },
  drawnDown: {
    type: 'drawn',
    points: [
      { year: 2024, value: 0.6 },
      { year: 2030, value: 0.9 },
      { year: 2036, value: 0.2 },
    ],
  },
  bassFast: { type: 'bass', p: 1, q: 2, ceiling: 1, start: 0 },
  bassFull: { type: 'bass', p: 0.03, q: 0.38, ceiling: 1, start: 1 },
  bassZeroCeiling: { type: 'bass', p: 0.03, q: 0.38, ceiling: 0, start: 0 },
}

type ParamSet = (model: CompiledModel) => Float64Array
const PARAM_SETS: Record<string, ParamSet> = {
  central: (m) => m.central,
  allLow: (m) => {
    const p = Float64Array.from(m.central)
    m.uncertainDistributions.forEach((d, j) => (p[m.uncertain[j] as number] = support(d)[0]))
    return p
  },
  allHigh: (m) => {
    const p = Float64Array.from(m.central)
    m.uncertainDistributions.forEach((d, j) => (p[m.uncertain[j] as number] = support(d)[1]))
    return p
  },
}

const LEVER_SETS: Record<string, (s: Scenario) => void> = {
  ...Object.fromEntries(
    PRESETS.map((p) => [p.id, (s: Scenario) => void (s.levers = scenarioFrom(p.id).levers)]),
  ),
  allAtMax: allLeversAtMax,
}

describe('invariants over a matrix of levers, assumptions and curves', () => {
  for (const [leverName, setLevers] of Object.entries(LEVER_SETS)) {
    for (const [curveName, curve] of Object.entries({ default: null, ...CURVES })) {
      for (const [paramName, params] of Object.entries(PARAM_SETS)) {
        it(`${leverName} × ${curveName} curves × ${paramName} assumptions`, () => {
          const scenario = scenarioFrom('no-lever', (s) => {
            setLevers(s)
            if (curve) for (const id of SECTOR_IDS) s.sectors[id] = { curve, respondsToCost: true }
          })
          const r = run(scenario, params)
          expect(r.allValues().every(Number.isFinite)).toBe(true)
          SECTOR_IDS.forEach((id, s) => {
            const ceiling = r.model.ceilings[s] as number
            for (const a of r.series(`adoption.${id}`)) {
              expect(a).toBeGreaterThanOrEqual(0)
              expect(a).toBeLessThanOrEqual(ceiling + 1e-12)
            }
          })
          for (const c of r.series('coverage_ratio'))
            expect(Math.abs(c)).toBeLessThanOrEqual(COVERAGE_CAP)
          const incidence = [
            'incidence_platforms',
            'incidence_french_firms',
            'incidence_consumers',
            'incidence_workers',
          ] as const
          const shares = incidence.map((id) => r.indicator(id))
          for (const share of shares) expect(share).toBeGreaterThanOrEqual(0)
          expect([0, 1].some((total) => Math.abs(sum(shares) - total) < 1e-9)).toBe(true)
        })
      }
    }
  }
})

describe('lever revenue', () => {
  it('is exactly zero with no lever', () => {
    const r = run(scenarioFrom('no-lever'))
    for (const id of REVENUE_SERIES) expect(r.series(id).every((v) => v === 0)).toBe(true)
  })

  it('is exactly zero for levers that start after the horizon, whatever their settings', () => {
    const r = run(
      scenarioFrom('no-lever', (s) => {
        allLeversAtMax(s)
        for (const lever of [s.levers.dst, s.levers.dataLevy, s.levers.platformContribution])
          lever.startYear = s.horizon.end + 1
      }),
    )
    for (const id of REVENUE_SERIES) expect(r.series(id).every((v) => v === 0)).toBe(true)
  })

  it('starts in the start year and phases in linearly', () => {
    const r = run(
      scenarioFrom('no-lever', (s) => {
        s.levers.dst = {
          ...s.levers.dst,
          enabled: true,
          startYear: 2030,
          phaseInYears: 4,
          rate: 0.03,
        }
        s.assumptions['dst.rate_elasticity'] = 0
        s.assumptions['dst.base_growth'] = 0
      }),
    )
    const gross = r.series('revenue_dst_gross')
    const at = (year: number) => gross[r.years.indexOf(year)] as number
    expect(at(2029)).toBe(0)
    const full = at(2034)
    expect(full).toBeGreaterThan(0)
    expect(at(2030) / full).toBeCloseTo(0.25, 12)
    expect(at(2032) / full).toBeCloseTo(0.75, 12)
    expect(at(2040)).toBeCloseTo(full, 12)
  })

  it.each([
    [
      'DST',
      (s: Scenario, rate: number) =>
        (s.levers.dst = { ...s.levers.dst, enabled: true, startYear: 2025, rate }),
      'revenue_dst_gross',
      0.5,
    ],
    [
      'platform contribution',
      (s: Scenario, rate: number) =>
        (s.levers.platformContribution = {
          ...s.levers.platformContribution,
          enabled: true,
          startYear: 2025,
          rate,
        }),
      'revenue_platform',
      0.5,
    ],
    [
      'data levy per GB',
      (s: Scenario, rate: number) =>
        (s.levers.dataLevy = {
          ...s.levers.dataLevy,
          enabled: true,
          startYear: 2025,
          mode: 'perVolume',
          ratePerGb: rate,
        }),
      'revenue_data_levy',
      10,
    ],
  ])(
    'rises with the rate when behavioural elasticities are zero: %s',
    (_name, setRate, seriesId, maxRate) => {
      let previous = -Infinity
      for (let k = 0; k <= 10; k++) {
        const r = run(
          scenarioFrom('no-lever', (s) => {
            setRate(s, (maxRate * k) / 10)
            for (const id of [
              'dst.rate_elasticity',
              'data.minimisation_elasticity',
              'adoption.cost_response',
            ])
              s.assumptions[id] = 0
          }),
        )
        const total = sum(r.series(seriesId))
        expect(total).toBeGreaterThanOrEqual(previous)
        previous = total
      }
      expect(previous).toBeGreaterThan(0)
    },
  )
})

describe('coproduction', () => {
  it('displaces no job and costs nothing when adoption does not move', () => {
    const r = run(
      scenarioFrom('dst-6', (s) => {
        for (const id of SECTOR_IDS)
          s.sectors[id] = {
            curve: { type: 'bass', p: 0, q: 0, ceiling: 0.5, start: 0.3 },
            respondsToCost: true,
          }
      }),
    )
    for (const id of [
      'jobs_displaced_total',
      'wage_bill_lost',
      'contributions_lost',
      'benefits_cost',
      'coproduction_effect',
    ]) {
      expect(r.series(id).every((v) => v === 0)).toBe(true)
    }
    expect(r.indicator('jobs_displaced_peak')).toBe(0)
  })

  it('loses no wages when every displaced worker is redeployed in the firm', () => {
    const r = run(scenarioFrom('no-lever', (s) => (s.assumptions['labour.redeployment_share'] = 1)))
    expect(r.indicator('jobs_displaced_peak')).toBeGreaterThan(0)
    for (const id of ['wage_bill_lost', 'contributions_lost', 'benefits_cost'])
      expect(r.series(id).every((v) => v === 0)).toBe(true)
  })

  it('loses exactly the displaced wages when nobody is redeployed or re-employed (closed form)', () => {
    const scenario = scenarioFrom('no-lever', (s) => {
      s.assumptions['labour.redeployment_share'] = 0
      s.assumptions['labour.reemployment_hazard'] = 0
    })
    const r = run(scenario)
    const wageGrowth = r.model.central[r.model.index.get('macro.wage_growth') as number] as number
    r.years.forEach((year, i) => {
      const expected = SECTOR_IDS.reduce((total, id) => {
        const wage0 = r.model.central[r.model.index.get(`sector.${id}.wage`) as number] as number
        return (
          total +
          (r.series(`jobs_displaced.${id}`)[i] as number) *
            wage0 *
            Math.pow(1 + wageGrowth, year - 2024) *
            1e-9
        )
      }, 0)
      expect(r.series('wage_bill_lost')[i]).toBeCloseTo(expected, 9)
    })
  })

  it('costs social security more when exemptions are compensated euro for euro', () => {
    const lumpSum = run(scenarioFrom('no-lever'))
    const perEuro = run(
      scenarioFrom('no-lever', (s) => (s.assumptions['contrib.compensation_per_euro_share'] = 1)),
    )
    expect(sum(perEuro.series('contributions_lost'))).toBeGreaterThan(
      sum(lumpSum.series('contributions_lost')),
    )
    expect(perEuro.series('wage_bill_lost')).toEqual(lumpSum.series('wage_bill_lost'))
  })
})

describe('financing-gap identity', () => {
  for (const preset of [...PRESETS.map((p) => p.id)]) {
    it(`holds exactly, year by year: ${preset}`, () => {
      const r = run(scenarioFrom(preset))
      const gap = r.series('financing_gap')
      const baseline = r.series('financing_gap_baseline')
      const effect = r.series('coproduction_effect')
      const earmarked = r.series('lever_revenue_earmarked')
      gap.forEach((g, i) => {
        expect(g).toBe((baseline[i] as number) + (effect[i] as number) - (earmarked[i] as number))
        const parts =
          (r.series('contributions_lost')[i] as number) +
          (r.series('benefits_cost')[i] as number) +
          (r.series('itaf_lost')[i] as number)
        expect(effect[i]).toBeCloseTo(parts, 12)
      })
      expect(r.indicator('gap_change_cumulative')).toBeCloseTo(sum(effect) - sum(earmarked), 9)
    })
  }

  it('earmarks each lever at its own share', () => {
    const r = run(
      scenarioFrom('no-lever', (s) => {
        s.levers.dst = { ...s.levers.dst, enabled: true, startYear: 2025, rate: 0.06 }
        s.levers.dataLevy = { ...s.levers.dataLevy, enabled: true, startYear: 2026 }
        s.levers.earmarking = { dst: 0.25, dataLevy: 0.6, platformContribution: 1 }
      }),
    )
    r.years.forEach((_, i) => {
      const expected =
        0.25 * (r.series('revenue_dst')[i] as number) +
        0.6 * (r.series('revenue_data_levy')[i] as number)
      expect(r.series('lever_revenue_earmarked')[i]).toBeCloseTo(expected, 12)
    })
  })

  it('starts from the PLFSS 2026 and Unédic figures in the base year', () => {
    const r = run(scenarioFrom('no-lever'))
    // ROBSS 2024: 642.8 − 626.4; Unédic 2024: 44.8 − 45.7.
    expect(r.series('financing_gap_baseline')[0]).toBeCloseTo(642.8 - 626.4 + (44.8 - 45.7), 10)
  })
})
