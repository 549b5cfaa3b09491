import type { Levers } from './scenario-schema'
import { LEVER_IDS, LEVERS } from '../levers/lever-table'

/**
 * Presets of real proposals. Each says what is modelled and where it comes from; the values are
 * those of the proposal, the behavioural responses are the baseline's assumptions.
 */
export interface Preset {
  readonly id: string
  readonly label: { readonly fr: string; readonly en: string }
  /** What it is, in one line (the gallery's card); the note says the rest. */
  readonly summary: { readonly fr: string; readonly en: string }
  readonly note: { readonly fr: string; readonly en: string }
  readonly source: string
  readonly levers: (defaults: Levers) => Levers
}

/** Every lever's increment earmarked to social security. */
const EARMARK_ALL = Object.fromEntries(LEVER_IDS.map((id) => [id, 1])) as Levers['earmarking']

/** A new scenario's levers: each lever's defaults from its table entry, every increment earmarked. */
export const DEFAULT_LEVERS: Levers = {
  ...(Object.fromEntries(LEVERS.map((lever) => [lever.id, lever.defaults])) as Omit<
    Levers,
    'earmarking'
  >),
  earmarking: { ...EARMARK_ALL },
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'current-law',
    label: {
      fr: 'Droit en vigueur (leviers non réformés)',
      en: 'Current law (levers not reformed)',
    },
    summary: {
      fr: 'Le droit d’aujourd’hui : TSN à 3 % versée à l’État et précompte des cotisations des plateformes ; aucun levier en plus.',
      en: 'Today’s law: DST at 3% paid to the State and platforms collecting contributions at source; no lever added.',
    },
    note: {
      fr: 'TSN à 3 % depuis 2019 (groupes de plus de 750 M€ de chiffre d’affaires mondial), versée au budget de l’État, et précompte des cotisations des travailleurs des plateformes (LFSS 2024, art. 6). Tous les leviers sont mesurés en plus de ce droit : ici, aucun ne rapporte rien de plus.',
      en: 'DST at 3% since 2019 (groups above €750m worldwide revenue), paid to the State budget, and platforms collecting their workers’ contributions at source (LFSS 2024, art. 6). Every lever is measured over this law: here none yields anything more.',
    },
    source: 'Loi n° 2019-759 ; CIBS art. L.453-45 à L.453-85 ; LFSS 2024 art. 6',
    levers: (d) => d,
  },
  {
    id: 'dst-6',
    label: {
      fr: 'TSN à 6 % au-delà de 2 Md€ (vote de l’Assemblée, 28 oct. 2025)',
      en: 'DST at 6% above €2bn (Assemblée vote, 28 Oct 2025)',
    },
    summary: {
      fr: 'TSN portée à 6 % pour les groupes de plus de 2 Md€ de chiffre d’affaires mondial, dès 2026.',
      en: 'DST raised to 6% for groups above €2bn worldwide revenue, from 2026.',
    },
    note: {
      fr: 'Amendement adopté en première lecture (296 voix contre 58), en vigueur en 2026 : taux porté à 6 % et seuil de chiffre d’affaires mondial relevé à 2 Md€, si bien que les groupes entre 750 M€ et 2 Md€ ne paient plus. Le vote laissait la recette à l’État ; le préréglage affecte le supplément sur le droit constant à la Sécurité sociale (les 3 % existants restent à l’État). Mettre l’affectation à 0 pour reproduire le vote.',
      en: 'Amendment adopted at first reading (296 to 58), from 2026: the rate rises to 6% and the worldwide revenue threshold to €2bn, so groups between €750m and €2bn no longer pay. The vote kept the revenue in the State budget; the preset earmarks the increment over current law to social security (the existing 3% stays with the State). Set earmarking to 0 to reproduce the vote.',
    },
    source: 'Assemblée nationale, PLF 2026, séance du 28 octobre 2025',
    levers: (d) => ({
      ...d,
      dst: { ...d.dst, enabled: true, startYear: 2026, rate: 0.06, worldwideThreshold: '2bn' },
      earmarking: { ...EARMARK_ALL },
    }),
  },
  {
    id: 'dst-15-tier',
    label: { fr: 'TSN : tranche à 15 % au-delà de 2 Md€', en: 'DST: 15% tier above €2bn' },
    summary: {
      fr: 'TSN à 3 %, et 15 % pour les groupes de plus de 2 Md€ de chiffre d’affaires mondial, dès 2026.',
      en: 'DST at 3%, and 15% for groups above €2bn worldwide revenue, from 2026.',
    },
    note: {
      fr: 'Amendement CF906 (nouvelle lecture) : 3 % et 15 % pour les groupes de plus de 2 Md€ de chiffre d’affaires mondial, dès 2026. La part de l’assiette concernée est une hypothèse (dst.large_group_share).',
      en: 'Amendment CF906 (new reading): 3%, and 15% for groups above €2bn worldwide revenue, from 2026. The share of the base concerned is an assumption (dst.large_group_share).',
    },
    source: 'AN, amendement CF906 au texte n°2247',
    levers: (d) => ({
      ...d,
      dst: {
        ...d.dst,
        enabled: true,
        startYear: 2026,
        rate: 0.03,
        tier: { enabled: true, rate: 0.15, thresholdBn: 2 },
      },
      earmarking: { ...EARMARK_ALL },
    }),
  },
  {
    id: 'platform-profit-10',
    label: {
      fr: 'Contribution de 10 % sur les bénéfices des plateformes',
      en: '10% levy on platform profits',
    },
    summary: {
      fr: '10 % des bénéfices des plateformes attribués à la France, affectés aux régimes de base.',
      en: '10% of platform profits attributed to France, earmarked to basic pension schemes.',
    },
    note: {
      fr: 'Amendements 2023-2025 (AN 841 au PLFSS 2026, Sénat 361, I-997, CRCE 945), tous rejetés : 10 % des bénéfices attribués à la France, affectés aux régimes de base. Le bénéfice attribuable est une hypothèse.',
      en: 'Amendments 2023–2025 (AN 841 to PLFSS 2026, Sénat 361, I-997, CRCE 945), all rejected: 10% of profits attributed to France, earmarked to basic pension schemes. The attributable profit is an assumption.',
    },
    source: 'AN, amendement 841 (PLFSS 2026)',
    levers: (d) => ({
      ...d,
      platformContribution: {
        ...d.platformContribution,
        enabled: true,
        startYear: 2026,
        rate: 0.1,
        base: 'profit',
      },
      earmarking: { ...EARMARK_ALL },
    }),
  },
  {
    id: 'data-levy-colin-collin',
    label: {
      fr: 'Taxe sur le suivi des internautes (Collin et Colin)',
      en: 'User-monitoring levy (Collin & Colin)',
    },
    summary: {
      fr: 'Un tarif par internaute suivi en France, modulé selon les pratiques des plateformes.',
      en: 'A tariff per user monitored in France, modulated by the platforms’ practices.',
    },
    note: {
      fr: 'Rapport Collin et Colin (2013) : tarif par internaute suivi en France, modulé selon les pratiques (transparence, contrôle, portabilité). Le rapport ne chiffre pas de tarif : 2 €/internaute/an et une modulation moyenne de 0,75 sont des hypothèses.',
      en: 'Collin & Colin report (2013): a tariff per user monitored in France, modulated by practices (transparency, control, portability). The report gives no tariff: €2 per user per year and an average modulation of 0.75 are assumptions.',
    },
    source:
      'P. Collin et N. Colin, Mission d’expertise sur la fiscalité de l’économie numérique (2013)',
    levers: (d) => ({
      ...d,
      dataLevy: {
        ...d.dataLevy,
        enabled: true,
        startYear: 2027,
        mode: 'perUser',
        ratePerUser: 2,
        modulation: 0.75,
      },
      earmarking: { ...EARMARK_ALL },
    }),
  },
  {
    id: 'eu-platform-directive',
    label: {
      fr: 'Directive européenne : requalification des travailleurs',
      en: 'EU directive: requalification of platform workers',
    },
    summary: {
      fr: 'Présomption de salariat : 30 % des travailleurs des plateformes requalifiés en 3 ans dès 2027.',
      en: 'Presumption of employment: 30% of platform workers requalified over 3 years from 2027.',
    },
    note: {
      fr: 'Directive (UE) 2024/2831, transposée au plus tard le 2 décembre 2026 : présomption de salariat. Hypothèse : 30 % des travailleurs requalifiés, progressivement sur 3 ans dès 2027, payés au SMIC pour leurs heures, attente comprise, plus congés payés et frais. Le précompte des cotisations relève déjà du droit constant.',
      en: 'Directive (EU) 2024/2831, to be transposed by 2 December 2026: presumption of employment. Assumed: 30% of workers requalified, phased in over 3 years from 2027, paid the SMIC for their hours including waiting time, plus paid leave and expenses. Collection at source is already current law.',
    },
    source: 'Directive (UE) 2024/2831 ; LFSS 2024 art. 6 (précompte)',
    levers: (d) => ({
      ...d,
      platformContribution: {
        ...d.platformContribution,
        enabled: true,
        startYear: 2027,
        phaseInYears: 3,
        rate: 0,
        requalificationShare: 0.3,
      },
      earmarking: { ...EARMARK_ALL },
    }),
  },
]

export const DEFAULT_PRESET_ID = 'current-law'

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id)
}
