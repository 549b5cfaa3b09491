import type { Localized } from './explain-types'

/**
 * The equations in words, per series or indicator, as docs/model.md states them. Placeholders:
 * {year} the year explained, {first} and {last} the horizon, {published} a table's last year.
 */
export const EQUATIONS: Readonly<Record<string, Localized>> = {
  financing_gap: {
    fr: 'Besoin de financement du scénario = besoin de financement de référence + effet de la coproduction − recettes des leviers affectées à la Sécurité sociale.',
    en: 'Scenario financing gap = baseline financing gap + coproduction effect − lever revenue earmarked to social security.',
  },
  financing_gap_baseline: {
    fr: 'Besoin de financement de référence = dépenses − recettes des régimes obligatoires de base et du FSV (ROBSS) + dépenses − recettes de l’Unédic. Valeurs publiées (PLFSS 2026, prévisions de l’Unédic), puis recettes indexées sur la masse salariale, dépenses des ROBSS sur leur tendance et dépenses de l’Unédic sur le PIB.',
    en: 'Baseline financing gap = spending − receipts of the basic social security schemes and FSV (ROBSS) + spending − receipts of Unédic. Published figures (PLFSS 2026, Unédic forecasts), then receipts indexed on the wage bill, ROBSS spending on its trend and Unédic spending on GDP.',
  },
  coproduction_effect: {
    fr: 'Effet de la coproduction = cotisations et CSG perdues + allocations chômage versées aux personnes déplacées + TVA affectée perdue.',
    en: 'Coproduction effect = contributions and CSG lost + unemployment benefits paid to displaced people + earmarked VAT lost.',
  },
  contributions_lost: {
    fr: 'Cotisations et CSG perdues = somme sur les secteurs de : salaires des déplacés encore sans emploi × prélèvements par euro de salaire + salaires antérieurs des déplacés réemployés × (prélèvements par euro à l’ancien salaire − ω × prélèvements par euro au nouveau salaire, ω étant le salaire de réemploi rapporté à l’ancien).',
    en: 'Contributions and CSG lost = sum over sectors of: wages of displaced people still looking × receipts per euro of wage + former wages of those re-employed × (receipts per euro at the former wage − ω × receipts per euro at the new wage, ω being the new wage over the former one).',
  },
  benefits_cost: {
    fr: 'Coût de l’assurance chômage = taux de remplacement brut × salaires antérieurs des déplacés encore indemnisés. Chaque cohorte de déplacés diminue chaque année avec le retour à l’emploi et n’est indemnisée que pendant la durée d’indemnisation.',
    en: 'Unemployment benefit cost = gross replacement rate × former wages of displaced people still paid benefits. Each cohort of displaced people shrinks every year as people find work, and is paid only for the benefit duration.',
  },
  itaf_lost: {
    fr: 'TVA affectée perdue = perte de TVA par euro de salaire net × masse salariale perdue × (1 − taux des cotisations salariales − CSG-CRDS).',
    en: 'Earmarked VAT lost = VAT lost per euro of net wage × wage bill lost × (1 − employee contribution rate − CSG-CRDS).',
  },
  wage_bill_lost: {
    fr: 'Masse salariale perdue = salaires des déplacés encore sans emploi + (1 − ω) × salaires antérieurs des déplacés réemployés.',
    en: 'Wage bill lost = wages of displaced people still looking + (1 − ω) × former wages of those re-employed.',
  },
  revenue_dst: {
    fr: 'TSN nette = TSN brute × coefficient de déductibilité − TSN brute × part répercutée sur les entreprises françaises × taux de l’impôt sur les sociétés (l’IS qu’elles ne paient plus sur la marge perdue).',
    en: 'Net DST = gross DST × deductibility coefficient − gross DST × share passed on to French firms × corporate tax rate (the corporate tax they no longer pay on the margin lost).',
  },
  revenue_dst_gross: {
    fr: 'TSN brute = taux appliqué × assiette × (taux appliqué / taux de référence)^(−élasticité). Taux appliqué = montée en charge × taux effectif ; assiette = assiette 2024 × (1 + croissance)^années × (1 + lien × (adoption des plateformes − adoption de l’année de base)).',
    en: 'Gross DST = rate applied × base × (rate applied / reference rate)^(−elasticity). Rate applied = phase-in × effective rate; base = 2024 base × (1 + growth)^years × (1 + link × (platform adoption − base-year adoption)).',
  },
  revenue_data_levy_perUser: {
    fr: 'Taxe sur les données = internautes suivis (internautes 2024 × (1 + croissance)^années) × tarif par internaute × modulation × montée en charge.',
    en: 'Data levy = users monitored (2024 users × (1 + growth)^years) × tariff per user × modulation × phase-in.',
  },
  revenue_data_levy_perVolume: {
    fr: 'Taxe sur les données = tarif appliqué × volume sortant (volume 2024 × (1 + croissance)^années) × (1 + tarif appliqué / valeur par Go)^(−élasticité de minimisation).',
    en: 'Data levy = tariff applied × outgoing volume (2024 volume × (1 + growth)^years) × (1 + tariff applied / value per GB)^(−minimisation elasticity).',
  },
  revenue_platform: {
    fr: 'Contribution des plateformes (nette) = contribution prélevée − cotisations que perdent les travailleurs qui en supportent une part + cotisations gagnées par la requalification + cotisations gagnées par le précompte.',
    en: 'Platform contribution (net) = contribution levied − contributions lost by the workers who bear part of it + contributions gained by requalification + contributions gained by collection at source.',
  },
  lever_revenue_total: {
    fr: 'Recettes des leviers = TSN nette + taxe sur les données + contribution des plateformes (nette).',
    en: 'Lever revenue = net DST + data levy + platform contribution (net).',
  },
  lever_revenue_earmarked: {
    fr: 'Recettes affectées = part affectée × TSN nette + part affectée × taxe sur les données + part affectée × contribution prélevée − cotisations perdues des travailleurs + gains de la requalification et du précompte (ces cotisations vont à la Sécurité sociale quelle que soit l’affectation).',
    en: 'Earmarked revenue = earmarked share × net DST + earmarked share × data levy + earmarked share × contribution levied − workers’ contributions lost + gains from requalification and collection at source (these contributions go to social security whatever the earmarking).',
  },
  lever_off: {
    fr: 'Ce levier ne prélève rien en {year} : il est désactivé ou ne commence qu’après.',
    en: 'This lever collects nothing in {year}: it is switched off or starts later.',
  },
  jobs_displaced_total: {
    fr: 'Emplois déplacés = somme sur les secteurs de : emplois du contrefactuel × θ × (adoption − adoption de l’année de base) / (1 − θ × adoption de l’année de base), θ étant la part du travail retirée par transaction en libre-service.',
    en: 'Jobs displaced = sum over sectors of: counterfactual jobs × θ × (adoption − base-year adoption) / (1 − θ × base-year adoption), θ being the labour share removed per self-service transaction.',
  },
  financing_gap_pct_gdp: {
    fr: 'Besoin de financement en % du PIB = 100 × besoin de financement du scénario / PIB.',
    en: 'Financing gap as % of GDP = 100 × scenario financing gap / GDP.',
  },
  gdp: {
    fr: 'PIB = PIB 2024 × (1 + croissance nominale)^années.',
    en: 'GDP = 2024 GDP × (1 + nominal growth)^years.',
  },
  coverage_ratio: {
    fr: 'Taux de couverture = recettes affectées / effet de la coproduction, borné à ±1 000 %. Lorsque la coproduction ne coûte rien : 0 sans recette, 1 000 % sinon.',
    en: 'Coverage ratio = earmarked revenue / coproduction effect, capped at ±1,000%. When coproduction costs nothing: 0 without revenue, 1,000% otherwise.',
  },
  consumer_work_hours: {
    fr: 'Travail des consommateurs = somme sur les secteurs de : transactions 2024 × (1 + croissance du volume)^années × adoption × minutes par transaction / 60.',
    en: 'Consumer work = sum over sectors of: 2024 transactions × (1 + volume growth)^years × adoption × minutes per transaction / 60.',
  },
  consumer_work_value: {
    fr: 'Valeur du travail des consommateurs = heures × SMIC horaire de l’année (SMIC annuel / (151,67 h × 12), indexé sur les salaires).',
    en: 'Value of consumer work = hours × hourly SMIC of the year (annual SMIC / (151.67 h × 12), indexed on wages).',
  },
  final_year: {
    fr: 'Valeur de la dernière année de l’horizon ({last}). ',
    en: 'Value in the final year of the horizon ({last}). ',
  },
  gap_change_cumulative: {
    fr: 'Variation cumulée = somme, de {first} à {last}, de (besoin de financement du scénario − besoin de financement de référence).',
    en: 'Cumulative change = sum, from {first} to {last}, of (scenario financing gap − baseline financing gap).',
  },
  coproduction_effect_cumulative: {
    fr: 'Effet cumulé = somme, de {first} à {last}, de l’effet de la coproduction sur le solde.',
    en: 'Cumulative effect = sum, from {first} to {last}, of the coproduction effect on the gap.',
  },
  lever_revenue_earmarked_cumulative: {
    fr: 'Recettes affectées cumulées = somme, de {first} à {last}, des recettes affectées à la Sécurité sociale.',
    en: 'Cumulative earmarked revenue = sum, from {first} to {last}, of the revenue earmarked to social security.',
  },
  coverage_ratio_cumulative: {
    fr: 'Taux de couverture cumulé = recettes affectées cumulées / effet cumulé de la coproduction ({first}–{last}), borné à ±1 000 % ; lorsque la coproduction ne coûte rien : 0 sans recette, 1 000 % sinon.',
    en: 'Cumulative coverage ratio = cumulative earmarked revenue / cumulative coproduction effect ({first}–{last}), capped at ±1,000%; when coproduction costs nothing: 0 without revenue, 1,000% otherwise.',
  },
  jobs_displaced_peak: {
    fr: 'Pic des emplois déplacés = le plus grand stock d’emplois déplacés sur les années {first} à {last} (0 s’il n’est jamais positif).',
    en: 'Peak jobs displaced = the largest stock of displaced jobs over {first} to {last} (0 if never positive).',
  },
  jobs_displaced_cumulative: {
    fr: 'Emplois déplacés cumulés = somme, de {first} à {last}, des hausses annuelles du stock d’emplois déplacés (les baisses ne comptent pas).',
    en: 'Cumulative jobs displaced = sum, from {first} to {last}, of the yearly increases in the stock of displaced jobs (decreases do not count).',
  },
  incidence: {
    fr: 'Part supportée par {who} = charge cumulée de {who} / charge cumulée totale des leviers ({first}–{last}). Chaque prélèvement brut est réparti selon les taux de répercussion ; 0 pour tous sans levier.',
    en: 'Share borne by {who} = cumulative burden on {who} / total cumulative burden of the levers ({first}–{last}). Each gross levy is split by the pass-through rates; 0 for all without levers.',
  },
}
