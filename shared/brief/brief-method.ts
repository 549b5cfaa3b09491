import type { Language } from '../app-identity'
import type { Baseline } from '../model/baseline-schema'
import { SECTOR_IDS } from '../model/ids'

/**
 * Method notes and limits: docs/model.md in eight short paragraphs for readers who will not open
 * it. Keep them in step with the model document when the equations change.
 */
export function methodNotes(baseline: Baseline, language: Language): string[] {
  const sectors = SECTOR_IDS.length
  const base = baseline.baseYear
  if (language === 'fr')
    return [
      `Par coproduction, on entend le travail que le consommateur fait lui-même à la place d’un salarié : caisses automatiques, banque en ligne, billetterie et réservation en ligne, démarches dématérialisées. Levier en suit ${sectors} secteurs, année par année depuis ${base}, sur le périmètre de la Sécurité sociale (régimes obligatoires de base et Unédic).`,
      'Dans chaque secteur, la part des transactions faites par le consommateur suit une courbe de diffusion plafonnée (Bass par défaut, logistique ou tracée par l’analyste). Lorsque les leviers renchérissent le canal en libre-service, l’adoption ralentit selon une élasticité supposée.',
      'Les emplois déplacés se mesurent par rapport à un contrefactuel sans nouvelle adoption. Une part est redéployée dans l’entreprise ; les autres personnes cherchent un emploi et en retrouvent un à un taux annuel donné, à un salaire moindre.',
      'Les cotisations et la CSG perdues dépendent du niveau de salaire, allègements généraux compris ; l’assurance chômage verse des allocations pendant la durée d’indemnisation. Leur somme est l’effet de la coproduction, et besoin de financement du scénario = besoin de référence (PLFSS, Unédic) + effet de la coproduction − recettes des leviers affectées à la Sécurité sociale, chaque année.',
      'Chaque levier (taxe sur les services numériques, taxe sur les données, contribution des plateformes) a une année de départ et une montée en charge. Ses recettes tiennent compte de la réaction de l’assiette, de la déductibilité de l’impôt sur les sociétés et de la répercussion sur les entreprises françaises, les consommateurs et les travailleurs des plateformes : c’est l’incidence. Seule la part affectée réduit le besoin de la Sécurité sociale ; le taux de couverture la rapporte au coût de la coproduction et est plafonné à 1 000 %.',
      'Ne sont pas modélisés : les réformes des allègements de 2025-2026, les effets d’équilibre général sur le reste de l’emploi, le RSA versé par les départements aux personnes en fin de droits, ni le gain du budget de l’État en cas de compensation à l’euro près. Plusieurs tailles de secteurs et toutes les durées de transaction n’ont pas de source publiée : ce sont des hypothèses signalées comme telles ; la taxe sur les données n’a pas d’estimation de rendement publiée.',
      'Les chiffres de cette note sont ceux d’une projection déterministe, chaque hypothèse à sa valeur centrale, avec sa source, son année et sa qualité. Les hypothèses qui ont une plage plausible peuvent être tirées au sort (Monte-Carlo à graine fixée, centiles 5 à 95) : les bandes d’incertitude, lorsqu’elles sont imprimées, en donnent l’ampleur. Ce sont des ordres de grandeur pour comparer des options, non des prévisions.',
      'L’empreinte SHA-256 imprimée en pied de page identifie les entrées exactes du scénario (nom et description exceptés) ; avec les versions de l’application, du modèle et de la référence, elle permet de reproduire chaque chiffre.',
    ]
  return [
    `Coproduction here means work consumers do themselves in place of paid staff: self-checkout, online banking, online ticketing and booking, public services online. Levier follows ${sectors} sectors, year by year from ${base}, over the social-security perimeter (basic compulsory schemes and Unédic).`,
    'In each sector, the share of transactions done by the consumer follows a capped diffusion curve (Bass by default, logistic or drawn by the analyst). When the levers make the self-service channel dearer, adoption slows according to an assumed elasticity.',
    'Displaced jobs are measured against a counterfactual with no new adoption. A share is redeployed within the firm; the others look for work and find it at a given annual rate, at a lower wage.',
    'Lost contributions and CSG depend on the wage level, general reductions included; unemployment insurance pays benefits for the benefit duration. Their sum is the coproduction effect, and the scenario’s financing gap = baseline gap (PLFSS, Unédic) + coproduction effect − lever revenue earmarked to social security, year by year.',
    'Each lever (digital services tax, data levy, platform contribution) has a start year and a phase-in. Its revenue allows for the base’s response, corporate-tax deductibility and the pass-through to French firms, consumers and platform workers: the incidence. Only the earmarked share reduces the social-security gap; the coverage ratio sets it against the cost of coproduction and is capped at 1,000%.',
    'Not modelled: the 2025–2026 reforms of contribution reductions, general-equilibrium effects on other jobs, the minimum income paid by the départements once benefits run out, and the State budget’s gain under euro-for-euro compensation. Several sector sizes and all transaction times have no published source: they are assumptions labelled as such; the data levy has no published yield estimate.',
    'The figures in this brief come from a deterministic projection, every assumption at its central value, with its source, year and grade. Assumptions with a plausible range can be drawn at random (seeded Monte Carlo, 5th to 95th percentiles): the uncertainty bands, where printed, show how wide the outcomes are. These are orders of magnitude for comparing options, not forecasts.',
    'The SHA-256 fingerprint in the footer identifies the scenario’s exact inputs (name and description aside); with the application, model and baseline versions, it lets anyone reproduce every figure.',
  ]
}
