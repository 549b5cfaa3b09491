import { inEveryLanguage } from '../../i18n/in-every-language'
import { MAX_YEAR, MIN_YEAR } from '../scenario/bounds'
import type {
  FixedNumberSetting,
  Lever,
  Localized,
  NumberSetting,
  Part,
  Settings,
  SwitchSetting,
} from './lever-kinds'

/**
 * Helpers for writing the lever table. `defineLever` and `part` only keep the literal types of an
 * entry (its id, its choices), from which the scenario's value types are computed.
 */
export function defineLever<
  const Id extends string,
  const S extends Settings,
  const Series extends string,
  const Own extends string = never,
>(lever: Lever<Id, S, Series, Own>): Lever<Id, S, Series, Own> {
  return lever
}

export function part<const P extends string, const S extends Settings>(
  definition: Part<P, S>,
): Part<P, S> {
  return definition
}

/**
 * The three settings every lever starts with: its reform switch, start year and phase-in. They
 * hold one value each (a schedule of the start year would mean nothing); the settings' own
 * schedules say how the reform moves once started.
 */
export function timing(name: Localized): {
  readonly enabled: SwitchSetting
  readonly startYear: FixedNumberSetting
  readonly phaseInYears: FixedNumberSetting
} {
  return {
    enabled: {
      kind: 'switch',
      label: inEveryLanguage('lever.timing.enabled.label', { name }),
      help: inEveryLanguage('lever.timing.enabled.help'),
    },
    startYear: {
      kind: 'number',
      unit: 'year',
      min: MIN_YEAR,
      max: MAX_YEAR,
      step: 1,
      schedulable: false,
      label: inEveryLanguage('lever.timing.startYear.label'),
      help: inEveryLanguage('lever.timing.startYear.help'),
    },
    phaseInYears: {
      kind: 'number',
      unit: 'years',
      min: 0,
      max: 20,
      step: 1,
      schedulable: false,
      label: inEveryLanguage('lever.timing.phaseInYears.label'),
      help: inEveryLanguage('lever.timing.phaseInYears.help'),
    },
  }
}

/** The share of a lever's increment paid to the ROBSS (the earmarking group has one per lever). */
export function earmark(name: Localized): NumberSetting {
  return {
    kind: 'number',
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.05,
    silentValue: 0,
    label: inEveryLanguage('lever.earmarking.share.label', { name }),
    help: inEveryLanguage('lever.earmarking.share.help'),
  }
}
