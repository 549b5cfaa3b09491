import type { CompiledModel } from './compile'
import { SECTOR_IDS } from './ids'
import { ADOPTION_ROW, DISPLACED_ROW, G } from './series'
import { SECTOR_CONSTANTS, SECTOR_TERMS } from './terms'
import type { Workspace } from './workspace'

/**
 * The labour part of a projection is half its time, and the variants projected on one Monte Carlo
 * draw (droit constant, each lever alone: lever-effects.ts, the one user) mostly repeat it: a
 * sector's jobs, wages and contributions depend on the draw and on the sector's adoption, and the
 * levers move adoption only in the sectors whose users bear a levy (the cost response) or, with a
 * staffed channel kept, where coproduction is imposed. So a projection leaves a memo of what its
 * labour part started from and where its sums stood after the sectors no levy reaches; the next
 * one, on the same assumption values, takes over every leading sector whose adoption it finds
 * unchanged instead of working it out again. What it takes over is bit for bit what it would have
 * computed: the sums are resumed at the same point of the same additions, in the same order.
 *
 * Whether a memo was recorded on the values at hand is found by comparing them all, except where
 * the projection names a workspace projected on these very values (`shareFrom`): then a token,
 * handed from memo to memo with the values, says so without comparing every value twice a variant.
 */
export interface LabourMemo {
  /** Kept only where projections on the same values follow one another (`keepLabourMemo`). */
  enabled: boolean
  /** A projection has been recorded since the memo was enabled. */
  recorded: boolean
  /** The last projection's values were those recorded; its first sectors alike: `alikeHere`. */
  valuesCurrent: boolean
  /**
   * Names the values recorded: a projection on other values records a new token, one that took
   * `shareFrom`'s values (the same, by project's contract) records that memo's token.
   */
  valuesToken: number
  alikeHere: number
  /** The leading sectors the last projection took over, and from which workspace's memo. */
  takenOver: number
  takenFrom: Workspace | null
  /** The model's assumption maps the recorded projection read (shared by a scenario's variants). */
  sectorParam: Int32Array | null
  keepsCounters: boolean
  stateSubsidises: boolean
  /** The leading sectors after which `sums` was taken. */
  checkpoint: number
  readonly params: Float64Array
  /** The adoption rows, and the adoption before any counter kept, that labour read. */
  readonly adoption: Float64Array
  readonly adoptionFree: Float64Array
  /** The summed rows (LABOUR_SUMMED_ROWS order), then the cohorts' wages, after `checkpoint`. */
  readonly sums: Float64Array
}

const SECTORS = SECTOR_IDS.length
/** The last token given to a set of values (`valuesToken`). */
let lastValuesToken = 0

/** Rows that add up every sector's contribution, cleared before each projection's labour part. */
export const LABOUR_SUMMED_ROWS = [
  G.jobs_displaced_total,
  G.jobs_displaced_attrition,
  G.unemployed_pool,
  G.labour_force_exits,
  G.wage_bill_lost,
  G.contributions_lost,
  G.contributions_lost_unedic,
  G.contributions_lost_complementary,
  G.itaf_lost,
  G.labour_cost_saved,
  G.staffed_channel_jobs,
  G.state_savings,
] as const

export function createLabourMemo(parameters: number, years: number): LabourMemo {
  return {
    enabled: false,
    recorded: false,
    valuesCurrent: false,
    valuesToken: 0,
    alikeHere: 0,
    takenOver: 0,
    takenFrom: null,
    sectorParam: null,
    keepsCounters: false,
    stateSubsidises: false,
    checkpoint: 0,
    params: new Float64Array(parameters),
    adoption: new Float64Array(SECTORS * years),
    adoptionFree: new Float64Array(SECTORS * years),
    sums: new Float64Array((LABOUR_SUMMED_ROWS.length + 1) * years),
  }
}

/**
 * Projections into `ws` keep a labour memo, for another projection on the same assumption values
 * (into `ws` or from it) to take over. Off by default: a memo costs a few hundred copied numbers a
 * projection, wasted where every projection has values of its own (a plain Monte Carlo run, a
 * tornado).
 */
export function keepLabourMemo(ws: Workspace): void {
  ws.labourMemo.enabled = true
}

/** The leading sectors no levy's cost reaches: their adoption moves with the staffed channel only. */
export function levyFreeSectors(model: CompiledModel): number {
  let s = 0
  while (
    s < SECTORS &&
    (model.respondsToCost[s] === 0 ||
      ((model.exposureDst[s] as number) === 0 && (model.exposurePlatform[s] as number) === 0))
  )
    s++
  return s
}

function sameValues(a: Float64Array, b: Float64Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (a[i] !== b[i]) return false
  return true
}

/** Whether `memo` was recorded by a projection of one of `model`'s variants (same maps). */
function recordedFor(model: CompiledModel, memo: LabourMemo): boolean {
  return memo.recorded && memo.sectorParam === model.sectorParam
}

/** Whether `memo` was recorded by a projection of the same model's values `params`. */
function sameValuesAs(model: CompiledModel, params: Float64Array, memo: LabourMemo): boolean {
  return (
    recordedFor(model, memo) &&
    memo.params.length === params.length &&
    sameValues(memo.params, params, 0, params.length)
  )
}

/**
 * How many leading sectors a projection into `ws` can take over from `memo`, recorded on the same
 * values: all of them, the memo's checkpoint, or none. The same switches that labour reads, and
 * each sector's adoption (and, with counters kept, its adoption before them) as recorded.
 */
function sectorsAlike(
  ws: Workspace,
  memo: LabourMemo,
  keepsCounters: boolean,
  stateSubsidises: boolean,
): number {
  if (memo.keepsCounters !== keepsCounters || memo.stateSubsidises !== stateSubsidises) return 0
  const n = ws.years
  const series = ws.series
  let equal = 0
  while (equal < SECTORS) {
    const row = (ADOPTION_ROW + equal) * n
    for (let i = 0; i < n; i++) if (series[row + i] !== memo.adoption[equal * n + i]) return cut()
    if (keepsCounters && !sameValues(ws.adoptionFree, memo.adoptionFree, equal * n, equal * n + n))
      return cut()
    equal++
  }
  return SECTORS

  function cut(): number {
    return equal >= memo.checkpoint ? memo.checkpoint : 0
  }
}

/**
 * Copies `count` values from `from` at `fromAt` to `to` at `toAt`: a row of years in a plain loop
 * (a `subarray` to `set` from costs more than copying 17 numbers), a block natively.
 */
function copy(
  to: Float64Array,
  toAt: number,
  from: Float64Array,
  fromAt: number,
  count: number,
): void {
  if (count > 64) to.set(from.subarray(fromAt, fromAt + count), toAt)
  else for (let i = 0; i < count; i++) to[toAt + i] = from[fromAt + i] as number
}

/** The rows labour sums over sectors, then the cohorts' wages: into `sums`, or back from it. */
function copySums(ws: Workspace, sums: Float64Array, intoSums: boolean): void {
  const n = ws.years
  const rows = LABOUR_SUMMED_ROWS
  for (let k = 0; k < rows.length; k++) {
    const row = (rows[k] as number) * n
    if (intoSums) copy(sums, k * n, ws.series, row, n)
    else copy(ws.series, row, sums, k * n, n)
  }
  const at = rows.length * n
  if (intoSums) copy(sums, at, ws.cohortWages, 0, n)
  else copy(ws.cohortWages, 0, sums, at, n)
}

/** Records the sums after the memo's checkpoint sectors, as the projection passes it. */
export function recordCheckpoint(ws: Workspace, sectors: number): void {
  const memo = ws.labourMemo
  memo.checkpoint = sectors
  copySums(ws, memo.sums, true)
}

/**
 * Takes over `sectors` leading sectors from `source` into `ws`: their outputs (displaced jobs, terms,
 * constants) when `source` is another workspace, and the sums as they stood after them — the
 * checkpoint's, or the whole rows when every sector is taken over.
 */
function takeOver(ws: Workspace, source: Workspace, sectors: number): void {
  const n = ws.years
  const memo = source.labourMemo
  if (source !== ws) {
    const displaced = DISPLACED_ROW * n
    copy(ws.series, displaced, source.series, displaced, sectors * n)
    copy(ws.sectorTerms, 0, source.sectorTerms, 0, sectors * SECTOR_TERMS.length * n)
    copy(ws.sectorConstants, 0, source.sectorConstants, 0, sectors * SECTOR_CONSTANTS.length)
    ws.labourMemo.sums.set(memo.sums)
    ws.labourMemo.checkpoint = memo.checkpoint
    if (sectors === SECTORS) {
      for (const row of LABOUR_SUMMED_ROWS) copy(ws.series, row * n, source.series, row * n, n)
      ws.cohortWages.set(source.cohortWages)
      return
    }
  } else if (sectors === SECTORS) return
  copySums(ws, memo.sums, false)
}

/** Records what this projection's labour part read, for the next projection to compare with. */
export function recordInputs(
  model: CompiledModel,
  params: Float64Array,
  ws: Workspace,
  keepsCounters: boolean,
  stateSubsidises: boolean,
): void {
  const memo = ws.labourMemo
  const n = ws.years
  memo.sectorParam = model.sectorParam
  memo.keepsCounters = keepsCounters
  memo.stateSubsidises = stateSubsidises
  // What the memo holds already: the values it was found to have, the sectors found alike.
  if (!memo.valuesCurrent) memo.params.set(params)
  const from = memo.alikeHere * n
  copy(memo.adoption, from, ws.series, ADOPTION_ROW * n + from, SECTORS * n - from)
  if (keepsCounters) memo.adoptionFree.set(ws.adoptionFree)
  memo.recorded = true
}

/**
 * Sets up the sums of a projection's labour part and returns the first sector it must work out:
 * the sectors before it are taken over from the workspace's own last projection or from
 * `shareFrom`'s, whichever covers more (see sectorsAlike); with none, the sums start at zero.
 */
export function startLabour(
  model: CompiledModel,
  params: Float64Array,
  ws: Workspace,
  shareFrom: Workspace | null,
  keepsCounters: boolean,
  stateSubsidises: boolean,
): number {
  let start = 0
  const memo = ws.labourMemo
  if (memo.enabled) {
    const candidate = shareFrom && shareFrom !== ws ? shareFrom : null
    const other = candidate && recordedFor(model, candidate.labourMemo) ? candidate : null
    // `shareFrom` was projected on these very values (project's contract), so its token names
    // them: this memo holds them too if it carries that token, and no value need be compared.
    const own = other
      ? recordedFor(model, memo) && memo.valuesToken === other.labourMemo.valuesToken
      : sameValuesAs(model, params, memo)
    start = own ? sectorsAlike(ws, memo, keepsCounters, stateSubsidises) : 0
    memo.valuesCurrent = own
    // The values' token, recorded with them: the other memo's, or a new one.
    if (!own) memo.valuesToken = other ? other.labourMemo.valuesToken : ++lastValuesToken
    memo.alikeHere = start
    let source = ws
    // Worth looking at the other memo: for its sector rates when this memo's values are not
    // these, or for more sectors than this memo gives where its switches match.
    const worth =
      !own ||
      (start < SECTORS &&
        other?.labourMemo.keepsCounters === keepsCounters &&
        other.labourMemo.stateSubsidises === stateSubsidises)
    if (other && worth) {
      if (!own) {
        // The sector rates depend on the values alone: the other workspace's serve here.
        ws.sectorConstants.set(other.sectorConstants)
        Object.assign(ws.rateCache, other.rateCache)
      }
      const shared = sectorsAlike(ws, other.labourMemo, keepsCounters, stateSubsidises)
      if (shared > start) {
        start = shared
        source = other
      }
    }
    if (start > 0) takeOver(ws, source, start)
    memo.takenOver = start
    memo.takenFrom = start > 0 ? source : null
  }
  if (start === 0) {
    const n = ws.years
    const series = ws.series
    for (let k = 0; k < LABOUR_SUMMED_ROWS.length; k++) {
      const row = (LABOUR_SUMMED_ROWS[k] as number) * n
      for (let i = 0; i < n; i++) series[row + i] = 0
    }
    ws.cohortWages.fill(0)
  }
  return start
}
