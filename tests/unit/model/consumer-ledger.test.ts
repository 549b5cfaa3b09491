import { describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { SECTOR_IDS } from '@shared/model/engine/ids'
import type { SectorId } from '@shared/model/engine/ids'
import { HOURS_PER_YEAR } from '@shared/model/engine/labour'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { run, scenarioFrom } from '../../helpers/model'
import type { Run } from '../../helpers/model'
import { randomScenario } from '../../helpers/random-scenario'

const baseline = getBaseline('fr-2025')
const value = (id: string) => baseline.assumptions[id]?.value as number
const sectorValue = (sector: SectorId, field: string) => value(`sector.${sector}.${field}`)
const FLAT = { type: 'bass', p: 0, q: 0, ceiling: 0.5, start: 0.3 } as const
const SCENARIOS = 200

/** Every sector flat at its base-year level but `moving`, outputs from the base year. */
function onlyMoving(moving: SectorId | null): (s: Scenario) => void {
  return (s) => {
    s.horizon.start = baseline.baseYear
    for (const id of SECTOR_IDS)
      if (id !== moving) s.sectors[id] = { curve: { ...FLAT }, respondsToCost: true }
  }
}

/** Keep every counter that would close open, from the base year, paid by `payer`. */
function keepEveryCounter(s: Scenario, payer: 'firms' | 'state' | 'users' = 'firms'): void {
  s.levers.staffedChannel = {
    enabled: true,
    startYear: baseline.baseYear,
    phaseInYears: 0,
    keptShare: 1,
    payer,
  }
}

const allZero = (r: Run, id: string) => r.series(id).every((v) => v === 0)

describe('the consumer’s ledger, closed forms', () => {
  it('net time is transactions × adoption gained × (minutes on the task − minutes saved), valued at the chosen multiple of the hourly SMIC', () => {
    const sector: SectorId = 'bank_branch'
    const r = run(
      scenarioFrom('current-law', (s) => {
        onlyMoving(sector)(s)
        s.assumptions['consumer.time_value_smic_multiple'] = 1.6
      }),
    )
    const adoption = r.series(`adoption.${sector}`)
    const a0 = adoption[0] as number
    const minutes =
      sectorValue(sector, 'minutes_per_transaction') -
      sectorValue(sector, 'minutes_saved_per_transaction')
    const smicHourly = value('macro.smic_annual') / HOURS_PER_YEAR
    r.years.forEach((year, i) => {
      const k = year - baseline.baseYear
      const transactions =
        sectorValue(sector, 'transactions_2024') *
        Math.pow(1 + sectorValue(sector, 'volume_growth'), k)
      const net = (transactions * ((adoption[i] as number) - a0) * minutes) / 60
      expect(r.series('consumer_time_net_change')[i]).toBeCloseTo(net, 6)
      const hourly = smicHourly * Math.pow(1 + value('macro.wage_growth'), k) * 1.6
      expect(r.series('consumer_work_value')[i]).toBeCloseTo(net * 1e6 * hourly * 1e-9, 9)
    })
    expect(adoption.at(-1)).toBeGreaterThan(a0)
  })

  it('sets the final year’s assisted requests against the France services network’s yearly activity', () => {
    const network = value('exclusion.assisted_requests_network')
    for (const preset of ['dst-6', 'current-law'] as const) {
      const r = run(scenarioFrom(preset))
      const requests = r.series('assisted_transactions').at(-1) as number
      expect(requests).toBeGreaterThan(0)
      expect(r.indicator('assisted_network_multiple_final')).toBeCloseTo(requests / network, 12)
      // A network twice as busy makes the same requests half as large a share of its work.
      const busier = run(
        scenarioFrom(preset, (s) => {
          s.assumptions['exclusion.assisted_requests_network'] = 2 * network
        }),
      )
      expect(busier.indicator('assisted_network_multiple_final')).toBeCloseTo(
        requests / (2 * network),
        12,
      )
      expect(busier.series('assisted_transactions')).toEqual(r.series('assisted_transactions'))
    }
  })

  it('the staffed channel sends back to the counter the imposed share of the rise it keeps open, and pays for the posts', () => {
    const sector: SectorId = 'bank_branch'
    const kept = 0.5
    const free = run(scenarioFrom('current-law', onlyMoving(sector)))
    const withLever = run(
      scenarioFrom('current-law', (s) => {
        onlyMoving(sector)(s)
        keepEveryCounter(s)
        s.levers.staffedChannel.keptShare = kept
      }),
    )
    const imposed = sectorValue(sector, 'imposed_share')
    const a = free.series(`adoption.${sector}`)
    const b = withLever.series(`adoption.${sector}`)
    const a0 = a[0] as number
    a.forEach((freeA, i) => {
      expect(b[i]).toBeCloseTo(a0 + (freeA - a0) * (1 - imposed * kept), 12)
      const imposedFree = (free.series('coproduction_imposed')[i] as number) * (1 - kept)
      expect(withLever.series('coproduction_imposed')[i]).toBeCloseTo(imposedFree, 9)
    })
    const last = (r: Run, id: string) => r.series(id).at(-1) as number
    expect(last(withLever, 'jobs_displaced_total')).toBeLessThan(last(free, 'jobs_displaced_total'))
    expect(last(withLever, 'staffed_channel_cost')).toBeGreaterThan(0)
    expect(last(withLever, 'people_losing_channel')).toBeLessThan(
      last(free, 'people_losing_channel'),
    )
    // Paid by firms, it yields nothing to public finances.
    expect(allZero(withLever, 'increment_staffed_channel')).toBe(true)
  })

  it('paid by the State, the staffed channel is a spending over current law equal to its cost outside the civil service', () => {
    const r = run(
      scenarioFrom('current-law', (s) => {
        keepEveryCounter(s, 'state')
        s.levers.earmarking.staffedChannel = 1
        s.assumptions['sector.public_counter.civil_servant_share'] = 0
      }),
    )
    const cost = r.series('staffed_channel_cost')
    expect(cost.at(-1)).toBeGreaterThan(0)
    r.series('increment_staffed_channel').forEach((v, i) => expect(v).toBeCloseTo(-cost[i]!, 12))
    r.series('increment_total').forEach((v, i) =>
      expect(v).toBeCloseTo(r.series('increment_staffed_channel')[i]!, 12),
    )
    r.series('increment_robss').forEach((v, i) => expect(v).toBeCloseTo(-cost[i]!, 12))
  })

  it('civil servants kept at a public counter stay on the State’s payroll: no subsidy, fewer savings', () => {
    const civilOnly = (s: Scenario) => {
      onlyMoving('public_counter')(s)
      s.assumptions['sector.public_counter.civil_servant_share'] = 1
    }
    const free = run(scenarioFrom('current-law', civilOnly))
    const kept = run(
      scenarioFrom('current-law', (s) => {
        civilOnly(s)
        keepEveryCounter(s, 'state')
      }),
    )
    expect(kept.series('staffed_channel_cost').at(-1)).toBeGreaterThan(0)
    expect(allZero(kept, 'increment_staffed_channel')).toBe(true)
    expect(kept.series('state_savings').at(-1)).toBeLessThan(
      free.series('state_savings').at(-1) as number,
    )
  })
})

describe(`the consumer’s ledger over ${SCENARIOS} random valid scenarios`, () => {
  const cases = Array.from({ length: SCENARIOS }, (_, seed) => randomScenario(seed + 1))

  it('keeping every counter open leaves no imposed coproduction, nobody losing a channel and no assisted access', () => {
    for (const scenario of cases) {
      const s = structuredClone(scenario)
      keepEveryCounter(s)
      s.horizon.start = baseline.baseYear
      const r = run(s)
      for (const id of [
        'coproduction_imposed',
        'people_losing_channel',
        'assisted_transactions',
        'assisted_access_cost',
      ])
        expect(allZero(r, id), id).toBe(true)
      expect(r.indicator('coproduction_imposed_share_final')).toBe(0)
    }
  })

  it('with no adoption change there is no net time, no closure and no footprint change', () => {
    for (const scenario of cases) {
      const s = structuredClone(scenario)
      onlyMoving(null)(s)
      const r = run(s)
      for (const id of [
        'consumer_time_net_change',
        'consumer_work_value',
        'coproduction_added',
        'coproduction_imposed',
        'people_losing_channel',
        'assisted_access_cost',
        'footprint_terminals',
        'footprint_networks',
        'footprint_trips',
        'footprint_change',
        'staffed_channel_cost',
      ])
        expect(allZero(r, id), id).toBe(true)
      expect(r.indicator('footprint_change_cumulative')).toBe(0)
    }
  })

  it('where nothing is imposed the staffed channel changes nothing but its own rows', () => {
    for (const scenario of cases.slice(0, 50)) {
      const none = structuredClone(scenario)
      for (const id of SECTOR_IDS) none.assumptions[`sector.${id}.imposed_share`] = 0
      const kept = structuredClone(none)
      keepEveryCounter(kept, 'state')
      const a = run(none)
      const b = run(kept)
      for (const id of ['jobs_displaced_total', 'robss_balance', 'footprint_change', 'gdp'])
        expect(b.series(id)).toEqual(a.series(id))
      expect(allZero(b, 'staffed_channel_cost')).toBe(true)
    }
  })

  it('people losing a channel never exceed the population in illectronisme, and fall as more counters stay open', () => {
    for (const scenario of cases.slice(0, 50)) {
      const open = structuredClone(scenario)
      open.levers.staffedChannel.enabled = false
      const r = run(open)
      const ceiling = value('exclusion.population_15plus') * 1e6
      const people = r.series('people_losing_channel')
      people.forEach((v) => {
        expect(v).toBeGreaterThanOrEqual(0)
        expect(v).toBeLessThanOrEqual(ceiling)
      })
      const half = structuredClone(scenario)
      keepEveryCounter(half)
      half.levers.staffedChannel.keptShare = 0.5
      const fewer = run(half).series('people_losing_channel')
      fewer.forEach((v, i) => expect(v).toBeLessThanOrEqual((people[i] as number) + 1e-6))
    }
  })
})
