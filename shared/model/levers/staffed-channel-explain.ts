import { inEveryLanguage } from '../../i18n/in-every-language'
import {
  assumptionTerm,
  at,
  BN,
  computedTerm,
  derivedTerm,
  leversAt,
  sectorConstant,
  sectorRecorded,
  SECTORS,
  settingTerm,
} from '../explain/explain-context'
import type { ExplainContext, SeriesBuilder } from '../explain/explain-context'
import { bySector, wageTerm } from '../explain/explain-pools'
import { add, mul, sub } from '../explain/explain-types'
import type { Expr, Term } from '../explain/explain-types'
import { SC, ST } from '../engine/terms'
import { leverOff, phaseTerm, phaseValue } from './lever-explain'
import { keptPostsPayer, keptShare } from './staffed-channel'
import { STAFFED_CHANNEL_LEVER } from './staffed-channel-lever'

/** "Why this number?" for the staffed channel kept open (staffed-channel.ts). */

const LEVER = STAFFED_CHANNEL_LEVER.id
const PUBLIC_COUNTER = SECTORS.indexOf('public_counter')

/** The share of the closing channel kept open in a year: the lever's share × its phase-in. */
export function keptShareTerm(ctx: ExplainContext, year: number): Term {
  const share = leversAt(ctx, year)[LEVER].keptShare
  return computedTerm(
    'kept',
    inEveryLanguage('explain.term.staffed.kept_share', { year: String(year) }),
    keptShare(ctx.model, ctx.ws, at(ctx, year)),
    'share',
    mul('phase', `levers.${LEVER}.keptShare`),
    [phaseTerm(ctx, LEVER, year), settingTerm(ctx, `levers.${LEVER}.keptShare`, share, 'share')],
  )
}

/** One sector's posts kept, as the engine recorded them. */
export function keptPostsTerm(ctx: ExplainContext, s: number, year: number): Term {
  return computedTerm(
    'kept_posts',
    inEveryLanguage('explain.term.staffed.kept_posts'),
    sectorRecorded(ctx, s, ST.staffed_kept, year),
    'fte',
  )
}

function employerTerm(ctx: ExplainContext, s: number): Term {
  return computedTerm(
    'employer_rate',
    inEveryLanguage('explain.term.employer_rate'),
    sectorConstant(ctx, s, SC.employer_rate),
    'share',
  )
}

/** Posts kept × wage × (1 + employer contributions), the civil servants' part left out if asked. */
function keptCost(ctx: ExplainContext, year: number, privateOnly: boolean) {
  return bySector(ctx, 'bn_eur', (s) => {
    const terms = [keptPostsTerm(ctx, s, year), wageTerm(ctx, s, year), employerTerm(ctx, s)]
    const price: Expr[] = ['kept_posts', 'wage', add(1, 'employer_rate'), BN]
    if (privateOnly && s === PUBLIC_COUNTER)
      return {
        formula: mul(sub(1, 'civil'), ...price),
        terms: [
          ...terms,
          assumptionTerm(ctx, 'sector.public_counter.civil_servant_share', 'civil'),
        ],
      }
    return { formula: mul(...price), terms }
  })
}

const cost: SeriesBuilder = (ctx, year) => ({
  equation: inEveryLanguage('explain.equation.staffed_channel_cost'),
  ...keptCost(ctx, year, false),
})

const increment: SeriesBuilder = (ctx, year) => {
  if (phaseValue(ctx, LEVER, year) <= 0) return leverOff(ctx, LEVER, year)
  const payer = keptPostsPayer(ctx.model)
  if (payer !== 'state')
    return {
      equation: inEveryLanguage(`explain.equation.increment_staffed_channel_${payer}`),
      formula: 0,
      terms: [phaseTerm(ctx, LEVER, year)],
    }
  const made = keptCost(ctx, year, true)
  const privateCost = derivedTerm(
    'private_cost',
    inEveryLanguage('explain.term.staffed.private_cost'),
    'bn_eur',
    made.formula,
    made.terms,
  )
  return {
    equation: inEveryLanguage('explain.equation.increment_staffed_channel_state'),
    formula: sub(0, 'private_cost'),
    terms: [privateCost],
  }
}

/** The staffed channel's share of the ROBSS's increments: its earmarking × its increment. */
export function staffedEarmarkTerms(
  ctx: ExplainContext,
  year: number,
  seriesTerm: (id: string) => Term,
): { formula: Expr; terms: Term[] } {
  const share = leversAt(ctx, year).earmarking[LEVER]
  const key = `levers.earmarking.${LEVER}`
  return {
    formula: mul(key, `increment_${STAFFED_CHANNEL_LEVER.series}`),
    terms: [
      settingTerm(ctx, key, share, 'share'),
      seriesTerm(`increment_${STAFFED_CHANNEL_LEVER.series}`),
    ],
  }
}

export const STAFFED_CHANNEL_BUILDERS: Readonly<Record<string, SeriesBuilder>> = {
  staffed_channel_cost: cost,
  [`increment_${STAFFED_CHANNEL_LEVER.series}`]: increment,
}
