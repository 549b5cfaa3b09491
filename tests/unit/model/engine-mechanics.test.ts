import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { SECTOR_IDS } from '@shared/model/engine/ids'
import { HOURS_PER_YEAR } from '@shared/model/engine/labour'
import { dstKept } from '@shared/model/levers/lever-revenue'
import { PRESETS } from '@shared/model/scenario/presets'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { run, scenarioFrom, sum } from '../../helpers/model'

const value = (id: string) => getBaseline('fr-2025').assumptions[id]?.value as number

/** Only one sector's adoption moves; every other sector is flat. */
function onlySectorMoves(s: Scenario, moving: (typeof SECTOR_IDS)[number]): void {
  for (const id of SECTOR_IDS)
    if (id !== moving)
      s.sectors[id] = {
        curve: { type: 'bass', p: 0, q: 0, ceiling: 0.5, start: 0.3 },
        respondsToCost: true,
      }
}

describe('coproduction, by fund', () => {
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
      'contributions_lost_unedic',
      'benefits_cost',
      'coproduction_effect',
      'coproduction_effect_apu',
      'labour_cost_saved',
    ])
      expect(r.series(id).every((v) => v === 0)).toBe(true)
  })

  it('loses exactly the displaced wages when nobody is redeployed, re-employed or hired elsewhere (closed form)', () => {
    const r = run(
      scenarioFrom('current-law', (s) => {
        s.assumptions['labour.redeployment_share'] = 0
        s.assumptions['labour.reemployment_hazard'] = 0
        s.assumptions['labour.reemployment_hazard_long'] = 0
        s.assumptions['labour.entrant_hazard'] = 0
      }),
    )
    const wageGrowth = value('macro.wage_growth')
    r.years.forEach((year, i) => {
      const expected = SECTOR_IDS.reduce(
        (total, id) =>
          total +
          (r.series(`jobs_displaced.${id}`)[i] as number) *
            value(`sector.${id}.wage`) *
            Math.pow(1 + wageGrowth, year - 2024) *
            1e-9,
        0,
      )
      expect(r.series('wage_bill_lost')[i]).toBeCloseTo(expected, 9)
    })
  })

  it('loses no wages when every job goes by redeployment (no attrition, all laid-off redeployed)', () => {
    const r = run(
      scenarioFrom('current-law', (s) => {
        s.assumptions['labour.redeployment_share'] = 1
        s.assumptions['labour.attrition_share'] = 0
        s.assumptions['sector.public_counter.civil_servant_share'] = 0
      }),
    )
    expect(r.indicator('jobs_displaced_peak')).toBeGreaterThan(0)
    for (const id of ['wage_bill_lost', 'contributions_lost', 'benefits_cost'])
      expect(r.series(id).every((v) => v === 0)).toBe(true)
    // Redeployed people are still paid: no labour cost is saved (up to rounding of the pools).
    for (const saved of r.series('labour_cost_saved')) expect(Math.abs(saved)).toBeLessThan(1e-9)
  })

  it('pays no benefits for posts that go by attrition: entrants never hired are not entitled', () => {
    const r = run(scenarioFrom('current-law', (s) => (s.assumptions['labour.attrition_share'] = 1)))
    expect(sum(r.series('wage_bill_lost'))).toBeGreaterThan(0)
    expect(r.series('benefits_cost').every((v) => v === 0)).toBe(true)
  })

  it('civil servants are never laid off: the State saves their wages and pays no benefit', () => {
    const r = run(
      scenarioFrom('current-law', (s) => {
        onlySectorMoves(s, 'public_counter')
        s.assumptions['sector.public_counter.civil_servant_share'] = 1
      }),
    )
    expect(sum(r.series('jobs_displaced.public_counter'))).toBeGreaterThan(0)
    expect(r.series('benefits_cost').every((v) => v === 0)).toBe(true)
    expect(sum(r.series('state_savings'))).toBeGreaterThan(0)
    expect(r.series('labour_cost_saved').every((v) => v === 0)).toBe(true)
  })

  it('a share leaving the labour force never comes back; with no exit nobody leaves', () => {
    const none = run(scenarioFrom('current-law', (s) => (s.assumptions['labour.exit_rate'] = 0)))
    expect(none.series('labour_force_exits').every((v) => v === 0)).toBe(true)
    const some = run(scenarioFrom('current-law', (s) => (s.assumptions['labour.exit_rate'] = 0.1)))
    expect(sum(some.series('wage_bill_lost'))).toBeGreaterThan(sum(none.series('wage_bill_lost')))
  })

  it('costs the ROBSS more when exemptions are compensated euro for euro', () => {
    const lumpSum = run(scenarioFrom('current-law'))
    const perEuro = run(
      scenarioFrom(
        'current-law',
        (s) => (s.assumptions['contrib.compensation_per_euro_share'] = 1),
      ),
    )
    expect(sum(perEuro.series('contributions_lost'))).toBeGreaterThan(
      sum(lumpSum.series('contributions_lost')),
    )
    expect(perEuro.series('wage_bill_lost')).toEqual(lumpSum.series('wage_bill_lost'))
  })

  it('value sharing: nothing to margins, no tax on them; everything to margins, all of the saving', () => {
    const prices = run(
      scenarioFrom('current-law', (s) => (s.assumptions['value.margin_share'] = 0)),
    )
    for (const id of ['value_to_margins', 'value_sharing_robss', 'value_sharing_state'])
      expect(prices.series(id).every((v) => v === 0)).toBe(true)
    const margins = run(
      scenarioFrom('current-law', (s) => (s.assumptions['value.margin_share'] = 1)),
    )
    margins.series('value_to_margins').forEach((m, i) => {
      expect(m).toBeCloseTo(margins.series('labour_cost_saved')[i] as number, 12)
    })
  })
})

describe('levers over current law', () => {
  it('current law yields nothing more, and the DST collected is the 3 % one', () => {
    const r = run(scenarioFrom('current-law'))
    expect(r.series('increment_total').every((v) => v === 0)).toBe(true)
    expect(r.series('revenue_dst')).toEqual(r.series('revenue_dst_current_law'))
  })

  it('DST at 6 % above €2 bn: the increment in closed form with no behavioural response', () => {
    const scenario = scenarioFrom('dst-6', (s) => {
      s.assumptions['dst.rate_elasticity'] = 0
      s.assumptions['adoption.cost_response'] = 0
    })
    const r = run(scenario)
    const share = value('dst.large_group_share')
    r.years.forEach((year, i) => {
      const current = r.series('revenue_dst_current_law')[i] as number
      const expected = year < 2026 ? 0 : current * ((share * 0.06) / 0.03 - 1)
      expect(r.series('increment_dst')[i]).toBeCloseTo(expected, 12)
    })
    // The €2 bn threshold takes the smaller groups out: less than doubling the rate alone.
    const without = run(
      scenarioFrom('dst-6', (s) => {
        s.levers.dst.worldwideThreshold = '750m'
        s.assumptions['dst.rate_elasticity'] = 0
        s.assumptions['adoption.cost_response'] = 0
      }),
    )
    expect(sum(r.series('increment_dst'))).toBeLessThan(sum(without.series('increment_dst')))
  })

  it('earmarks the increment only: the existing 3 % stays with the State', () => {
    const r = run(scenarioFrom('dst-6', (s) => (s.levers.earmarking.dst = 1)))
    r.years.forEach((_, i) => {
      expect(r.series('increment_robss')[i]).toBeCloseTo(r.series('increment_dst')[i] as number, 12)
    })
    const none = run(scenarioFrom('dst-6', (s) => (s.levers.earmarking.dst = 0)))
    expect(none.series('increment_robss').every((v) => v === 0)).toBe(true)
  })

  it('the DST base shrinks faster as the rate rises (the elasticity rises with it)', () => {
    const reference = 0.03
    const elasticity = 0.1
    const at = (rate: number) => dstKept(rate, reference, elasticity)
    expect(at(reference)).toBe(1)
    expect(at(0.15)).toBeLessThan(Math.pow(0.15 / reference, -elasticity))
    // The local elasticity −d ln(kept)/d ln(rate) is ε·rate/reference.
    const h = 1e-6
    for (const rate of [0.03, 0.06, 0.15]) {
      const local = -(Math.log(at(rate * (1 + h))) - Math.log(at(rate))) / Math.log(1 + h)
      expect(local).toBeCloseTo((elasticity * rate) / reference, 5)
    }
  })

  it('phases a reform in linearly from current law', () => {
    const r = run(
      scenarioFrom('dst-6', (s) => {
        s.levers.dst = {
          ...s.levers.dst,
          startYear: 2030,
          phaseInYears: 4,
          worldwideThreshold: '750m',
        }
        s.assumptions['dst.rate_elasticity'] = 0
        s.assumptions['adoption.cost_response'] = 0
      }),
    )
    const at = (year: number) => r.series('increment_dst')[r.years.indexOf(year)] as number
    const currentAt = (year: number) =>
      r.series('revenue_dst_current_law')[r.years.indexOf(year)] as number
    expect(at(2029)).toBe(0)
    for (const [year, phase] of [
      [2030, 0.25],
      [2032, 0.75],
      [2035, 1],
    ] as const)
      expect(at(year) / currentAt(year)).toBeCloseTo(phase, 12)
  })

  it('requalification at the SMIC × paid hours raises the labour cost, so employment responds', () => {
    const hours = value('platform.hours_per_worker')
    const leave = value('platform.paid_leave_and_expenses')
    const turnover = value('platform.turnover_per_worker')
    const wage = (hours / HOURS_PER_YEAR) * (1 + leave) * value('macro.smic_annual')
    expect(wage / turnover).toBeGreaterThan(1)
    const directive = run(scenarioFrom('eu-platform-directive'))
    expect(sum(directive.series('increment_platform'))).toBeGreaterThan(0)
  })

  it('the platform base grows once, with platform adoption (and prices)', () => {
    const r = run(
      scenarioFrom('platform-profit-10', (s) => (s.assumptions['adoption.cost_response'] = 0)),
    )
    const still = run(
      scenarioFrom('platform-profit-10', (s) => {
        s.assumptions['adoption.cost_response'] = 0
        onlySectorMoves(s, 'retail_checkout')
        s.sectors.platform_intermediation = {
          curve: { type: 'bass', p: 0, q: 0, ceiling: 0.7, start: 0.3 },
          respondsToCost: true,
        }
      }),
    )
    const last = r.years.length - 1
    // From the year contributions are collected at source (evasion then stays put), a flat
    // platform adoption leaves the yield growing with wages alone.
    const from = value('platform.at_source_year')
    const wageFactor = Math.pow(1 + value('macro.wage_growth'), r.years[last]! - from)
    const flat = still.series('increment_platform')
    expect(flat[last]! / flat[r.years.indexOf(from)]!).toBeCloseTo(wageFactor, 9)
    expect(r.series('increment_platform')[last]).toBeGreaterThan(flat[last] as number)
  })
})

describe('financing', () => {
  it('starts from the PLFSS 2026 and October 2025 Unédic figures in the base year', () => {
    const r = run(scenarioFrom('current-law'))
    const baseline = getBaseline('fr-2025')
    expect(r.series('robss_balance_baseline')[0]).toBeCloseTo(
      (baseline.robss.receipts[0] as number) - (baseline.robss.spending[0] as number),
      12,
    )
    baseline.unedic.years.forEach((year, k) => {
      expect(r.series('unedic_balance_baseline')[r.years.indexOf(year)]).toBeCloseTo(
        (baseline.unedic.receipts[k] as number) - (baseline.unedic.spending[k] as number),
        12,
      )
    })
  })

  it('keeps the ROBSS on the PLFSS table for its published years whatever the scenario', () => {
    for (const preset of PRESETS) {
      const r = run(scenarioFrom(preset.id))
      const baseline = getBaseline('fr-2025')
      baseline.robss.years.forEach((year, k) => {
        expect(r.series('robss_receipts_baseline')[r.years.indexOf(year)]).toBe(
          baseline.robss.receipts[k],
        )
      })
    }
  })

  it('does not carry a one-off past its year (the 2026 State levy on Unédic)', () => {
    const baseline = getBaseline('fr-2025')
    const oneOff = baseline.unedic.lastYearOneOff
    expect(oneOff).toBeDefined()
    const r = run(scenarioFrom('current-law'))
    const lastYear = baseline.unedic.years[baseline.unedic.years.length - 1] as number
    const i = r.years.indexOf(lastYear)
    const growth = (1 + value('macro.wage_growth')) * (1 + value('macro.employment_growth'))
    const receipts =
      (baseline.unedic.receipts[baseline.unedic.receipts.length - 1] as number) -
      (oneOff?.receipts ?? 0)
    const spending =
      (baseline.unedic.spending[baseline.unedic.spending.length - 1] as number) *
      (1 + value('macro.gdp_growth'))
    const expected =
      receipts * growth - spending - (r.series('coproduction_effect_unedic')[i + 1] as number)
    expect(r.series('unedic_balance')[i + 1]).toBeCloseTo(expected, 9)
  })

  it('discounts present values to the horizon’s first year at the stated rate', () => {
    const r = run(scenarioFrom('dst-6'))
    const rate = value('finance.discount_rate')
    const pv = r.series('increment_total').reduce((t, v, i) => t + v / Math.pow(1 + rate, i), 0)
    expect(r.indicator('increment_total_pv')).toBeCloseTo(pv, 9)
    expect(r.indicator('increment_total_cumulative')).toBeCloseTo(
      sum(r.series('increment_total')),
      9,
    )
    expect(r.indicator('increment_total_full')).toBe(
      r.series('increment_total')[r.years.indexOf(2026)],
    )
  })
})
