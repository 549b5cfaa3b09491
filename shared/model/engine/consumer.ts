import type { CompiledModel } from './compile'
import { SECTOR_FIELDS, SECTOR_IDS } from './ids'
import { sectorParam } from './labour'
import { keepsCounters } from '../levers/staffed-channel'
import { ADOPTION_ROW, G } from './series'
import { T } from './terms'
import type { Workspace } from './workspace'

const BN = 1e-9
const SECTORS = SECTOR_IDS.length
const field = (id: (typeof SECTOR_FIELDS)[number]) => SECTOR_FIELDS.indexOf(id)
const F_VOLUME = field('volume_growth')
const F_TRANSACTIONS = field('transactions_2024')
const F_MINUTES = field('minutes_per_transaction')
const F_SAVED = field('minutes_saved_per_transaction')
const F_IMPOSED = field('imposed_share')
const F_USERS = field('users_share')
const F_TRIP = field('trip_km_per_transaction')
const F_TERMINAL = field('terminal_g_co2e_per_transaction')
const F_NETWORK = field('network_g_co2e_per_transaction')

/** Rows this projection sums over the sectors, cleared first. */
const SUMMED = [
  G.consumer_work_hours,
  G.consumer_time_saved,
  G.consumer_time_net_change,
  G.coproduction_added,
  G.coproduction_imposed,
  G.assisted_transactions,
  G.footprint_terminals,
  G.footprint_networks,
  G.footprint_trips,
] as const

/**
 * The consumer's side of the ledger (docs/model.md §5): time given and saved, coproduction
 * imposed rather than chosen, people left out when a staffed channel closes, the value of the
 * personal data the data levy taxes, and the carbon footprint of the channels. Everything that
 * moves with coproduction is measured against the base year's adoption, as jobs displaced are:
 * with no change in adoption there is no net time, no closure and no footprint change.
 *
 * Per sector s and year t, with T transactions (millions a year), A adoption after any staffed
 * channel kept open, A_free before it, A₀ the base year's, k the share kept open:
 *   net time      = T·(A − A₀)·(minutes on the task − minutes the staffed channel took) / 60
 *   imposed       = T·max(0, A_free − A₀)·imposed share·(1 − k)
 *   closing share = imposed / (T·(1 − A₀)), the part of the base year's staffed channel closed
 *   people        = population 15+ · illectronisme(t) · (1 − Π_s (1 − users share_s · closing_s))
 *   assisted      = Σ imposed · illectronisme(t), each at the cost of a France services request
 *   footprint     = Σ T·(A − A₀)·(terminal g + network g − trip km · car kg/km) + assisted trips
 */
export function projectConsumer(model: CompiledModel, params: Float64Array, ws: Workspace): void {
  const n = ws.years
  const series = ws.series
  const terms = ws.terms
  const p = model.p
  const at = (i: number) => params[i] as number
  for (const row of SUMMED) series.fill(0, row * n, row * n + n)
  const carKg = at(p.carKgPerKm)
  const closing = ws.closingScratch
  closing.fill(1)

  // Row offsets, read once: the loop below runs for every sector and year of every draw.
  const rHours = G.consumer_work_hours * n
  const rSaved = G.consumer_time_saved * n
  const rNet = G.consumer_time_net_change * n
  const rAdded = G.coproduction_added * n
  const rImposed = G.coproduction_imposed * n
  const rTerminals = G.footprint_terminals * n
  const rNetworks = G.footprint_networks * n
  const rTrips = G.footprint_trips * n
  const free = ws.adoptionFree
  const keeps = keepsCounters(model)
  for (let s = 0; s < SECTORS; s++) {
    const param = (f: number) => sectorParam(model, params, s, f)
    const volume = 1 + param(F_VOLUME)
    const minutes = param(F_MINUTES)
    const saved = param(F_SAVED)
    const imposedShare = param(F_IMPOSED)
    const users = param(F_USERS)
    // Per million transactions moved to self-service, in kt CO₂e.
    const footprintTerminal = param(F_TERMINAL) * 1e-3
    const footprintNetwork = param(F_NETWORK) * 1e-3
    const footprintTrip = param(F_TRIP) * carKg
    const adoptionRow = (ADOPTION_ROW + s) * n
    const freeRow = s * n
    const a0 = series[adoptionRow] as number
    const staffed0 = Math.max(1e-9, 1 - a0)
    let transactions = param(F_TRANSACTIONS)
    for (let i = 0; i < n; i++) {
      if (i > 0) transactions *= volume
      const adoption = series[adoptionRow + i] as number
      const rise = transactions * (adoption - a0)
      const freeRise = (free[freeRow + i] as number) - a0
      // The share kept open, the same for every sector (adoption.ts worked it out for the year).
      const open = keeps ? 1 - (ws.keptShares[i] as number) : 1
      const imposed = freeRise > 0 ? transactions * freeRise * imposedShare * open : 0
      add(series, rHours + i, (transactions * adoption * minutes) / 60)
      add(series, rSaved + i, (transactions * adoption * saved) / 60)
      add(series, rNet + i, (rise * (minutes - saved)) / 60)
      add(series, rAdded + i, rise)
      add(series, rImposed + i, imposed)
      // Million transactions × g = t, × 1e-3 = kt; million × km × kg/km = kt.
      add(series, rTerminals + i, rise * footprintTerminal)
      add(series, rNetworks + i, rise * footprintNetwork)
      add(series, rTrips + i, -rise * footprintTrip)
      if (imposed > 0) {
        const closed = Math.min(1, imposed / (transactions * staffed0))
        closing[i] = (closing[i] as number) * (1 - users * closed)
      }
    }
  }

  // People left out, assisted access and its trips; the value of a consumer hour; data's value.
  const wageGrowth = 1 + at(p.wageGrowth)
  const gdpGrowth = 1 + at(p.gdpGrowth)
  const usersGrowth = 1 + at(p.usersGrowth)
  const volumeGrowth = 1 + at(p.volumeGrowth)
  const decline = 1 - at(p.illectronismDecline)
  const population = at(p.population15) * 1e6
  const illectronismYear =
    model.baseline.assumptions['exclusion.illectronism_share']?.year ?? model.baseYear
  let illectronism = at(p.illectronism) * Math.pow(decline, model.baseYear - illectronismYear)
  const timeValue = at(p.timeValueMultiple)
  const tripKt = at(p.assistedTripKm) * carKg
  let costPerRequest = at(p.assistedCost)
  let users = at(p.users0) * 1e6
  let valuePerUser = at(p.valuePerUser)
  let gigabytes = at(p.volume0) * 1e6
  const valuePerGb = at(p.valuePerGb)
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      illectronism *= decline
      costPerRequest *= wageGrowth
      users *= usersGrowth
      valuePerUser *= gdpGrowth
      gigabytes *= volumeGrowth
    }
    const hourly = (terms[T.smic_hourly * n + i] as number) * timeValue
    terms[T.time_value_hourly * n + i] = hourly
    terms[T.illectronism * n + i] = illectronism
    terms[T.assisted_cost_per_request * n + i] = costPerRequest
    const net = series[G.consumer_time_net_change * n + i] as number
    series[G.consumer_work_value * n + i] = net * 1e6 * hourly * BN
    series[G.people_losing_channel * n + i] =
      population * illectronism * (1 - (closing[i] as number))
    const assisted = (series[G.coproduction_imposed * n + i] as number) * illectronism
    series[G.assisted_transactions * n + i] = assisted
    series[G.assisted_access_cost * n + i] = assisted * 1e6 * costPerRequest * BN
    const trips = (series[G.footprint_trips * n + i] as number) + assisted * tripKt
    series[G.footprint_trips * n + i] = trips
    series[G.footprint_change * n + i] =
      (series[G.footprint_terminals * n + i] as number) +
      (series[G.footprint_networks * n + i] as number) +
      trips
    series[G.data_value_users * n + i] = users * valuePerUser * BN
    series[G.data_value_volume * n + i] = gigabytes * valuePerGb * BN
  }
}

function add(array: Float64Array, index: number, value: number): void {
  array[index] = (array[index] as number) + value
}
