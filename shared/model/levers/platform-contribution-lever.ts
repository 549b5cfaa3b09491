import { inEveryLanguage } from '../../i18n/in-every-language'
import { defineLever, timing } from './lever-builders'

const NAME = inEveryLanguage('lever.platformContribution.name')

/** The social contribution of labour platforms, and the requalification of their workers. */
export const PLATFORM_CONTRIBUTION_LEVER = defineLever({
  id: 'platformContribution',
  name: NAME,
  inSentence: inEveryLanguage('lever.platformContribution.inSentence'),
  about: {
    label: inEveryLanguage('lever.platformContribution.about.label'),
    description: inEveryLanguage('lever.platformContribution.about.description'),
    modelled: inEveryLanguage('lever.platformContribution.about.modelled'),
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
      label: inEveryLanguage('lever.platformContribution.rate.label'),
      help: inEveryLanguage('lever.platformContribution.rate.help'),
      marks: [
        {
          value: 0.1,
          label: inEveryLanguage('lever.platformContribution.rate.marks.0.label'),
          source: 'AN, amendement 841 (PLFSS 2026)',
        },
      ],
    },
    base: {
      kind: 'choice',
      label: inEveryLanguage('lever.platformContribution.base.label'),
      help: inEveryLanguage('lever.platformContribution.base.help'),
      options: [
        { value: 'gmv', label: inEveryLanguage('lever.platformContribution.base.options.0.label') },
        {
          value: 'commission',
          label: inEveryLanguage('lever.platformContribution.base.options.1.label'),
        },
        {
          value: 'profit',
          label: inEveryLanguage('lever.platformContribution.base.options.2.label'),
        },
      ],
    },
    requalificationShare: {
      kind: 'number',
      unit: 'share',
      min: 0,
      max: 1,
      step: 0.05,
      label: inEveryLanguage('lever.platformContribution.requalificationShare.label'),
      help: inEveryLanguage('lever.platformContribution.requalificationShare.help'),
    },
  },
})
