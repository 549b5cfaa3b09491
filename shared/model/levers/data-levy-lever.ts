import { defineLever, timing } from './lever-builders'

const NAME = { fr: 'Taxe sur les données', en: 'Data levy' }

/** The data levy of the Colin & Collin report: per monitored user, or per outgoing gigabyte. */
export const DATA_LEVY_LEVER = defineLever({
  id: 'dataLevy',
  name: NAME,
  inSentence: { fr: 'la taxe sur les données', en: 'the data levy' },
  about: {
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
    ratePerUser: {
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
      activeWhen: { setting: 'mode', is: 'perUser' },
    },
    modulation: {
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
      activeWhen: { setting: 'mode', is: 'perUser' },
    },
    ratePerGb: {
      kind: 'number',
      unit: 'eur_per_gb',
      min: 0,
      max: 10,
      step: 0.0005,
      label: { fr: 'Tarif par Go sortant', en: 'Tariff per outgoing GB' },
      help: { fr: 'Utilisé avec l’assiette en volume.', en: 'Used with the volume base.' },
      activeWhen: { setting: 'mode', is: 'perVolume' },
    },
  },
})
