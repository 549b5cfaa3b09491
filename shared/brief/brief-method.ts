import type { Language } from '../app-identity'
import type { Baseline } from '../model/baseline/baseline-schema'
import { formatValue } from '../format/format-value'
import { SECTOR_IDS } from '../model/engine/ids'
import { currentLawPath, shortSource } from './brief-reference'

/**
 * Method notes and limits: docs/model.md (model 2) in short paragraphs for readers who will not
 * open it. Keep them in step with the model document when the equations change.
 */
export function methodNotes(baseline: Baseline, language: Language): string[] {
  const sectors = SECTOR_IDS.length
  const base = baseline.baseYear
  const path = currentLawPath(baseline, language)
  const unedic = shortSource(baseline, baseline.unedic.source)
  const dstRate = baseline.assumptions['dst.reference_rate']
  const rate = dstRate ? formatValue(dstRate.value, 'share', language) : '—'
  if (language === 'fr')
    return [
      `Par coproduction, on entend le travail que le consommateur fait lui-même à la place d’un salarié : caisses automatiques, banque en ligne, billetterie et réservation en ligne, démarches dématérialisées. Levier en suit ${sectors} secteurs, année par année depuis ${base}.`,
      `Référence : le droit en vigueur. Le solde du ROBSS (recettes − dépenses, négatif en cas de déficit) suit la ${path}. Le droit en vigueur comprend la TSN à ${rate} sur les groupes de plus de 750 M€ de chiffre d’affaires mondial, versée à l’État, et le précompte des cotisations des travailleurs des plateformes : chaque levier est mesuré par son rendement net en plus de ce droit (année N, pleine montée en charge, cumul, valeur actualisée au taux indiqué), et un levier désactivé signifie le droit en vigueur, non l’absence de taxe. Seule la part affectée de ce supplément entre au ROBSS.`,
      `Le solde du ROBSS du scénario = trajectoire à droit constant + rendement affecté au ROBSS − coût de la coproduction pour le ROBSS (cotisations et CSG perdues, hors Agirc-Arrco, et TVA affectée perdue, moins les prélèvements sociaux sur les marges distribuées). L’Unédic est présentée à part (${unedic}) et n’est jamais additionnée au ROBSS ; l’effet sur le solde des administrations publiques ajoute l’Unédic, l’Agirc-Arrco, la part des leviers revenant à l’État, ses impôts sur les marges et les postes de fonctionnaires non remplacés.`,
      'Dans chaque secteur, la part des transactions faites par le consommateur suit une courbe de diffusion ajustée par moindres carrés aux points observés que la référence conserve ; les résidus de l’ajustement sont affichés dans le panneau d’adoption. Lorsque les leviers renchérissent le libre-service, l’adoption ralentit selon une élasticité supposée.',
      'Marché du travail : les emplois disparaissent par licenciements et par non-remplacement de départs (moins d’embauches, dont le coût retombe sur des personnes jamais embauchées) ; le retour à l’emploi et le salaire de reprise dépendent de la durée sans emploi, une part quitte la population active, les pertes au niveau du SMIC se font en heures et non en salaire, et aucun effectif ne devient négatif. Les postes de fonctionnaires ne sont pas supprimés par licenciement : ils ne sont pas remplacés, ce qui fait une économie pour l’État.',
      'Partage de la valeur : le coût du travail économisé par les entreprises va pour une part aux marges (taxées comme bénéfices et revenus du capital : impôt sur les sociétés, CSG) et pour l’autre aux prix ; ce partage est une hypothèse modifiable et sourcée. Le travail des consommateurs est valorisé au SMIC, net du temps que la coproduction leur épargne.',
      'Le taux de couverture (rendement cumulé affecté au ROBSS rapporté au coût cumulé de la coproduction pour le ROBSS) n’est plus un indicateur principal : il n’est donné, sans plafond, que lorsque ce coût est assez grand pour qu’il ait un sens, et la raison est dite sinon.',
      'Les chiffres de cette note sont ceux d’une projection déterministe, chaque hypothèse à sa valeur centrale, avec sa source, son année et sa qualité. Les hypothèses qui ont une plage plausible peuvent être tirées au sort (Monte-Carlo à graine fixée, centiles 5 à 95) : les bandes d’incertitude, lorsqu’elles sont imprimées, en donnent l’ampleur. Ce sont des ordres de grandeur pour comparer des options, non des prévisions. L’empreinte SHA-256 imprimée en pied de page identifie les entrées exactes du scénario ; avec les versions de l’application, du modèle et de la référence, elle permet de reproduire chaque chiffre.',
    ]
  return [
    `Coproduction here means work consumers do themselves in place of paid staff: self-checkout, online banking, online ticketing and booking, public services online. Levier follows ${sectors} sectors, year by year from ${base}.`,
    `Reference: current law. The ROBSS balance (receipts − spending, negative for a deficit) follows the ${path}. Current law includes the ${rate} DST on groups above €750m worldwide revenue, paid to the State, and at-source collection of platform workers’ contributions: each lever is measured by its net yield over this law (year N, full phase-in, cumulated, present value at the stated rate), and a lever switched off means current law, not no tax. Only the earmarked share of that increment goes to the ROBSS.`,
    `The scenario’s ROBSS balance = current-law path + yield earmarked to the ROBSS − cost of coproduction to the ROBSS (contributions and CSG lost, Agirc-Arrco excluded, and earmarked VAT lost, less social levies on distributed margins). Unédic is shown apart (${unedic}) and never added to the ROBSS; the general-government effect adds Unédic, Agirc-Arrco, the State’s share of the levers, its taxes on margins and civil-service posts not replaced.`,
    'In each sector, the share of transactions done by the consumer follows a diffusion curve fitted by least squares to the observed points the baseline stores; the fit’s residuals are shown in the adoption panel. When the levers make self-service dearer, adoption slows according to an assumed elasticity.',
    'Labour market: jobs go through lay-offs and through leavers not replaced (fewer hires, whose cost falls on people never hired); the return to work and the wage on return depend on the time out of work, a share leaves the labour force, losses at the SMIC are taken in hours rather than wage, and no pool ever goes negative. Civil servants are not laid off: their posts are not replaced, which saves the State money.',
    'Value sharing: the labour cost firms save goes partly to margins (taxed as profits and capital income: corporate tax, CSG) and partly to prices; the split is an editable, sourced assumption. Consumer work is valued at the SMIC, net of the time coproduction saves them.',
    'The coverage ratio (cumulative yield earmarked to the ROBSS over the cumulative cost of coproduction to it) is no longer a headline: it is given, uncapped, only where that cost is large enough for it to mean something, and the reason is stated otherwise.',
    'The figures in this brief come from a deterministic projection, every assumption at its central value, with its source, year and grade. Assumptions with a plausible range can be drawn at random (seeded Monte Carlo, 5th to 95th percentiles): the uncertainty bands, where printed, show how wide the outcomes are. These are orders of magnitude for comparing options, not forecasts. The SHA-256 fingerprint in the footer identifies the scenario’s exact inputs; with the application, model and baseline versions, it lets anyone reproduce every figure.',
  ]
}
