import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { LEDGER_BLOCKS, LEDGER_SERIES } from '@shared/model/engine/ledger-series'
import { GLOBAL_SERIES } from '@shared/model/engine/series'
import { simulate } from '@shared/model/engine/simulate'
import {
  balanceCard,
  discountRate,
  fullPhaseInYear,
  publishedYears,
  seriesAt,
  splitAt,
} from '../../../renderer/src/components/headline-data'
import { resultFigures } from '../../../renderer/src/components/results-charts'
import type { ChartSeries } from '../../../renderer/src/charts/chart-spec'
import { translator } from '../../../renderer/src/i18n/translate'

const valuesOf = (s: ChartSeries): readonly number[] => ('values' in s ? s.values : [])

const scenario = defaultScenario('dst-6')
const baseline = getBaseline(scenario.baseline)
const projection = simulate(scenario, baseline)
const value = (id: string) => projection.indicators.find((i) => i.id === id)?.value

describe('the headline cards’ figures', () => {
  it('set each fund’s final balance beside its current-law path, the change closing the sum', () => {
    for (const fund of ['robss', 'unedic'] as const) {
      const card = balanceCard(projection, `${fund}_balance`, `${fund}_balance_baseline`)
      expect(card.year).toBe(scenario.horizon.end)
      expect(card.scenario).toBe(value(`${fund}_balance_final`))
      expect(card.currentLaw + card.change).toBeCloseTo(card.scenario, 9)
    }
    // The ROBSS change is the engine's own series in the final year.
    const robss = balanceCard(projection, 'robss_balance', 'robss_balance_baseline')
    expect(robss.change).toBeCloseTo(
      seriesAt(projection, 'robss_balance_change', scenario.horizon.end),
      9,
    )
  })

  it('read the full phase-in year where the engine does: the full-phase-in yield is that year’s', () => {
    const year = fullPhaseInYear(scenario, ['dst'])
    expect(year).toBeGreaterThanOrEqual(scenario.levers.dst.startYear)
    expect(year).toBeLessThanOrEqual(scenario.horizon.end)
    expect(value('increment_dst_full')).toBe(seriesAt(projection, 'increment_dst', year))
    // With no lever on, the horizon's first year.
    const none = defaultScenario('current-law')
    expect(fullPhaseInYear(none, ['dst', 'dataLevy', 'platformContribution'])).toBe(
      none.horizon.start,
    )
  })

  it('state the discount rate the present values use: the scenario’s own, or the default', () => {
    const entry = baseline.assumptions['finance.discount_rate']
    expect(discountRate(scenario, baseline)).toBe(entry?.value)
    const own = {
      ...scenario,
      assumptions: { ...scenario.assumptions, 'finance.discount_rate': 0.04 },
    }
    expect(discountRate(own, baseline)).toBe(0.04)
  })

  it('split a current-law path at its last published year, the two pieces meeting there', () => {
    const years = [2024, 2025, 2026, 2027]
    const values = [1, 2, 3, 4]
    const published = publishedYears({ years: [2024, 2025] }, years)
    expect(published).toEqual({ first: 2024, last: 2025 })
    const split = splitAt(years, values, 2025)
    expect(split.published).toEqual([1, 2, Number.NaN, Number.NaN])
    expect(split.rule).toEqual([Number.NaN, 2, 3, 4])
    expect(publishedYears({ years: [2019] }, years)).toBeNull()
  })
})

describe('the results charts and the ledger', () => {
  it('draw the ROBSS balance against its published path and rule, and Unédic on its own chart', () => {
    const t = translator('fr')
    const figures = resultFigures(projection, t, 'fr')
    const robss = figures.find((f) => f.id === 'robss-balance')
    const names = robss?.spec.series.map((s) => s.name)
    expect(names).toEqual([
      t('lineRobssPublished'),
      t('lineRobssRule'),
      'Solde du ROBSS (scénario)',
    ])
    expect(robss?.caption).toContain(String(baseline.robss.years.at(-1)))
    // Every year of the path is in one piece or the other (both at the last published year).
    const [published, rule] = (robss?.spec.series ?? []).map(valuesOf).map((values) => ({ values }))
    const path = projection.series.find((s) => s.id === 'robss_balance_baseline')?.values ?? []
    path.forEach((v, i) => {
      const drawn = Number.isNaN(published?.values[i] as number)
        ? rule?.values[i]
        : published?.values[i]
      expect(drawn).toBe(v)
    })
    const unedic = figures.find((f) => f.id === 'unedic-balance')
    expect(unedic?.spec.series.some((s) => s.name.includes('ROBSS'))).toBe(false)
    // The lever yields stack to the total increment over current law.
    const stacked = figures.find((f) => f.id === 'lever-increments')?.spec.series ?? []
    const total = projection.series.find((s) => s.id === 'increment_total')?.values ?? []
    total.forEach((v, i) => {
      const sum = stacked.reduce((acc, s) => acc + (valuesOf(s)[i] ?? 0), 0)
      expect(sum).toBeCloseTo(v, 9)
    })
    // Net consumer work is gross minus time saved.
    const consumer = figures.find((f) => f.id === 'consumer-work')?.spec.series ?? []
    const [gross, saved, net] = consumer.map(valuesOf).map((values) => ({ values }))
    net?.values.forEach((v, i) =>
      expect(v).toBeCloseTo((gross?.values[i] ?? 0) - (saved?.values[i] ?? 0), 9),
    )
  })

  it('keep the ledger’s ROBSS and Unédic blocks apart, every series known, none twice', () => {
    const known = new Set<string>(GLOBAL_SERIES.map((s) => s.id))
    expect(LEDGER_SERIES.every((id) => known.has(id))).toBe(true)
    expect(new Set(LEDGER_SERIES).size).toBe(LEDGER_SERIES.length)
    const robss = LEDGER_BLOCKS.find((b) => b.id === 'robss')?.series as readonly string[]
    const unedic = LEDGER_BLOCKS.find((b) => b.id === 'unedic')?.series as readonly string[]
    expect(robss).toContain('robss_balance')
    expect(unedic).toContain('unedic_balance')
    expect(robss.some((id) => id.startsWith('unedic'))).toBe(false)
    expect(unedic.some((id) => id.startsWith('robss'))).toBe(false)
  })
})
