import { inEveryLanguage } from '../../i18n/in-every-language'
import { defineLever, timing } from './lever-builders'

const NAME = inEveryLanguage('lever.staffedChannel.name')

/**
 * Keeping a staffed channel: a share of the counters, branches and paper channels that would close
 * as self-service is imposed stays open. Not a tax: it prices a choice. The consumers it keeps at
 * the counter leave self-service, so fewer jobs go and less coproduction is imposed; the staff kept
 * cost their labour, paid by the firms, by the State, or by the channel's users as a fee.
 */
export const STAFFED_CHANNEL_LEVER = defineLever({
  id: 'staffedChannel',
  name: NAME,
  inSentence: inEveryLanguage('lever.staffedChannel.inSentence'),
  about: {
    label: inEveryLanguage('lever.staffedChannel.about.label'),
    description: inEveryLanguage('lever.staffedChannel.about.description'),
    modelled: inEveryLanguage('lever.staffedChannel.about.modelled'),
    sources: ['defenseur-droits-2022', 'insee-ip-1953'],
  },
  series: 'staffed_channel',
  ownSeries: ['staffed_channel_cost'],
  phase: 'phaseStaffed',
  colour: '#cc79a7',
  // A spending, not a levy: the State's budget bears it unless the analyst earmarks it.
  presetEarmarking: 0,
  defaults: {
    enabled: false,
    startYear: 2027,
    phaseInYears: 0,
    keptShare: 0.5,
    payer: 'firms',
  },
  settings: {
    ...timing(NAME),
    keptShare: {
      kind: 'number',
      unit: 'share',
      min: 0,
      max: 1,
      step: 0.05,
      label: inEveryLanguage('lever.staffedChannel.keptShare.label'),
      help: inEveryLanguage('lever.staffedChannel.keptShare.help'),
    },
    payer: {
      kind: 'choice',
      label: inEveryLanguage('lever.staffedChannel.payer.label'),
      help: inEveryLanguage('lever.staffedChannel.payer.help'),
      options: [
        { value: 'firms', label: inEveryLanguage('lever.staffedChannel.payer.options.0.label') },
        { value: 'state', label: inEveryLanguage('lever.staffedChannel.payer.options.1.label') },
        { value: 'users', label: inEveryLanguage('lever.staffedChannel.payer.options.2.label') },
      ],
    },
  },
})
