import type { Baseline } from './baseline-schema'
import type { Expr, Localized, Term } from './explain-types'
import type { Replay } from './explain-replay'
import { SECTOR_IDS } from './ids'
import type { SectorId } from './ids'
import { LEVER_DEFINITIONS } from './lever-definitions'
import { SERIES } from './series'
import type { Projection } from './simulate'
import type { Unit } from './units'

/** What a term builder needs: the projection shown, the baseline and the engine's replay. */
export interface ExplainContext {
  readonly projection: Projection
  readonly baseline: Baseline
  readonly replay: Replay
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

/** `{name}` placeholders filled in both languages. */
export function fill(text: Localized, vars: Record<string, string | number>): Localized {
  const put = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`))
  return { fr: put(text.fr), en: put(text.en) }
}

export function sectorLabel(ctx: ExplainContext, sector: SectorId): Localized {
  return ctx.baseline.sectors[sector].label
}

function seriesLabel(ctx: ExplainContext, id: string): Localized {
  const [row, sector] = id.split('.')
  const sectorName = sector ? sectorLabel(ctx, sector as SectorId) : null
  if (row === 'adoption' && sectorName)
    return { fr: `Adoption : ${sectorName.fr}`, en: `Adoption: ${sectorName.en}` }
  if (row === 'jobs_displaced' && sectorName)
    return { fr: `Emplois déplacés : ${sectorName.fr}`, en: `Jobs displaced: ${sectorName.en}` }
  const spec = SERIES.find((s) => s.id === id)
  return spec ? { fr: spec.fr, en: spec.en } : { fr: id, en: id }
}

function seriesUnit(id: string): Unit {
  return SERIES.find((s) => s.id === id)?.unit ?? 'ratio'
}

/** A series' value in a year: the projection's inside the horizon, the engine's before it. */
export function seriesValue(ctx: ExplainContext, id: string, year: number): number {
  const index = year - (ctx.projection.years[0] as number)
  const values = ctx.projection.series.find((s) => s.id === id)?.values
  if (values && index >= 0 && index < values.length) return values[index] as number
  const row = SERIES.findIndex((s) => s.id === id)
  const n = ctx.replay.model.years
  return ctx.replay.ws.series[row * n + (year - ctx.baseYear)] as number
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

/** A series summed over the horizon's years. */
export function seriesSumTerm(ctx: ExplainContext, id: string, key = `sum:${id}`): Term {
  const years = ctx.projection.years
  const terms = years.map((year) => seriesTerm(ctx, id, year, { key: `${id}@${year}` }))
  const label = seriesLabel(ctx, id)
  return {
    key,
    label: {
      fr: `Somme ${ctx.firstYear}–${ctx.lastYear} : ${label.fr}`,
      en: `Sum ${ctx.firstYear}–${ctx.lastYear}: ${label.en}`,
    },
    value: terms.reduce((a, t) => a + t.value, 0),
    unit: seriesUnit(id),
    provenance: { kind: 'series', id, year: null, years: [ctx.firstYear, ctx.lastYear] },
    formula: { op: 'add', args: terms.map((t) => t.key) },
    terms,
  }
}

/** An assumption with the value the projection used and the baseline's source for it. */
export function assumptionTerm(ctx: ExplainContext, id: string, key = id): Term {
  const entry = ctx.baseline.assumptions[id]
  const index = ctx.replay.model.index.get(id)
  if (!entry || index === undefined) throw new Error(`Unknown assumption: ${id}`)
  const value = ctx.replay.params[index] as number
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
  const definition = LEVER_DEFINITIONS.find((d) => d.path === path)
  return {
    key,
    label: definition?.label ?? { fr: path, en: path },
    value,
    unit,
    provenance: { kind: 'setting', path },
  }
}

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

export function constantTerm(key: string, label: Localized, value: number, unit: Unit): Term {
  return { key, label, value, unit, provenance: { kind: 'constant' } }
}

/** Years elapsed since the base year, the exponent of the growth factors. */
export function elapsedTerm(ctx: ExplainContext, year: number, key = 'elapsed'): Term {
  return constantTerm(
    key,
    { fr: `Années écoulées depuis ${ctx.baseYear}`, en: `Years since ${ctx.baseYear}` },
    year - ctx.baseYear,
    'years',
  )
}

export const SECTORS = SECTOR_IDS
