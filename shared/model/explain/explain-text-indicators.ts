import type { Localized } from './explain-types'

/**
 * The headline indicators in words. Placeholders: {first} and {last} the horizon, {full} the year
 * of full phase-in, {rate} the discount rate, {cost} the cumulative cost, {threshold} its minimum.
 */
export const INDICATOR_EQUATIONS: Readonly<Record<string, Localized>> = {
  final: {
    fr: 'Valeur de la dernière année de l’horizon ({last}) : ',
    en: 'Value in the final year of the horizon ({last}): ',
  },
  full: {
    fr: 'Valeur en {full}, première année où chaque réforme activée concernée est pleinement montée en charge (année de départ + montée en charge − 1 ; début de l’horizon si aucune ne l’est, fin de l’horizon au plus tard) : ',
    en: 'Value in {full}, the first year every reform switched on concerned is fully phased in (start year + phase-in − 1; the horizon’s start if none is on, its end at the latest): ',
  },
  cumulative: {
    fr: 'Somme, de {first} à {last}, de : ',
    en: 'Sum, from {first} to {last}, of: ',
  },
  pv: {
    fr: 'Valeur actualisée = somme, de {first} à {last}, de la valeur de chaque année × (1 / (1 + taux d’actualisation))^(années depuis {first}), au taux de {rate}. Série actualisée : ',
    en: 'Present value = sum, from {first} to {last}, of each year’s value × (1 / (1 + discount rate))^(years since {first}), at {rate}. Series discounted: ',
  },
  balance_change_cumulative: {
    fr: 'Effet cumulé = somme, de {first} à {last}, de (solde du scénario − solde de référence). ',
    en: 'Cumulative effect = sum, from {first} to {last}, of (scenario balance − baseline balance). ',
  },
  coproduction_effect_share_receipts: {
    fr: 'Part des recettes = coût de la coproduction pour le ROBSS en {last} / recettes du ROBSS à droit constant en {last}.',
    en: 'Share of receipts = cost of coproduction to the ROBSS in {last} / ROBSS receipts under current law in {last}.',
  },
  coverage_ratio_cumulative: {
    fr: 'Rapport = rendement cumulé affecté au ROBSS / coût cumulé de la coproduction pour le ROBSS ({first}–{last}), sans plafond.',
    en: 'Ratio = cumulative yield to the ROBSS / cumulative cost of coproduction to the ROBSS ({first}–{last}), uncapped.',
  },
  coverage_ratio_undefined: {
    fr: 'Non significatif : le coût cumulé de la coproduction pour le ROBSS ({first}–{last}) vaut {cost} Md€, moins que {threshold} Md€ ; rapporter le rendement à un coût aussi faible ne voudrait rien dire, le rapport n’est donc pas calculé.',
    en: 'Not meaningful: the cumulative cost of coproduction to the ROBSS ({first}–{last}) is €{cost}bn, below €{threshold}bn; a yield over so small a cost would mean nothing, so the ratio is not computed.',
  },
  jobs_displaced_peak: {
    fr: 'Pic des emplois déplacés = le plus grand stock d’emplois déplacés sur les années {first} à {last} (0 s’il n’est jamais positif).',
    en: 'Peak jobs displaced = the largest stock of jobs displaced over {first} to {last} (0 if never positive).',
  },
  jobs_displaced_cumulative: {
    fr: 'Emplois déplacés cumulés = somme, de {first} à {last}, des hausses annuelles du stock d’emplois déplacés (les baisses ne comptent pas).',
    en: 'Cumulative jobs displaced = sum, from {first} to {last}, of the yearly rises in the stock of jobs displaced (falls do not count).',
  },
  incidence: {
    fr: 'Part supportée par {who} = charge cumulée de {who} / charge cumulée totale des surcroîts de prélèvements ({first}–{last}). Chaque surcroît est réparti selon les taux de répercussion (TSN : plateformes, entreprises françaises, consommateurs ; taxe sur les données et contribution des plateformes : plateformes, consommateurs, travailleurs ; gain de requalification : plateformes). 0 pour tous sans surcroît.',
    en: 'Share borne by {who} = cumulative burden on {who} / total cumulative burden of the levies over current law ({first}–{last}). Each increment is split by the pass-through rates (DST: platforms, French firms, consumers; data levy and platform contribution: platforms, consumers, workers; requalification gain: platforms). 0 for all without increments.',
  },
}

export const INCIDENCE_WHO: Readonly<Record<string, Localized>> = {
  platforms: { fr: 'les plateformes', en: 'platforms' },
  french_firms: { fr: 'les entreprises françaises', en: 'French firms' },
  consumers: { fr: 'les consommateurs', en: 'consumers' },
  workers: { fr: 'les travailleurs des plateformes', en: 'platform workers' },
}
