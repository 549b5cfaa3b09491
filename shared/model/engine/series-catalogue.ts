import type { Unit } from './units'

/**
 * The outputs of a projection (model 2): the stable, documented contract of series and indicator
 * ids (docs/model.md §6). Money is in € bn (Md€), jobs in full-time equivalents, adoption as a share
 * of transactions. Balances are receipts − spending (negative = deficit); "increments" are lever
 * yields over current law; "effects" of coproduction are costs (positive = worse balance).
 */
export interface SeriesSpec {
  readonly id: string
  readonly unit: Unit
  readonly fr: string
  readonly en: string
}

export const GLOBAL_SERIES = [
  {
    id: 'jobs_displaced_total',
    unit: 'fte',
    fr: 'Emplois déplacés (stock)',
    en: 'Jobs displaced (stock)',
  },
  {
    id: 'jobs_displaced_attrition',
    unit: 'fte',
    fr: 'dont non-remplacements de départs',
    en: 'of which leavers not replaced',
  },
  {
    id: 'unemployed_pool',
    unit: 'fte',
    fr: 'Déplacés et entrants sans emploi',
    en: 'Displaced and entrants not yet in work',
  },
  {
    id: 'labour_force_exits',
    unit: 'fte',
    fr: 'Sorties de la population active',
    en: 'Left the labour force',
  },
  { id: 'wage_bill_lost', unit: 'bn_eur', fr: 'Masse salariale perdue', en: 'Wage bill lost' },
  {
    id: 'contributions_lost',
    unit: 'bn_eur',
    fr: 'Cotisations et CSG perdues (ROBSS)',
    en: 'Contributions and CSG lost (ROBSS)',
  },
  { id: 'itaf_lost', unit: 'bn_eur', fr: 'TVA affectée perdue', en: 'Earmarked VAT lost' },
  {
    id: 'value_sharing_robss',
    unit: 'bn_eur',
    fr: 'Prélèvements sociaux sur les marges distribuées',
    en: 'Social levies on distributed margins',
  },
  {
    id: 'coproduction_effect',
    unit: 'bn_eur',
    fr: 'Coût de la coproduction pour le ROBSS',
    en: 'Cost of coproduction to the ROBSS',
  },
  {
    id: 'contributions_lost_unedic',
    unit: 'bn_eur',
    fr: 'Contributions d’assurance chômage perdues',
    en: 'Unemployment-insurance contributions lost',
  },
  {
    id: 'benefits_cost',
    unit: 'bn_eur',
    fr: 'Allocations chômage versées',
    en: 'Unemployment benefits paid',
  },
  {
    id: 'coproduction_effect_unedic',
    unit: 'bn_eur',
    fr: 'Coût de la coproduction pour l’Unédic',
    en: 'Cost of coproduction to Unédic',
  },
  {
    id: 'contributions_lost_complementary',
    unit: 'bn_eur',
    fr: 'Cotisations Agirc-Arrco perdues',
    en: 'Agirc-Arrco contributions lost',
  },
  {
    id: 'state_savings',
    unit: 'bn_eur',
    fr: 'Économies de l’État (postes non remplacés)',
    en: 'State savings (posts not replaced)',
  },
  {
    id: 'state_taxes_lost',
    unit: 'bn_eur',
    fr: 'Impôts de l’État perdus sur les salaires (IR, TVA)',
    en: 'State taxes lost on wages (income tax, VAT)',
  },
  {
    id: 'labour_cost_saved',
    unit: 'bn_eur',
    fr: 'Coût du travail économisé par les entreprises',
    en: 'Labour cost saved by firms',
  },
  {
    id: 'value_to_margins',
    unit: 'bn_eur',
    fr: 'Part gardée en marges',
    en: 'Share kept as margins',
  },
  {
    id: 'value_sharing_state',
    unit: 'bn_eur',
    fr: 'Impôts de l’État sur les marges',
    en: 'State taxes on margins',
  },
  {
    id: 'coproduction_effect_apu',
    unit: 'bn_eur',
    fr: 'Coût de la coproduction pour les APU',
    en: 'Cost of coproduction to general government',
  },
  { id: 'revenue_dst_gross', unit: 'bn_eur', fr: 'TSN (brut)', en: 'DST (gross)' },
  { id: 'revenue_dst', unit: 'bn_eur', fr: 'TSN (net)', en: 'DST (net)' },
  {
    id: 'revenue_dst_current_law',
    unit: 'bn_eur',
    fr: 'TSN à droit constant (net)',
    en: 'DST under current law (net)',
  },
  {
    id: 'increment_dst',
    unit: 'bn_eur',
    fr: 'TSN : rendement net en plus du droit constant',
    en: 'DST: net yield over current law',
  },
  {
    id: 'increment_data_levy',
    unit: 'bn_eur',
    fr: 'Taxe sur les données : rendement net',
    en: 'Data levy: net yield',
  },
  {
    id: 'increment_platform',
    unit: 'bn_eur',
    fr: 'Contribution des plateformes : rendement net en plus du droit constant',
    en: 'Platform contribution: net yield over current law',
  },
  {
    id: 'increment_total',
    unit: 'bn_eur',
    fr: 'Leviers : rendement net en plus du droit constant',
    en: 'Levers: net yield over current law',
  },
  {
    id: 'increment_robss',
    unit: 'bn_eur',
    fr: 'Leviers : part affectée au ROBSS',
    en: 'Levers: share to the ROBSS',
  },
  {
    id: 'robss_receipts_baseline',
    unit: 'bn_eur',
    fr: 'Recettes du ROBSS (droit constant)',
    en: 'ROBSS receipts (current law)',
  },
  {
    id: 'robss_balance_baseline',
    unit: 'bn_eur',
    fr: 'Solde du ROBSS (trajectoire PLFSS, droit constant)',
    en: 'ROBSS balance (PLFSS path, current law)',
  },
  {
    id: 'robss_balance',
    unit: 'bn_eur',
    fr: 'Solde du ROBSS (scénario)',
    en: 'ROBSS balance (scenario)',
  },
  {
    id: 'robss_balance_change',
    unit: 'bn_eur',
    fr: 'Effet du scénario sur le solde du ROBSS',
    en: 'Scenario effect on the ROBSS balance',
  },
  {
    id: 'robss_balance_pct_gdp',
    unit: 'pct_gdp',
    fr: 'Solde du ROBSS (% du PIB)',
    en: 'ROBSS balance (% of GDP)',
  },
  {
    id: 'unedic_balance_baseline',
    unit: 'bn_eur',
    fr: 'Solde de l’Unédic (prévision, droit constant)',
    en: 'Unédic balance (forecast, current law)',
  },
  {
    id: 'unedic_balance',
    unit: 'bn_eur',
    fr: 'Solde de l’Unédic (scénario)',
    en: 'Unédic balance (scenario)',
  },
  {
    id: 'apu_effect',
    unit: 'bn_eur',
    fr: 'Effet sur le solde des APU',
    en: 'Effect on the general-government balance',
  },
  {
    id: 'consumer_work_hours',
    unit: 'million_hours',
    fr: 'Travail des consommateurs (brut)',
    en: 'Consumer work (gross)',
  },
  {
    id: 'consumer_time_saved',
    unit: 'million_hours',
    fr: 'Temps épargné aux consommateurs',
    en: 'Consumer time saved',
  },
  {
    id: 'consumer_work_value',
    unit: 'bn_eur',
    fr: 'Travail net des consommateurs, valorisé au SMIC',
    en: 'Net consumer work valued at the SMIC',
  },
  { id: 'gdp', unit: 'bn_eur', fr: 'PIB', en: 'GDP' },
] as const satisfies readonly SeriesSpec[]

export const INDICATORS = [
  {
    id: 'robss_balance_final',
    unit: 'bn_eur',
    fr: 'Solde du ROBSS, dernière année',
    en: 'ROBSS balance, final year',
  },
  {
    id: 'robss_balance_final_pct_gdp',
    unit: 'pct_gdp',
    fr: 'Solde du ROBSS, dernière année (% du PIB)',
    en: 'ROBSS balance, final year (% of GDP)',
  },
  {
    id: 'robss_balance_change_cumulative',
    unit: 'bn_eur',
    fr: 'Effet cumulé sur le solde du ROBSS',
    en: 'Cumulative effect on the ROBSS balance',
  },
  {
    id: 'unedic_balance_final',
    unit: 'bn_eur',
    fr: 'Solde de l’Unédic, dernière année',
    en: 'Unédic balance, final year',
  },
  {
    id: 'unedic_balance_change_cumulative',
    unit: 'bn_eur',
    fr: 'Effet cumulé sur le solde de l’Unédic',
    en: 'Cumulative effect on the Unédic balance',
  },
  {
    id: 'apu_effect_final',
    unit: 'bn_eur',
    fr: 'Effet sur le solde des APU, dernière année',
    en: 'General-government effect, final year',
  },
  {
    id: 'apu_effect_cumulative',
    unit: 'bn_eur',
    fr: 'Effet cumulé sur le solde des APU',
    en: 'Cumulative general-government effect',
  },
  {
    id: 'apu_effect_pv',
    unit: 'bn_eur',
    fr: 'Effet sur le solde des APU, valeur actualisée',
    en: 'General-government effect, present value',
  },
  {
    id: 'coproduction_effect_final',
    unit: 'bn_eur',
    fr: 'Coût de la coproduction pour le ROBSS, dernière année',
    en: 'Cost of coproduction to the ROBSS, final year',
  },
  {
    id: 'coproduction_effect_cumulative',
    unit: 'bn_eur',
    fr: 'Coût cumulé de la coproduction pour le ROBSS',
    en: 'Cumulative cost of coproduction to the ROBSS',
  },
  {
    id: 'coproduction_effect_pv',
    unit: 'bn_eur',
    fr: 'Coût de la coproduction pour le ROBSS, valeur actualisée',
    en: 'Cost of coproduction to the ROBSS, present value',
  },
  {
    id: 'coproduction_effect_share_receipts',
    unit: 'share',
    fr: 'Coût de la coproduction, part des recettes du ROBSS (dernière année)',
    en: 'Cost of coproduction, share of ROBSS receipts (final year)',
  },
  {
    id: 'increment_total_final',
    unit: 'bn_eur',
    fr: 'Leviers : rendement net en plus du droit constant, dernière année',
    en: 'Levers: net yield over current law, final year',
  },
  {
    id: 'increment_total_full',
    unit: 'bn_eur',
    fr: 'Leviers : rendement net à pleine montée en charge',
    en: 'Levers: net yield at full phase-in',
  },
  {
    id: 'increment_total_cumulative',
    unit: 'bn_eur',
    fr: 'Leviers : rendement net cumulé',
    en: 'Levers: cumulative net yield',
  },
  {
    id: 'increment_total_pv',
    unit: 'bn_eur',
    fr: 'Leviers : rendement net, valeur actualisée',
    en: 'Levers: net yield, present value',
  },
  {
    id: 'increment_dst_final',
    unit: 'bn_eur',
    fr: 'TSN : rendement net en plus du droit constant, dernière année',
    en: 'DST: net yield over current law, final year',
  },
  {
    id: 'increment_dst_full',
    unit: 'bn_eur',
    fr: 'TSN : rendement net à pleine montée en charge',
    en: 'DST: net yield at full phase-in',
  },
  {
    id: 'increment_dst_cumulative',
    unit: 'bn_eur',
    fr: 'TSN : rendement net cumulé',
    en: 'DST: cumulative net yield',
  },
  {
    id: 'increment_dst_pv',
    unit: 'bn_eur',
    fr: 'TSN : rendement net, valeur actualisée',
    en: 'DST: net yield, present value',
  },
  {
    id: 'increment_data_levy_final',
    unit: 'bn_eur',
    fr: 'Taxe sur les données : rendement net en plus du droit constant, dernière année',
    en: 'Data levy: net yield over current law, final year',
  },
  {
    id: 'increment_data_levy_full',
    unit: 'bn_eur',
    fr: 'Taxe sur les données : rendement net à pleine montée en charge',
    en: 'Data levy: net yield at full phase-in',
  },
  {
    id: 'increment_data_levy_cumulative',
    unit: 'bn_eur',
    fr: 'Taxe sur les données : rendement net cumulé',
    en: 'Data levy: cumulative net yield',
  },
  {
    id: 'increment_data_levy_pv',
    unit: 'bn_eur',
    fr: 'Taxe sur les données : rendement net, valeur actualisée',
    en: 'Data levy: net yield, present value',
  },
  {
    id: 'increment_platform_final',
    unit: 'bn_eur',
    fr: 'Contribution des plateformes : rendement net en plus du droit constant, dernière année',
    en: 'Platform contribution: net yield over current law, final year',
  },
  {
    id: 'increment_platform_full',
    unit: 'bn_eur',
    fr: 'Contribution des plateformes : rendement net à pleine montée en charge',
    en: 'Platform contribution: net yield at full phase-in',
  },
  {
    id: 'increment_platform_cumulative',
    unit: 'bn_eur',
    fr: 'Contribution des plateformes : rendement net cumulé',
    en: 'Platform contribution: cumulative net yield',
  },
  {
    id: 'increment_platform_pv',
    unit: 'bn_eur',
    fr: 'Contribution des plateformes : rendement net, valeur actualisée',
    en: 'Platform contribution: net yield, present value',
  },
  {
    id: 'increment_robss_cumulative',
    unit: 'bn_eur',
    fr: 'Rendement cumulé affecté au ROBSS',
    en: 'Cumulative yield to the ROBSS',
  },
  {
    id: 'coverage_ratio_cumulative',
    unit: 'ratio',
    fr: 'Rendement affecté au ROBSS / coût de la coproduction (cumulés)',
    en: 'Yield to the ROBSS / cost of coproduction (cumulated)',
  },
  {
    id: 'jobs_displaced_peak',
    unit: 'fte',
    fr: 'Pic des emplois déplacés',
    en: 'Peak jobs displaced',
  },
  {
    id: 'jobs_displaced_cumulative',
    unit: 'fte',
    fr: 'Emplois déplacés cumulés',
    en: 'Cumulative jobs displaced',
  },
  {
    id: 'consumer_work_hours_final',
    unit: 'million_hours',
    fr: 'Travail des consommateurs, dernière année',
    en: 'Consumer work, final year',
  },
  {
    id: 'consumer_work_value_final',
    unit: 'bn_eur',
    fr: 'Travail net des consommateurs, dernière année',
    en: 'Net consumer work, final year',
  },
  {
    id: 'incidence_platforms',
    unit: 'share',
    fr: 'Incidence : plateformes',
    en: 'Incidence: platforms',
  },
  {
    id: 'incidence_french_firms',
    unit: 'share',
    fr: 'Incidence : entreprises françaises',
    en: 'Incidence: French firms',
  },
  {
    id: 'incidence_consumers',
    unit: 'share',
    fr: 'Incidence : consommateurs',
    en: 'Incidence: consumers',
  },
  {
    id: 'incidence_workers',
    unit: 'share',
    fr: 'Incidence : travailleurs des plateformes',
    en: 'Incidence: platform workers',
  },
] as const satisfies readonly SeriesSpec[]
