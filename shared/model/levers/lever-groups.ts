/**
 * The levers as the analyst meets them: what each is, what the model does with it, and where its
 * figures come from (source ids of the baseline). The levers panel shows it behind each ⓘ.
 */
type Localized = { readonly fr: string; readonly en: string }

export interface LeverGroup {
  readonly id: 'dst' | 'dataLevy' | 'platformContribution' | 'earmarking'
  readonly label: Localized
  readonly description: Localized
  readonly modelled: Localized
  /** Ids in the baseline's `sources`. */
  readonly sources: readonly string[]
}

export const LEVER_GROUPS: readonly LeverGroup[] = [
  {
    id: 'dst',
    label: { fr: 'Taxe sur les services numériques (TSN)', en: 'Digital services tax (DST)' },
    description: {
      fr: 'Taxe de 3 % (loi du 24 juillet 2019) sur le chiffre d’affaires tiré en France de la publicité ciblée, des places de marché et de la revente de données, due par les groupes de plus de 750 M€ de chiffre d’affaires mondial et 25 M€ en France. Le PLF 2026 a vu voter un relèvement et une tranche supérieure.',
      en: '3% tax (law of 24 July 2019) on revenue earned in France from targeted advertising, marketplaces and data resale, due by groups with over €750m worldwide and €25m French revenue. Higher rates and an upper tier were voted on during the 2026 budget.',
    },
    modelled: {
      fr: 'Recette = taux × assiette taxable (rendements observés 2019-2024, croissance de l’assiette), réduite par l’élasticité de l’assiette au taux et par la déductibilité de l’IS ; la tranche supérieure s’applique à la part de l’assiette des plus grands groupes ; la part répercutée sur les entreprises françaises et les consommateurs fixe l’incidence.',
      en: 'Revenue = rate × taxable base (observed yields 2019-2024, base growth), reduced by the base’s elasticity to the rate and by corporate-tax deductibility; the upper tier applies to the largest groups’ share of the base; the share passed on to French firms and consumers sets the incidence.',
    },
    sources: [
      'law-2019-759',
      'bfm-plf-2024',
      'nosdeputes-2019',
      'pass-through-derived',
      'nao-2022',
    ],
  },
  {
    id: 'dataLevy',
    label: { fr: 'Taxe sur les données', en: 'Data levy' },
    description: {
      fr: 'Proposée par le rapport Colin et Collin (2013) : un prélèvement sur la collecte de données personnelles, par internaute suivi, modulé selon les pratiques de l’entreprise, ou sur le volume de données sortant du territoire.',
      en: 'Proposed by the Colin & Collin report (2013): a levy on the collection of personal data, per user tracked, modulated by the firm’s data practices, or on the volume of data leaving the country.',
    },
    modelled: {
      fr: 'Assiette par internaute : tarif × internautes suivis × modulation moyenne. Assiette en volume : tarif par Go × volume sortant, réduit par la minimisation des données qu’entraîne la taxe.',
      en: 'Per-user base: tariff × users tracked × average modulation. Volume base: tariff per GB × outbound volume, reduced by the data minimisation the levy induces.',
    },
    sources: ['colin-collin-2013', 'mediametrie-2017'],
  },
  {
    id: 'platformContribution',
    label: { fr: 'Contribution des plateformes', en: 'Platform contribution' },
    description: {
      fr: 'Contribution sociale des plateformes d’emploi (VTC, livraison, services), discutée au PLFSS depuis 2023 : un taux sur le volume d’affaires, les commissions ou le bénéfice ; la directive (UE) 2024/2831 ouvre la requalification des travailleurs.',
      en: 'Social contribution of labour platforms (ride-hailing, delivery, services), debated in the social-security budget since 2023: a rate on gross volume, commissions or profit; Directive (EU) 2024/2831 opens the reclassification of workers.',
    },
    modelled: {
      fr: 'Recette = taux × assiette choisie ; une part est répercutée sur les revenus des travailleurs (et donc sur leurs cotisations micro-sociales) ; la requalification d’une part des travailleurs en salariés change leurs cotisations et l’emploi ; le précompte par les plateformes réduit l’évasion des cotisations.',
      en: 'Revenue = rate × chosen base; part is passed back to workers’ earnings (and so to their micro-entrepreneur contributions); reclassifying a share of workers as employees changes their contributions and employment; collection at source by platforms reduces contribution evasion.',
    },
    sources: ['an-841', 'capital-uber', 'letowski-sirene', 'hcfps-2022', 'directive-2024-2831'],
  },
  {
    id: 'earmarking',
    label: { fr: 'Affectation des recettes', en: 'Earmarking of the revenue' },
    description: {
      fr: 'La part de chaque recette nette versée à la Sécurité sociale ; le reste va au budget de l’État.',
      en: 'The share of each lever’s net revenue paid to social security; the rest goes to the State budget.',
    },
    modelled: {
      fr: 'Seule la part affectée réduit le besoin de financement de la Sécurité sociale (régimes obligatoires de base et Unédic).',
      en: 'Only the earmarked share reduces the financing gap of social security (basic compulsory schemes and Unédic).',
    },
    sources: ['plfss-2026', 'unedic-2024-06'],
  },
]
