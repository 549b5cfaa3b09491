import { inEveryLanguage } from '../../i18n/in-every-language'
import { defineLever, part, timing } from './lever-builders'

const NAME = inEveryLanguage('lever.dst.name')

/** The digital services tax: rate, worldwide threshold, and an upper tier for the largest groups. */
export const DST_LEVER = defineLever({
  id: 'dst',
  name: NAME,
  inSentence: inEveryLanguage('lever.dst.inSentence'),
  about: {
    label: inEveryLanguage('lever.dst.about.label'),
    description: inEveryLanguage('lever.dst.about.description'),
    modelled: inEveryLanguage('lever.dst.about.modelled'),
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
      label: inEveryLanguage('lever.dst.rate.label'),
      help: inEveryLanguage('lever.dst.rate.help'),
      marks: [
        {
          value: 0.03,
          label: inEveryLanguage('lever.dst.rate.marks.0.label'),
          source: 'Loi n° 2019-759',
        },
        {
          value: 0.06,
          label: inEveryLanguage('lever.dst.rate.marks.1.label'),
          source: 'PLF 2026, amendement Cazeneuve',
        },
      ],
    },
    worldwideThreshold: {
      kind: 'choice',
      label: inEveryLanguage('lever.dst.worldwideThreshold.label'),
      help: inEveryLanguage('lever.dst.worldwideThreshold.help'),
      options: [
        { value: '750m', label: inEveryLanguage('lever.dst.worldwideThreshold.options.0.label') },
        { value: '2bn', label: inEveryLanguage('lever.dst.worldwideThreshold.options.1.label') },
      ],
    },
    /** Amendment CF906: its own switch, and its own player in attributions. */
    tier: part({
      kind: 'part',
      player: 'dstTier',
      playerName: inEveryLanguage('lever.dst.tier.playerName'),
      /** The DST's blue, darker, so the two read as one tax in two parts. */
      colour: '#00446b',
      settings: {
        enabled: {
          kind: 'switch',
          label: inEveryLanguage('lever.dst.tier.enabled.label'),
          help: inEveryLanguage('lever.dst.tier.enabled.help'),
        },
        rate: {
          kind: 'number',
          unit: 'share',
          min: 0,
          max: 0.5,
          step: 0.001,
          label: inEveryLanguage('lever.dst.tier.rate.label'),
          help: inEveryLanguage('lever.dst.tier.rate.help'),
          marks: [
            {
              value: 0.15,
              label: inEveryLanguage('lever.dst.tier.rate.marks.0.label'),
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
          label: inEveryLanguage('lever.dst.tier.thresholdBn.label'),
          help: inEveryLanguage('lever.dst.tier.thresholdBn.help'),
          marks: [
            {
              value: 2,
              label: inEveryLanguage('lever.dst.tier.thresholdBn.marks.0.label'),
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
