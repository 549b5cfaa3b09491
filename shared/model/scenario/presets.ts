import { inEveryLanguage } from '../../i18n/in-every-language'
import type { Localized } from '../../i18n/in-every-language'
import type { Levers } from './scenario-schema'
import { LEVERS } from '../levers/lever-table'

/**
 * Presets of real proposals. Each says what is modelled and where it comes from; the values are
 * those of the proposal, the behavioural responses are the baseline's assumptions.
 */
export interface Preset {
  readonly id: string
  readonly label: Localized
  /** What it is, in one line (the gallery's card); the note says the rest. */
  readonly summary: Localized
  readonly note: Localized
  readonly source: string
  readonly levers: (defaults: Levers) => Levers
}

/** Every lever's increment earmarked to social security. */
const EARMARK_ALL = Object.fromEntries(
  LEVERS.map((lever) => [lever.id, 'presetEarmarking' in lever ? lever.presetEarmarking : 1]),
) as Levers['earmarking']

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
    label: inEveryLanguage('preset.current-law.name'),
    summary: inEveryLanguage('preset.current-law.summary'),
    note: inEveryLanguage('preset.current-law.note'),
    source: 'Loi n° 2019-759 ; CIBS art. L.453-45 à L.453-85 ; LFSS 2024 art. 6',
    levers: (d) => d,
  },
  {
    id: 'dst-6',
    label: inEveryLanguage('preset.dst-6.name'),
    summary: inEveryLanguage('preset.dst-6.summary'),
    note: inEveryLanguage('preset.dst-6.note'),
    source: 'Assemblée nationale, PLF 2026, séance du 28 octobre 2025',
    levers: (d) => ({
      ...d,
      dst: { ...d.dst, enabled: true, startYear: 2026, rate: 0.06, worldwideThreshold: '2bn' },
      earmarking: { ...EARMARK_ALL },
    }),
  },
  {
    id: 'dst-15-tier',
    label: inEveryLanguage('preset.dst-15-tier.name'),
    summary: inEveryLanguage('preset.dst-15-tier.summary'),
    note: inEveryLanguage('preset.dst-15-tier.note'),
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
    label: inEveryLanguage('preset.platform-profit-10.name'),
    summary: inEveryLanguage('preset.platform-profit-10.summary'),
    note: inEveryLanguage('preset.platform-profit-10.note'),
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
    label: inEveryLanguage('preset.data-levy-colin-collin.name'),
    summary: inEveryLanguage('preset.data-levy-colin-collin.summary'),
    note: inEveryLanguage('preset.data-levy-colin-collin.note'),
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
    label: inEveryLanguage('preset.eu-platform-directive.name'),
    summary: inEveryLanguage('preset.eu-platform-directive.summary'),
    note: inEveryLanguage('preset.eu-platform-directive.note'),
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
