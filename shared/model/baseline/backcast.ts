import { adoptionFits } from './adoption-fit'
import type { AdoptionFit } from './adoption-fit'
import type { Baseline } from './baseline-schema'
import { SECTOR_IDS } from '../engine/ids'
import { dstGrowthDecay } from '../levers/lever-revenue'

/**
 * Back-casts: how the model's own rules reproduce figures it was not fitted to, so users can see
 * its errors. Computed from the baseline's central assumptions.
 */
export interface BackcastRow {
  readonly year: number
  readonly observed: number
  readonly modelled: number
  readonly error: number
  readonly relativeError: number
  readonly note: string
}

function row(year: number, observed: number, modelled: number, note = ''): BackcastRow {
  return {
    year,
    observed,
    modelled,
    error: modelled - observed,
    relativeError: (modelled - observed) / observed,
    note,
  }
}

function value(baseline: Baseline, id: string): number {
  const entry = baseline.assumptions[id]
  if (!entry) throw new Error(`The baseline lacks ${id}`)
  return entry.value
}

/**
 * DST yields: 3 % of the 2024 base carried back with the model's own growth rule, which fades
 * from the observed growth near the base year to nominal GDP growth (lever-revenue.ts
 * dstGrowthDecay): growth into year base + k is g(k), so the yield of year base − k − 1 is that of
 * base − k divided by 1 + g(−k), the excess over GDP growth growing by 1/d each year back.
 */
export function dstBackcast(baseline: Baseline): BackcastRow[] {
  const rate = value(baseline, 'dst.reference_rate')
  const base = value(baseline, 'dst.base_2024')
  const observed = value(baseline, 'dst.base_growth_2024')
  const longRun = value(baseline, 'macro.gdp_growth')
  const fade = value(baseline, 'dst.base_growth_fade_years')
  const decay = dstGrowthDecay(fade)
  const yieldIn = (year: number) => {
    let modelled = rate * base
    let excess = observed - longRun
    for (let k = 0; k < baseline.baseYear - year; k++) {
      modelled /= 1 + longRun + excess
      excess /= decay
    }
    return modelled
  }
  return baseline.dstYields.points.map((p) =>
    row(p.year, p.value, yieldIn(p.year), `${p.status}${p.note ? `; ${p.note}` : ''}`),
  )
}

/**
 * The PLFSS 2026 trajectory rebuilt from 2024 actuals with the rules the model uses after the
 * published years: receipts follow the wage bill, spending the assumed spending growth.
 */
export function plfssBackcast(baseline: Baseline): {
  receipts: BackcastRow[]
  spending: BackcastRow[]
  balance: BackcastRow[]
} {
  const wageBill =
    (1 + value(baseline, 'macro.wage_growth')) * (1 + value(baseline, 'macro.employment_growth'))
  const spendingGrowth = 1 + value(baseline, 'baseline.spending_growth')
  const { years, receipts, spending } = baseline.robss
  const r0 = receipts[0] as number
  const x0 = spending[0] as number
  const out = {
    receipts: [] as BackcastRow[],
    spending: [] as BackcastRow[],
    balance: [] as BackcastRow[],
  }
  years.forEach((year, i) => {
    const k = year - baseline.baseYear
    const r = r0 * Math.pow(wageBill, k)
    const x = x0 * Math.pow(spendingGrowth, k)
    const status = i === 0 ? 'actual' : 'PLFSS forecast'
    out.receipts.push(row(year, receipts[i] as number, r, status))
    out.spending.push(row(year, spending[i] as number, x, status))
    out.balance.push(row(year, (receipts[i] as number) - (spending[i] as number), r - x, status))
  })
  return out
}

/**
 * How well the default adoption curves fit what the baseline observed: per sector, the fitted
 * (or pooled) p and q, the RMSE, the first projected step against the observed pace, and every
 * residual. The base-year level is passed through by construction (residual 0).
 */
export function adoptionFitBackcast(baseline: Baseline): AdoptionFit[] {
  const fits = adoptionFits(baseline)
  return SECTOR_IDS.map((sector) => fits[sector])
}

const points = (x: number, digits = 2) => (100 * x).toFixed(digits)

function adoptionTables(fits: readonly AdoptionFit[]): string {
  const summary = fits.map((f) => {
    const ratio = f.observedPace ? `${(f.firstStep / f.observedPace).toFixed(2)}×` : ''
    return `| ${f.sector} | ${f.method} | ${f.p.toFixed(4)} | ${f.q.toFixed(4)} | ${f.rmse === null ? '' : points(f.rmse)} | ${points(f.firstStep)} | ${f.observedPace === null ? '' : points(f.observedPace)} | ${ratio} |`
  })
  const residuals = fits.flatMap((f) =>
    f.method === 'pooled'
      ? []
      : f.residuals.map(
          (r) =>
            `| ${f.sector} | ${r.year} | ${points(r.observed)} | ${points(r.fitted)} | ${points(r.residual)} | ${r.anchor ? 'base year (anchor)' : 'observed'} |`,
        ),
  )
  return [
    '**Adoption fit (Bass p, q; points of adoption)**',
    '',
    '| sector | method | p | q | RMSE (pts) | first step (pts/yr) | observed pace (pts/yr) | step / pace |',
    '|---|---|---|---|---|---|---|---|',
    ...summary,
    '',
    '**Adoption fit residuals (points)**',
    '',
    '| sector | year | observed (%) | fitted (%) | residual (pts) | status |',
    '|---|---|---|---|---|---|',
    ...residuals,
  ].join('\n')
}

const fmt = (x: number, digits: number) => x.toFixed(digits)
const pct = (x: number) => `${(100 * x).toFixed(1)} %`

function table(
  title: string,
  unit: string,
  rows: BackcastRow[],
  digits: number,
  showRelative = true,
): string {
  const head = showRelative
    ? `| year | observed (${unit}) | model (${unit}) | error | relative error | status |\n|---|---|---|---|---|---|`
    : `| year | observed (${unit}) | model (${unit}) | error | status |\n|---|---|---|---|---|`
  const lines = rows.map((r) =>
    showRelative
      ? `| ${r.year} | ${fmt(r.observed, digits)} | ${fmt(r.modelled, digits)} | ${fmt(r.error, digits)} | ${pct(r.relativeError)} | ${r.note} |`
      : `| ${r.year} | ${fmt(r.observed, digits)} | ${fmt(r.modelled, digits)} | ${fmt(r.error, digits)} | ${r.note} |`,
  )
  return [`**${title}**`, '', head, ...lines].join('\n')
}

/** The back-cast tables as Markdown, as docs/model.md shows them. */
export function backcastMarkdown(baseline: Baseline): string {
  const plfss = plfssBackcast(baseline)
  return [
    table('DST yields (gross, € bn)', '€ bn', dstBackcast(baseline), 3),
    '',
    table('ROBSS receipts (€ bn)', '€ bn', plfss.receipts, 1),
    '',
    table('ROBSS spending (€ bn)', '€ bn', plfss.spending, 1),
    '',
    table('ROBSS balance (€ bn)', '€ bn', plfss.balance, 1, false),
    '',
    adoptionTables(adoptionFitBackcast(baseline)),
  ].join('\n')
}
