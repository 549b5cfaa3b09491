import { defineLever, part, timing } from './lever-builders'

const NAME = { fr: 'TSN', en: 'DST' }

/** The digital services tax: rate, worldwide threshold, and an upper tier for the largest groups. */
export const DST_LEVER = defineLever({
  id: 'dst',
  name: NAME,
  inSentence: { fr: 'la TSN', en: 'the DST' },
  about: {
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
  series: 'dst',
  phase: 'phaseDst',
  colour: '#0072b2',
  ownSeries: ['revenue_dst_gross', 'revenue_dst', 'revenue_dst_current_law'],
  defaults: {
    enabled: false,
    startYear: 2026,
    phaseInYears: 0,
    rate: 0.03,
    worldwideThreshold: '750m',
    tier: { enabled: false, rate: 0.15, thresholdBn: 2 },
  },
  settings: {
    ...timing(NAME),
    rate: {
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
    worldwideThreshold: {
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
    /** Amendment CF906: its own switch, and its own player in attributions. */
    tier: part({
      kind: 'part',
      player: 'dstTier',
      playerName: { fr: 'Tranche supérieure de la TSN', en: 'DST upper tier' },
      /** The DST's blue, darker, so the two read as one tax in two parts. */
      colour: '#00446b',
      settings: {
        enabled: {
          kind: 'switch',
          label: { fr: 'Tranche supérieure', en: 'Upper tier' },
          help: {
            fr: 'Taux majoré pour les groupes au-delà d’un seuil de chiffre d’affaires mondial.',
            en: 'Higher rate for groups above a worldwide revenue threshold.',
          },
        },
        rate: {
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
        thresholdBn: {
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
          // Its effect is the assumption dst.large_group_share: the engine does not read it.
          entersEngine: false,
        },
      },
    }),
  },
})
