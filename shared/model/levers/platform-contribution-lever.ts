import { defineLever, timing } from './lever-builders'

const NAME = { fr: 'Contribution des plateformes', en: 'Platform contribution' }

/** The social contribution of labour platforms, and the requalification of their workers. */
export const PLATFORM_CONTRIBUTION_LEVER = defineLever({
  id: 'platformContribution',
  name: NAME,
  inSentence: { fr: 'la contribution des plateformes', en: 'the platform contribution' },
  about: {
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
  series: 'platform',
  phase: 'phasePlatform',
  colour: '#e69f00',
  defaults: {
    enabled: false,
    startYear: 2026,
    phaseInYears: 0,
    rate: 0.1,
    base: 'profit',
    requalificationShare: 0,
  },
  settings: {
    ...timing(NAME),
    rate: {
      kind: 'number',
      unit: 'share',
      min: 0,
      max: 0.5,
      step: 0.005,
      label: { fr: 'Taux de la contribution', en: 'Contribution rate' },
      help: { fr: 'Taux appliqué à l’assiette choisie.', en: 'Rate on the chosen base.' },
      marks: [
        {
          value: 0.1,
          label: { fr: 'Amendements 2023-2025', en: 'Amendments 2023–2025' },
          source: 'AN, amendement 841 (PLFSS 2026)',
        },
      ],
    },
    base: {
      kind: 'choice',
      label: { fr: 'Assiette', en: 'Base' },
      help: {
        fr: 'Volume d’affaires, commissions ou bénéfice attribué à la France.',
        en: 'Gross volume, commissions or profit attributed to France.',
      },
      options: [
        { value: 'gmv', label: { fr: 'Volume d’affaires', en: 'Gross merchandise value' } },
        { value: 'commission', label: { fr: 'Commissions', en: 'Commissions' } },
        { value: 'profit', label: { fr: 'Bénéfice', en: 'Profit' } },
      ],
    },
    requalificationShare: {
      kind: 'number',
      unit: 'share',
      min: 0,
      max: 1,
      step: 0.05,
      label: { fr: 'Travailleurs requalifiés', en: 'Workers requalified' },
      help: {
        fr: 'Part des travailleurs des plateformes devenant salariés (directive (UE) 2024/2831).',
        en: 'Share of platform workers becoming employees (Directive (EU) 2024/2831).',
      },
    },
  },
})
