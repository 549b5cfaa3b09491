import { describe, expect, it } from 'vitest'
import { INDICATOR_GROUPS } from '@shared/brief/indicator-groups'
import { getBaseline } from '@shared/model/baseline/baselines'
import { INDICATORS } from '@shared/model/engine/series'
import {
  CONSUMER_CARDS,
  CONSUMER_HEADLINES,
  indicatorBand,
  indicatorUnit,
  MEDIAN_WAGE_ID,
  multipleOf,
  TIME_VALUE_ID,
  VALUATIONS,
  valuationMultiples,
  valuationOf,
} from '../../../renderer/src/components/consumer-data'
import { HEADLINES } from '../../../renderer/src/components/headline-cards'
import { run, scenarioFrom } from '../../helpers/model'

const baseline = getBaseline('fr-2025')
const median = baseline.assumptions[MEDIAN_WAGE_ID]?.value as number

describe('the valuation rate’s quick pick', () => {
  it('maps each choice to a multiple that reads back as the same choice', () => {
    for (const current of [0.5, 1, median, 2.3]) {
      expect(valuationOf(multipleOf('smic', median, current), median)).toBe('smic')
      expect(valuationOf(multipleOf('median', median, current), median)).toBe('median')
      // « Own value » keeps whatever multiple the scenario has until another is typed.
      expect(multipleOf('own', median, current)).toBe(current)
    }
    expect(multipleOf('smic', median, 3)).toBe(1)
    expect(multipleOf('median', median, 3)).toBe(median)
    expect(valuationOf(2.3, median)).toBe('own')
    // A multiple typed as a percentage and divided back is still the median's.
    expect(valuationOf((median * 100) / 100 + 1e-12, median)).toBe('median')
    expect(VALUATIONS).toEqual(['smic', 'median', 'own'])
  })

  it('reads the median wage’s multiple from the scenario, else from the baseline', () => {
    expect(valuationMultiples({}, baseline)).toEqual({
      current: baseline.assumptions[TIME_VALUE_ID]?.value,
      median,
    })
    expect(valuationMultiples({ [MEDIAN_WAGE_ID]: 1.8, [TIME_VALUE_ID]: 1.8 }, baseline)).toEqual({
      current: 1.8,
      median: 1.8,
    })
  })

  it('values the same net time higher by the median’s multiple once the median wage is picked', () => {
    const at = (multiple: number) =>
      run(
        scenarioFrom('current-law', (s) => {
          s.assumptions[TIME_VALUE_ID] = multiple
        }),
      )
    const smic = at(multipleOf('smic', median, 1))
    const medianWage = at(multipleOf('median', median, 1))
    const time = smic.indicator('consumer_time_net_change_final')
    expect(time).not.toBe(0)
    expect(medianWage.indicator('consumer_time_net_change_final')).toBe(time)
    expect(
      medianWage.indicator('consumer_work_value_final') /
        smic.indicator('consumer_work_value_final'),
    ).toBeCloseTo(median, 9)
  })
})

describe('the consumer cards', () => {
  it('show every final-year indicator of the comparison’s consumer group, each once, in its catalogue unit', () => {
    const group = INDICATOR_GROUPS.find((g) => g.id === 'consumer')
    expect(group).toBeDefined()
    const finals = (group?.ids ?? []).filter((id) => id.endsWith('_final'))
    expect(finals.length).toBeGreaterThan(5)
    for (const id of finals) expect(CONSUMER_HEADLINES).toContain(id)
    expect(new Set(CONSUMER_HEADLINES).size).toBe(CONSUMER_HEADLINES.length)
    for (const id of CONSUMER_HEADLINES)
      expect(indicatorUnit(id)).toBe(INDICATORS.find((i) => i.id === id)?.unit)
    // The report of what changed reads the cards' indicators from HEADLINES.
    for (const id of CONSUMER_HEADLINES) expect(HEADLINES).toContain(id)
    expect(new Set(CONSUMER_CARDS.map((c) => c.key)).size).toBe(CONSUMER_CARDS.length)
    // The time's value is read beside the net time it prices, with a band of its own.
    const time = CONSUMER_CARDS.find((c) => c.main === 'consumer_time_net_change_final')
    expect(time?.details.find((d) => d.id === 'consumer_work_value_final')?.band).toBe(true)
  })

  it('read a band from a run’s percentiles, none where the run has no defined one', () => {
    const bands = [
      { id: 'footprint_change_final', p5: -3, p95: 4 },
      { id: 'people_losing_channel_final', p5: Number.NaN, p95: Number.NaN },
    ]
    expect(indicatorBand(bands, 'footprint_change_final')).toEqual({ low: -3, high: 4 })
    expect(indicatorBand(bands, 'people_losing_channel_final')).toBeNull()
    expect(indicatorBand(bands, 'data_value_users_final')).toBeNull()
  })
})
