import { eachLanguage, inEveryLanguage, untranslated } from '../../i18n/in-every-language'
import type { Baseline } from '../baseline/baseline-schema'
import type { CompiledModel } from '../engine/compile'
import { recombine } from './explain-types'
import type { Expr, Localized, Term } from './explain-types'
import { SECTOR_IDS } from '../engine/ids'
import type { SectorId } from '../engine/ids'
import { LEVER_DEFINITIONS } from '../levers/lever-definitions'
import type { LeverValues } from '../levers/lever-table'
import { SERIES } from '../engine/series'
import type { Projection } from '../engine/simulate'
import { SECTOR_CONSTANTS } from '../engine/terms'
import type { Unit } from '../engine/units'
import type { Workspace } from '../engine/workspace'
import { sectorTermRow } from '../engine/workspace'

/**
 * What a term builder needs: the projection shown, the baseline, and one run of the engine on the
 * same scenario at central values, whose workspace holds the terms it recorded (terms.ts).
 */
export interface ExplainContext {
  readonly projection: Projection
  readonly baseline: Baseline
  readonly model: CompiledModel
  readonly params: Float64Array
  readonly ws: Workspace
  readonly baseYear: number
  readonly firstYear: number
  readonly lastYear: number
  /** Expands a series term into its own explanation, down to a fixed depth. */
  readonly expand: (id: string, year: number, depth: number) => Expansion | null
}

export interface Expansion {
  readonly formula: Expr | null
  readonly terms: readonly Term[]
}

/** How one series is made, in a given year; `depth` bounds how far its series terms expand. */
export type SeriesBuilder = (
  ctx: ExplainContext,
  year: number,
  depth: number,
) => Expansion & { readonly equation: Localized }

export const SECTORS = SECTOR_IDS
export const BN = 1e-9

/** `{name}` placeholders filled in every language, numbers as written (a year stays 2030). */
export function fill(text: Localized, vars: Record<string, string | number>): Localized {
  const put = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`))
  return eachLanguage((language) => put(text[language]))
}

export function sectorLabel(ctx: ExplainContext, sector: SectorId): Localized {
  return ctx.baseline.sectors[sector].label
}

const SERIES_ROW = new Map(SERIES.map((s, row) => [s.id, row]))
const LEVER_LABELS = new Map(LEVER_DEFINITIONS.map((d) => [d.path, d.label]))

export function seriesLabel(ctx: ExplainContext, id: string): Localized {
  const [row, sector] = id.split('.')
  const sectorName = sector ? sectorLabel(ctx, sector as SectorId) : null
  if (row === 'adoption' && sectorName)
    return inEveryLanguage('explain.series.adoption', { sector: sectorName })
  if (row === 'jobs_displaced' && sectorName)
    return inEveryLanguage('explain.series.jobs_displaced', { sector: sectorName })
  const spec = SERIES[SERIES_ROW.get(id) ?? -1]
  return spec ? eachLanguage((language) => spec[language]) : untranslated(id)
}

export function seriesUnit(id: string): Unit {
  return SERIES[SERIES_ROW.get(id) ?? -1]?.unit ?? 'ratio'
}

/** Index of a year among the simulated years (the base year is 0). */
export const at = (ctx: ExplainContext, year: number): number => year - ctx.baseYear

/**
 * The levers in force in a year: a setting or share given a schedule is quoted at that year's
 * step, the value the engine used (a schedule's other steps belong to other years).
 */
export const leversAt = (ctx: ExplainContext, year: number): LeverValues =>
  ctx.model.leversByYear[at(ctx, year)] as LeverValues

/** A series' value in a year, as the engine wrote it (also before the horizon starts). */
export function seriesValue(ctx: ExplainContext, id: string, year: number): number {
  const row = SERIES_ROW.get(id)
  if (row === undefined) throw new Error(`Unknown series: ${id}`)
  return ctx.ws.series[row * ctx.ws.years + at(ctx, year)] as number
}

/** A global term the engine recorded (terms.ts GLOBAL_TERMS), in a year. */
export function recorded(ctx: ExplainContext, term: number, year: number): number {
  return ctx.ws.terms[term * ctx.ws.years + at(ctx, year)] as number
}

/** A sector term the engine recorded (terms.ts SECTOR_TERMS), in a year. */
export function sectorRecorded(ctx: ExplainContext, s: number, term: number, year: number): number {
  return ctx.ws.sectorTerms[sectorTermRow(s, term, ctx.ws.years) + at(ctx, year)] as number
}

/** A sector constant the engine recorded (terms.ts SECTOR_CONSTANTS). */
export function sectorConstant(ctx: ExplainContext, s: number, constant: number): number {
  return ctx.ws.sectorConstants[s * SECTOR_CONSTANTS.length + constant] as number
}

/** The value the projection used for an assumption. */
export function param(ctx: ExplainContext, id: string): number {
  const index = ctx.model.index.get(id)
  if (index === undefined) throw new Error(`Unknown assumption: ${id}`)
  return ctx.params[index] as number
}

/** A series in one year, expanded into its own terms while `depth` allows. */
export function seriesTerm(
  ctx: ExplainContext,
  id: string,
  year: number,
  options: { key?: string; depth?: number; label?: Localized } = {},
): Term {
  const depth = options.depth ?? 0
  const expansion = depth > 0 ? ctx.expand(id, year, depth - 1) : null
  return {
    key: options.key ?? id,
    label: options.label ?? seriesLabel(ctx, id),
    value: seriesValue(ctx, id, year),
    unit: seriesUnit(id),
    provenance: { kind: 'series', id, year },
    ...(expansion && expansion.terms.length > 0
      ? {
          ...(expansion.formula !== null && { formula: expansion.formula }),
          terms: expansion.terms,
        }
      : {}),
  }
}

/** A series summed over the horizon's years (each year a term), or over `years` when given. */
export function seriesSumTerm(
  ctx: ExplainContext,
  id: string,
  key = `sum:${id}`,
  years: readonly number[] = ctx.projection.years,
): Term {
  const terms = years.map((year) => seriesTerm(ctx, id, year, { key: `${id}@${year}` }))
  const label = seriesLabel(ctx, id)
  const formula: Expr = { op: 'add', args: terms.map((t) => t.key) }
  return {
    key,
    label: inEveryLanguage('explain.term.sum', {
      first: String(ctx.firstYear),
      last: String(ctx.lastYear),
      label,
    }),
    value: recombine(formula, terms),
    unit: seriesUnit(id),
    provenance: { kind: 'series', id, year: null, years: [ctx.firstYear, ctx.lastYear] },
    formula,
    terms,
  }
}

/** An assumption with the value the projection used and the baseline's source for it. */
export function assumptionTerm(ctx: ExplainContext, id: string, key = id): Term {
  const entry = ctx.baseline.assumptions[id]
  if (!entry) throw new Error(`Unknown assumption: ${id}`)
  const value = param(ctx, id)
  const source = entry.source === null ? null : ctx.baseline.sources[entry.source]
  return {
    key,
    label: entry.label,
    value,
    unit: entry.unit,
    provenance: {
      kind: 'assumption',
      id,
      source: source ? { title: source.title, url: source.url } : null,
      year: entry.year,
      grade: entry.grade,
      edited: Math.abs(value - entry.value) > 1e-12 * Math.max(1, Math.abs(entry.value)),
      baselineValue: entry.value,
    },
  }
}

export function sectorAssumptionTerm(
  ctx: ExplainContext,
  sector: SectorId,
  field: string,
  key = `${field}:${sector}`,
): Term {
  return assumptionTerm(ctx, `sector.${sector}.${field}`, key)
}

/** A lever setting of the scenario, labelled as in the levers panel. */
export function settingTerm(
  ctx: ExplainContext,
  path: string,
  value: number,
  unit: Unit,
  key = path,
): Term {
  return {
    key,
    label: LEVER_LABELS.get(path) ?? untranslated(path),
    value,
    unit,
    provenance: { kind: 'setting', path },
  }
}

/** A quantity the engine computed (and recorded), with the identity that makes it when known. */
export function computedTerm(
  key: string,
  label: Localized,
  value: number,
  unit: Unit,
  formula?: Expr,
  terms?: readonly Term[],
): Term {
  return {
    key,
    label,
    value,
    unit,
    provenance: { kind: 'computed' },
    ...(formula !== undefined && { formula }),
    ...(terms && { terms }),
  }
}

/**
 * An intermediate quantity the engine does not keep, stated by its identity: its value is the
 * identity evaluated on its terms (the figures above it are checked against the engine's).
 */
export function derivedTerm(
  key: string,
  label: Localized,
  unit: Unit,
  formula: Expr,
  terms: readonly Term[],
): Term {
  return computedTerm(key, label, recombine(formula, terms), unit, formula, terms)
}

export function constantTerm(key: string, label: Localized, value: number, unit: Unit): Term {
  return { key, label, value, unit, provenance: { kind: 'constant' } }
}

/** Years elapsed since the base year, the exponent of the growth factors. */
export function elapsedTerm(ctx: ExplainContext, year: number, key = 'elapsed'): Term {
  return constantTerm(
    key,
    inEveryLanguage('explain.term.elapsed', { year: String(ctx.baseYear) }),
    year - ctx.baseYear,
    'years',
  )
}

/** (1 + growth)^(years since the base year): a quantity indexed on a growth assumption. */
export function growthTerm(
  ctx: ExplainContext,
  year: number,
  growth: string,
  key: string,
  label: Localized,
): Term {
  return derivedTerm(
    key,
    label,
    'ratio',
    { op: 'pow', args: [{ op: 'add', args: [1, growth] }, 'elapsed'] },
    [assumptionTerm(ctx, growth), elapsedTerm(ctx, year)],
  )
}

/**
 * A series that combines other series of the same year (balances, costs by fund): its equation,
 * its formula over those series' ids, and the series themselves as terms.
 */
export function ofSeries(
  equation: Localized,
  formula: Expr,
  ids: readonly string[],
): SeriesBuilder {
  return (ctx, year, depth) => ({
    equation,
    formula,
    terms: ids.map((id) => seriesTerm(ctx, id, year, { depth })),
  })
}
