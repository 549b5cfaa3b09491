import type { Unit } from '../engine/units'

/**
 * The one definition table of the policy levers: what each field is, its unit, allowed range,
 * step, named marks for real values (with their source) and help. The levers panel, validation
 * messages, diffs and briefs all read it, so no control is described twice.
 */
type Localized = { readonly fr: string; readonly en: string }

interface Base {
  /** Path in the scenario file, under `levers`. */
  readonly path: string
  readonly group: 'dst' | 'dataLevy' | 'platformContribution' | 'earmarking'
  readonly label: Localized
  readonly help: Localized
}

export interface NumberField extends Base {
  readonly kind: 'number'
  readonly unit: Unit
  readonly min: number
  readonly max: number
  readonly step: number
  readonly marks?: ReadonlyArray<{
    readonly value: number
    readonly label: Localized
    readonly source: string
  }>
}
export interface SwitchField extends Base {
  readonly kind: 'switch'
}
export interface ChoiceField extends Base {
  readonly kind: 'choice'
  readonly options: ReadonlyArray<{ readonly value: string; readonly label: Localized }>
}
export type LeverField = NumberField | SwitchField | ChoiceField

const timing = (group: Base['group'], name: Localized): LeverField[] => [
  {
    path: `levers.${group}.enabled`,
    group,
    kind: 'switch',
    label: { fr: `${name.fr} : réforme`, en: `${name.en}: reform` },
    help: {
      fr: 'Désactivé : le droit en vigueur s’applique. Activé : les réglages ci-dessous le remplacent à partir de l’année de départ ; le rendement est mesuré en plus du droit en vigueur.',
      en: 'Off: current law applies. On: the settings below replace it from the start year; the yield is measured over current law.',
    },
  },
  {
    path: `levers.${group}.startYear`,
    group,
    kind: 'number',
    unit: 'year',
    min: 2019,
    max: 2060,
    step: 1,
    label: { fr: 'Année de départ', en: 'Start year' },
    help: {
      fr: 'Première année où la réforme s’applique.',
      en: 'First year the reform applies.',
    },
  },
  {
    path: `levers.${group}.phaseInYears`,
    group,
    kind: 'number',
    unit: 'years',
    min: 0,
    max: 20,
    step: 1,
    label: { fr: 'Montée en charge', en: 'Phase-in' },
    help: {
      fr: 'Nombre d’années pour atteindre le plein effet (0 : immédiat).',
      en: 'Years to reach full effect (0: at once).',
    },
  },
]

const earmark = (
  lever: 'dst' | 'dataLevy' | 'platformContribution',
  name: Localized,
): LeverField => ({
  path: `levers.earmarking.${lever}`,
  group: 'earmarking',
  kind: 'number',
  unit: 'share',
  min: 0,
  max: 1,
  step: 0.05,
  label: {
    fr: `Affectation au ROBSS du supplément : ${name.fr}`,
    en: `Increment earmarked to the ROBSS: ${name.en}`,
  },
  help: {
    fr: 'Part du rendement en plus du droit en vigueur versée aux régimes obligatoires de base (ROBSS) ; le reste va au budget de l’État, comme la recette du droit en vigueur.',
    en: 'Share of the yield over current law paid to the basic compulsory schemes (ROBSS); the rest goes to the State budget, as current-law revenue does.',
  },
})

const DST = { fr: 'TSN', en: 'DST' }
const DATA = { fr: 'Taxe sur les données', en: 'Data levy' }
const PLATFORM = { fr: 'Contribution des plateformes', en: 'Platform contribution' }

export const LEVER_DEFINITIONS: readonly LeverField[] = [
  ...timing('dst', DST),
  {
    path: 'levers.dst.rate',
    group: 'dst',
    kind: 'number',
    unit: 'share',
    min: 0,
    max: 0.5,
    step: 0.001,
    label: { fr: 'Taux de la TSN', en: 'DST rate' },
    help: {
      fr: 'Taux sur le chiffre d’affaires numérique réalisé en France (publicité ciblée, intermédiation, données).',
      en: 'Rate on digital revenue earned in France (targeted advertising, intermediation, data).',
    },
    marks: [
      {
        value: 0.03,
        label: { fr: 'Droit en vigueur', en: 'Current law' },
        source: 'Loi n° 2019-759',
      },
      {
        value: 0.06,
        label: { fr: 'Vote AN 28/10/2025', en: 'Assemblée vote 28 Oct 2025' },
        source: 'PLF 2026, amendement Cazeneuve',
      },
    ],
  },
  {
    path: 'levers.dst.worldwideThreshold',
    group: 'dst',
    kind: 'choice',
    label: { fr: 'Seuil de chiffre d’affaires mondial', en: 'Worldwide revenue threshold' },
    help: {
      fr: 'Groupes assujettis : au-delà de 750 M€ (droit en vigueur) ou de 2 Md€ (vote du 28/10/2025), les autres ne paient plus. La part de l’assiette des groupes de plus de 2 Md€ est une hypothèse (dst.large_group_share).',
      en: 'Groups liable: above €750m (current law) or €2bn (vote of 28 Oct 2025); the others no longer pay. The share of the base from groups above €2bn is an assumption (dst.large_group_share).',
    },
    options: [
      { value: '750m', label: { fr: '750 M€ (droit en vigueur)', en: '€750m (current law)' } },
      { value: '2bn', label: { fr: '2 Md€ (vote 2025)', en: '€2bn (2025 vote)' } },
    ],
  },
  {
    path: 'levers.dst.tier.enabled',
    group: 'dst',
    kind: 'switch',
    label: { fr: 'Tranche supérieure', en: 'Upper tier' },
    help: {
      fr: 'Taux majoré pour les groupes au-delà d’un seuil de chiffre d’affaires mondial.',
      en: 'Higher rate for groups above a worldwide revenue threshold.',
    },
  },
  {
    path: 'levers.dst.tier.rate',
    group: 'dst',
    kind: 'number',
    unit: 'share',
    min: 0,
    max: 0.5,
    step: 0.001,
    label: { fr: 'Taux de la tranche supérieure', en: 'Upper-tier rate' },
    help: {
      fr: 'Taux appliqué à la part de l’assiette des grands groupes.',
      en: 'Rate on the large groups’ share of the base.',
    },
    marks: [
      {
        value: 0.15,
        label: { fr: 'Amendement CF906', en: 'Amendment CF906' },
        source: 'AN, amendement CF906',
      },
    ],
  },
  {
    path: 'levers.dst.tier.thresholdBn',
    group: 'dst',
    kind: 'number',
    unit: 'bn_eur',
    min: 0.75,
    max: 1000,
    step: 0.25,
    label: { fr: 'Seuil mondial de la tranche', en: 'Tier worldwide threshold' },
    help: {
      fr: 'Chiffre d’affaires mondial au-delà duquel la tranche s’applique ; la part de l’assiette concernée est l’hypothèse dst.large_group_share.',
      en: 'Worldwide revenue above which the tier applies; the share of the base concerned is the assumption dst.large_group_share.',
    },
    marks: [
      {
        value: 2,
        label: { fr: 'Amendement CF906', en: 'Amendment CF906' },
        source: 'AN, amendement CF906',
      },
    ],
  },
  ...timing('dataLevy', DATA),
  {
    path: 'levers.dataLevy.mode',
    group: 'dataLevy',
    kind: 'choice',
    label: { fr: 'Assiette', en: 'Base' },
    help: {
      fr: 'Par internaute suivi en France (Collin et Colin) ou, à défaut, par volume de données sortantes.',
      en: 'Per user monitored in France (Collin & Colin) or, failing that, per outgoing data volume.',
    },
    options: [
      { value: 'perUser', label: { fr: 'Par internaute suivi', en: 'Per monitored user' } },
      { value: 'perVolume', label: { fr: 'Par volume de données', en: 'Per data volume' } },
    ],
  },
  {
    path: 'levers.dataLevy.ratePerUser',
    group: 'dataLevy',
    kind: 'number',
    unit: 'eur_per_user_year',
    min: 0,
    max: 1000,
    step: 0.1,
    label: { fr: 'Tarif par internaute', en: 'Tariff per user' },
    help: {
      fr: 'Le rapport Collin et Colin ne chiffre pas de tarif.',
      en: 'The Collin & Colin report gives no tariff.',
    },
  },
  {
    path: 'levers.dataLevy.modulation',
    group: 'dataLevy',
    kind: 'number',
    unit: 'share',
    min: 0.1,
    max: 1,
    step: 0.05,
    label: { fr: 'Modulation moyenne', en: 'Average modulation' },
    help: {
      fr: 'Réduction pour transparence, contrôle et portabilité : 1 = plein tarif.',
      en: 'Reduction for transparency, control and portability: 1 = full tariff.',
    },
  },
  {
    path: 'levers.dataLevy.ratePerGb',
    group: 'dataLevy',
    kind: 'number',
    unit: 'eur_per_gb',
    min: 0,
    max: 10,
    step: 0.0005,
    label: { fr: 'Tarif par Go sortant', en: 'Tariff per outgoing GB' },
    help: { fr: 'Utilisé avec l’assiette en volume.', en: 'Used with the volume base.' },
  },
  ...timing('platformContribution', PLATFORM),
  {
    path: 'levers.platformContribution.rate',
    group: 'platformContribution',
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
  {
    path: 'levers.platformContribution.base',
    group: 'platformContribution',
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
  {
    path: 'levers.platformContribution.requalificationShare',
    group: 'platformContribution',
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
  earmark('dst', DST),
  earmark('dataLevy', DATA),
  earmark('platformContribution', PLATFORM),
]
