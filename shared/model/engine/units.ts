/** Units of parameters and series, with how each is written in both languages. */
export const UNITS = {
  bn_eur: { fr: 'Md€', en: '€bn' },
  eur_per_year: { fr: '€/an', en: '€/yr' },
  eur_per_gb: { fr: '€/Go', en: '€/GB' },
  eur_per_user_year: { fr: '€/internaute/an', en: '€/user/yr' },
  share: { fr: 'part', en: 'share' },
  share_per_year: { fr: 'par an', en: 'per year' },
  pct_gdp: { fr: '% du PIB', en: '% of GDP' },
  elasticity: { fr: 'élasticité', en: 'elasticity' },
  smic_multiple: { fr: 'SMIC', en: '× SMIC' },
  years: { fr: 'ans', en: 'years' },
  year: { fr: 'année', en: 'year' },
  persons: { fr: 'personnes', en: 'persons' },
  fte: { fr: 'ETP', en: 'FTE' },
  minutes: { fr: 'minutes', en: 'minutes' },
  million_hours: { fr: 'millions d’heures', en: 'million hours' },
  hours_per_year: { fr: 'heures/an', en: 'hours/yr' },
  million_per_year: { fr: 'millions/an', en: 'million/yr' },
  million_users: { fr: 'millions d’internautes', en: 'million users' },
  petabytes_per_year: { fr: 'Po/an', en: 'PB/yr' },
  ratio: { fr: 'ratio', en: 'ratio' },
} as const

export type Unit = keyof typeof UNITS
export const UNIT_IDS = Object.keys(UNITS) as [Unit, ...Unit[]]
