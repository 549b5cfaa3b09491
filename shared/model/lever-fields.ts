import type { Unit } from './units'

/**
 * The unit of every numeric lever field, by its path in the scenario file. The levers panel, the
 * diff and the briefs read units from here rather than each keeping its own.
 */
export const LEVER_FIELD_UNITS: Readonly<Record<string, Unit>> = {
  'levers.dst.startYear': 'year',
  'levers.dst.phaseInYears': 'years',
  'levers.dst.rate': 'share',
  'levers.dst.tier.rate': 'share',
  'levers.dst.tier.thresholdBn': 'bn_eur',
  'levers.dataLevy.startYear': 'year',
  'levers.dataLevy.phaseInYears': 'years',
  'levers.dataLevy.ratePerUser': 'eur_per_user_year',
  'levers.dataLevy.modulation': 'share',
  'levers.dataLevy.ratePerGb': 'eur_per_gb',
  'levers.platformContribution.startYear': 'year',
  'levers.platformContribution.phaseInYears': 'years',
  'levers.platformContribution.rate': 'share',
  'levers.platformContribution.requalificationShare': 'share',
  'levers.earmarking.dst': 'share',
  'levers.earmarking.dataLevy': 'share',
  'levers.earmarking.platformContribution': 'share',
  'horizon.start': 'year',
  'horizon.end': 'year',
}
