import { inEveryLanguage } from '../../i18n/in-every-language'
import { defineLever, timing } from './lever-builders'

const NAME = inEveryLanguage('lever.dataLevy.name')

/** The data levy of the Colin & Collin report: per monitored user, or per outgoing gigabyte. */
export const DATA_LEVY_LEVER = defineLever({
  id: 'dataLevy',
  name: NAME,
  inSentence: inEveryLanguage('lever.dataLevy.inSentence'),
  about: {
    label: inEveryLanguage('lever.dataLevy.about.label'),
    description: inEveryLanguage('lever.dataLevy.about.description'),
    modelled: inEveryLanguage('lever.dataLevy.about.modelled'),
    sources: ['colin-collin-2013', 'mediametrie-2017'],
  },
  series: 'data_levy',
  phase: 'phaseData',
  colour: '#009e73',
  defaults: {
    enabled: false,
    startYear: 2027,
    phaseInYears: 0,
    mode: 'perUser',
    ratePerUser: 2,
    modulation: 1,
    ratePerGb: 0.001,
  },
  settings: {
    ...timing(NAME),
    mode: {
      kind: 'choice',
      label: inEveryLanguage('lever.dataLevy.mode.label'),
      help: inEveryLanguage('lever.dataLevy.mode.help'),
      options: [
        { value: 'perUser', label: inEveryLanguage('lever.dataLevy.mode.options.0.label') },
        { value: 'perVolume', label: inEveryLanguage('lever.dataLevy.mode.options.1.label') },
      ],
    },
    ratePerUser: {
      kind: 'number',
      unit: 'eur_per_user_year',
      min: 0,
      max: 1000,
      step: 0.1,
      label: inEveryLanguage('lever.dataLevy.ratePerUser.label'),
      help: inEveryLanguage('lever.dataLevy.ratePerUser.help'),
      activeWhen: { setting: 'mode', is: 'perUser' },
    },
    modulation: {
      kind: 'number',
      unit: 'share',
      min: 0.1,
      max: 1,
      step: 0.05,
      label: inEveryLanguage('lever.dataLevy.modulation.label'),
      help: inEveryLanguage('lever.dataLevy.modulation.help'),
      activeWhen: { setting: 'mode', is: 'perUser' },
    },
    ratePerGb: {
      kind: 'number',
      unit: 'eur_per_gb',
      min: 0,
      max: 10,
      step: 0.0005,
      label: inEveryLanguage('lever.dataLevy.ratePerGb.label'),
      help: inEveryLanguage('lever.dataLevy.ratePerGb.help'),
      activeWhen: { setting: 'mode', is: 'perVolume' },
    },
  },
})
