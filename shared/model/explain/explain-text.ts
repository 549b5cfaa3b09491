import type { Localized } from './explain-types'

/**
 * The equations of the series in words, as the engine computes them (docs/model.md). Placeholders:
 * {year} the year explained. Money in Md€; balances are receipts − spending (negative = deficit);
 * "costs" of coproduction are positive when they worsen a balance.
 */
export const EQUATIONS: Readonly<Record<string, Localized>> = {
  robss_balance: {
    fr: 'Solde du ROBSS du scénario = solde de référence (trajectoire du PLFSS à droit constant) + effet du scénario sur le solde.',
    en: 'Scenario ROBSS balance = baseline balance (PLFSS path under current law) + scenario effect on the balance.',
  },
  robss_balance_change: {
    fr: 'Effet du scénario sur le solde du ROBSS = part des rendements nouveaux affectée au ROBSS − coût de la coproduction pour le ROBSS.',
    en: 'Scenario effect on the ROBSS balance = share of the new yields earmarked to the ROBSS − cost of coproduction to the ROBSS.',
  },
  robss_balance_baseline: {
    fr: 'Solde de référence du ROBSS = recettes − dépenses des régimes obligatoires de base et du FSV : tableau du PLFSS 2026 jusqu’à sa dernière année, puis recettes indexées sur la masse salariale (salaires × emploi) et dépenses sur leur tendance, à partir de la dernière année publiée hors éléments exceptionnels.',
    en: 'ROBSS baseline balance = receipts − spending of the basic schemes and the FSV: the PLFSS 2026 table up to its last year, then receipts indexed on the wage bill (wages × employment) and spending on its trend, from the last published year without its one-off items.',
  },
  robss_receipts_baseline: {
    fr: 'Recettes du ROBSS à droit constant : tableau du PLFSS 2026, puis indexées sur la masse salariale (salaires × emploi).',
    en: 'ROBSS receipts under current law: the PLFSS 2026 table, then indexed on the wage bill (wages × employment).',
  },
  robss_balance_pct_gdp: {
    fr: 'Solde du ROBSS en % du PIB = 100 × solde du ROBSS du scénario / PIB.',
    en: 'ROBSS balance as % of GDP = 100 × scenario ROBSS balance / GDP.',
  },
  unedic_balance: {
    fr: 'Solde de l’Unédic du scénario = solde de référence (prévision de l’Unédic à droit constant) − coût de la coproduction pour l’Unédic. Il n’est jamais ajouté au solde du ROBSS.',
    en: 'Scenario Unédic balance = baseline balance (Unédic forecast under current law) − cost of coproduction to Unédic. It is never added to the ROBSS balance.',
  },
  unedic_balance_baseline: {
    fr: 'Solde de référence de l’Unédic = recettes − dépenses : prévision de l’Unédic jusqu’à sa dernière année, puis recettes indexées sur la masse salariale et dépenses sur le PIB nominal, hors éléments exceptionnels de la dernière année.',
    en: 'Unédic baseline balance = receipts − spending: the Unédic forecast up to its last year, then receipts indexed on the wage bill and spending on nominal GDP, without the last year’s one-off items.',
  },
  apu_effect: {
    fr: 'Effet sur le solde des administrations publiques = rendement net des leviers en plus du droit constant (part de l’État comprise) − coût de la coproduction pour les APU.',
    en: 'Effect on the general-government balance = net yield of the levers over current law (State share included) − cost of coproduction to general government.',
  },
  gdp: {
    fr: 'PIB = PIB de l’année de base × (1 + croissance nominale)^années.',
    en: 'GDP = base-year GDP × (1 + nominal growth)^years.',
  },
  coproduction_effect: {
    fr: 'Coût de la coproduction pour le ROBSS = cotisations et CSG perdues + TVA affectée perdue − prélèvements sociaux sur les marges distribuées (la part des économies de coût du travail gardée en marges et versée aux actionnaires).',
    en: 'Cost of coproduction to the ROBSS = contributions and CSG lost + earmarked VAT lost − social levies on distributed margins (the part of labour-cost savings kept as margins and paid to shareholders).',
  },
  coproduction_effect_unedic: {
    fr: 'Coût de la coproduction pour l’Unédic = contributions d’assurance chômage perdues + allocations versées aux personnes licenciées.',
    en: 'Cost of coproduction to Unédic = unemployment-insurance contributions lost + benefits paid to the people laid off.',
  },
  coproduction_effect_apu: {
    fr: 'Coût de la coproduction pour les APU = coût pour le ROBSS + coût pour l’Unédic + cotisations Agirc-Arrco perdues + impôts de l’État perdus sur les salaires − économies de l’État sur les postes de fonctionnaires non remplacés − impôts de l’État sur les marges (IS et impôt sur les revenus distribués).',
    en: 'Cost of coproduction to general government = cost to the ROBSS + cost to Unédic + Agirc-Arrco contributions lost + State taxes lost on wages − State savings on civil servants’ posts not replaced − State taxes on margins (corporate tax and tax on distributed income).',
  },
  state_taxes_lost: {
    fr: 'Impôts de l’État perdus sur les salaires = impôts de l’État par euro de salaire brut (impôt sur le revenu, TVA sur la consommation du salaire net) × masse salariale perdue.',
    en: 'State taxes lost on wages = State taxes per euro of gross wage (income tax, VAT on the consumption of the net wage) × wage bill lost.',
  },
  contributions_lost: {
    fr: 'Cotisations et CSG perdues par le ROBSS = somme sur les secteurs de : salaire de l’année × [personnes sans emploi ou sorties de la population active × prélèvements du ROBSS par euro de salaire + réemployés après un an × perte nette par euro + réemployés après une longue période × perte nette par euro]. La perte nette par euro d’un réemployé = prélèvements à l’ancien salaire − ω × prélèvements au nouveau (ω : salaire de réemploi / ancien salaire ; sous le SMIC, moins d’heures au SMIC).',
    en: 'Contributions and CSG lost by the ROBSS = sum over sectors of: the year’s wage × [people out of work or out of the labour force × ROBSS receipts per euro of wage + re-employed within a year × net loss per euro + re-employed after a long spell × net loss per euro]. A re-employed person’s net loss per euro = receipts at the former wage − ω × receipts at the new one (ω: new wage / former wage; below the SMIC, fewer hours at the SMIC).',
  },
  contributions_lost_unedic: {
    fr: 'Contributions d’assurance chômage perdues = même calcul que les cotisations du ROBSS, avec la part de l’Unédic dans le taux patronal effectivement payé (les allègements sont imputés sur chaque contribution).',
    en: 'Unemployment-insurance contributions lost = the same computation as the ROBSS contributions, with Unédic’s share of the employer rate actually paid (reductions are imputed on every contribution).',
  },
  contributions_lost_complementary: {
    fr: 'Cotisations Agirc-Arrco perdues (hors ROBSS) = même calcul, avec la part Agirc-Arrco du taux patronal payé et le taux salarial Agirc-Arrco.',
    en: 'Agirc-Arrco contributions lost (outside the ROBSS) = the same computation, with Agirc-Arrco’s share of the employer rate paid and the Agirc-Arrco employee rate.',
  },
  itaf_lost: {
    fr: 'TVA affectée perdue = perte de TVA par euro de salaire net × (1 − taux salarial − CSG-CRDS) × masse salariale perdue.',
    en: 'Earmarked VAT lost = VAT lost per euro of net wage × (1 − employee rate − CSG-CRDS) × wage bill lost.',
  },
  benefits_cost: {
    fr: 'Allocations chômage = taux de remplacement × salaires antérieurs des licenciés encore indemnisés. Chaque cohorte de licenciés ({year} et avant) compte pour ses salaires × la part encore indemnisée (encore sans emploi, dans la durée d’indemnisation, salaires indexés).',
    en: 'Unemployment benefits = replacement rate × former wages of laid-off people still paid. Each cohort laid off ({year} and before) counts for its wages × the share still paid (still out of work, within the benefit duration, wages indexed).',
  },
  wage_bill_lost: {
    fr: 'Masse salariale perdue = somme sur les secteurs de : salaire de l’année × [personnes sans emploi ou sorties de la population active + réemployés après un an × (1 − ω₁) + réemployés après une longue période × (1 − ω₂)].',
    en: 'Wage bill lost = sum over sectors of: the year’s wage × [people out of work or out of the labour force + re-employed within a year × (1 − ω₁) + re-employed after a long spell × (1 − ω₂)].',
  },
  labour_cost_saved: {
    fr: 'Coût du travail économisé par les entreprises = somme sur les secteurs de : postes supprimés non reclassés (emplois déplacés − reclassés) × salaire × (1 + taux patronal payé), hors fonctionnaires.',
    en: 'Labour cost saved by firms = sum over sectors of: posts gone and not redeployed (jobs displaced − redeployed) × wage × (1 + employer rate paid), civil servants excluded.',
  },
  state_savings: {
    fr: 'Économies de l’État = part des fonctionnaires aux guichets publics × postes supprimés non reclassés × salaire : leurs postes disparaissent par non-remplacement et l’État économise leur traitement.',
    en: 'State savings = civil servants’ share at public counters × posts gone and not redeployed × wage: their posts go by attrition and the State saves their pay.',
  },
  value_to_margins: {
    fr: 'Part gardée en marges = part des économies de coût du travail gardée en marges (le reste baisse les prix) × coût du travail économisé.',
    en: 'Share kept as margins = share of labour-cost savings kept as margins (the rest lowers prices) × labour cost saved.',
  },
  value_sharing_robss: {
    fr: 'Prélèvements sociaux sur les marges = marges gardées × (1 − IS) × part distribuée × taux des prélèvements sociaux sur les revenus du capital (CSG 9,2 % et autres).',
    en: 'Social levies on margins = margins kept × (1 − corporate tax) × share distributed × social levy rate on capital income (CSG 9.2% and others).',
  },
  value_sharing_state: {
    fr: 'Impôts de l’État sur les marges = marges gardées × [taux de l’IS + (1 − IS) × part distribuée × taux de l’impôt sur les revenus distribués].',
    en: 'State taxes on margins = margins kept × [corporate tax rate + (1 − corporate tax) × share distributed × tax rate on distributed income].',
  },
  jobs_displaced_total: {
    fr: 'Emplois déplacés = somme sur les secteurs du stock d’emplois déplacés.',
    en: 'Jobs displaced = sum over sectors of the stock of jobs displaced.',
  },
  jobs_displaced_sector: {
    fr: 'Emplois déplacés = emplois du contrefactuel (sans nouvelle adoption) × θ × (adoption − adoption de l’année de base) / (1 − θ × adoption de l’année de base), θ étant la part du travail retirée par transaction en libre-service.',
    en: 'Jobs displaced = counterfactual jobs (no new adoption) × θ × (adoption − base-year adoption) / (1 − θ × base-year adoption), θ being the labour share removed per self-service transaction.',
  },
  jobs_displaced_attrition: {
    fr: 'Non-remplacements de départs = somme sur les secteurs de : part des hausses annuelles du stock d’emplois déplacés absorbée par des départs non remplacés (fonctionnaires compris), réduite en proportion quand le stock baisse. Leur coût retombe sur des entrants jamais embauchés.',
    en: 'Leavers not replaced = sum over sectors of: the share of each year’s rise in jobs displaced absorbed by leavers not replaced (civil servants included), scaled down in proportion when the stock falls. Its cost falls on entrants never hired.',
  },
  unemployed_pool: {
    fr: 'Sans emploi = somme sur les secteurs de : licenciés dans leur première année de recherche + licenciés en recherche longue + entrants non embauchés encore en recherche.',
    en: 'Not yet in work = sum over sectors of: people laid off in their first year of search + laid off in a long search + entrants not hired still searching.',
  },
  labour_force_exits: {
    fr: 'Sorties de la population active = somme sur les secteurs des personnes déplacées ou entrants qui ont cessé de chercher (taux de sortie annuel appliqué à chaque groupe en recherche).',
    en: 'Left the labour force = sum over sectors of displaced people or entrants who stopped searching (the yearly exit rate applied to each group searching).',
  },
  consumer_work_hours: {
    fr: 'Travail des consommateurs (brut) = somme sur les secteurs de : transactions de l’année de base × minutes par transaction / 60 × (1 + croissance du volume)^années × adoption.',
    en: 'Consumer work (gross) = sum over sectors of: base-year transactions × minutes per transaction / 60 × (1 + volume growth)^years × adoption.',
  },
  consumer_time_saved: {
    fr: 'Temps épargné = part du temps de libre-service qui remplace un temps d’attente ou de déplacement × travail brut des consommateurs.',
    en: 'Time saved = share of self-service time that replaces waiting or travel time × gross consumer work.',
  },
  consumer_work_value: {
    fr: 'Travail net des consommateurs valorisé = (heures brutes − heures épargnées) × SMIC horaire de l’année (SMIC annuel / (151,67 h × 12), indexé sur les salaires).',
    en: 'Value of net consumer work = (gross hours − hours saved) × the year’s hourly SMIC (annual SMIC / (151.67 h × 12), indexed on wages).',
  },
  lever_off: {
    fr: 'Rien en plus du droit constant en {year} : la réforme est désactivée ou ne commence qu’après.',
    en: 'Nothing over current law in {year}: the reform is switched off or starts later.',
  },
  increment_total: {
    fr: 'Rendement net des leviers en plus du droit constant = TSN + taxe sur les données + contribution des plateformes.',
    en: 'Levers’ net yield over current law = DST + data levy + platform contribution.',
  },
  increment_robss: {
    fr: 'Part affectée au ROBSS = part affectée × surcroît de TSN + part affectée × taxe sur les données + part affectée × contribution prélevée − cotisations perdues des travailleurs + cotisations du ROBSS gagnées par la requalification (ces cotisations vont à la Sécurité sociale quelle que soit l’affectation). L’affectation ne porte que sur les surcroîts : la TSN à 3 % reste à l’État.',
    en: 'Share to the ROBSS = earmarked share × DST increment + earmarked share × data levy + earmarked share × contribution levied − workers’ contributions lost + ROBSS contributions gained by requalification (these go to social security whatever the earmarking). Earmarking applies to increments only: the 3% DST stays with the State.',
  },
}
