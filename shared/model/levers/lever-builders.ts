import type { Lever, Localized, NumberSetting, Part, Settings, SwitchSetting } from './lever-kinds'

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

/** The three settings every lever starts with: its reform switch, start year and phase-in. */
export function timing(name: Localized): {
  readonly enabled: SwitchSetting
  readonly startYear: NumberSetting
  readonly phaseInYears: NumberSetting
} {
  return {
    enabled: {
      kind: 'switch',
      label: { fr: `${name.fr} : réforme`, en: `${name.en}: reform` },
      help: {
        fr: 'Désactivé : le droit en vigueur s’applique. Activé : les réglages ci-dessous le remplacent à partir de l’année de départ ; le rendement est mesuré en plus du droit en vigueur.',
        en: 'Off: current law applies. On: the settings below replace it from the start year; the yield is measured over current law.',
      },
    },
    startYear: {
      kind: 'number',
      unit: 'year',
      min: 2019,
      max: 2060,
      step: 1,
      label: { fr: 'Année de départ', en: 'Start year' },
      help: {
        fr: 'Première année où la réforme s’applique.',
        en: 'First year the reform applies.',
      },
    },
    phaseInYears: {
      kind: 'number',
      unit: 'years',
      min: 0,
      max: 20,
      step: 1,
      label: { fr: 'Montée en charge', en: 'Phase-in' },
      help: {
        fr: 'Nombre d’années pour atteindre le plein effet (0 : immédiat).',
        en: 'Years to reach full effect (0: at once).',
      },
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
    label: {
      fr: `Affectation au ROBSS du supplément : ${name.fr}`,
      en: `Increment earmarked to the ROBSS: ${name.en}`,
    },
    help: {
      fr: 'Part du rendement en plus du droit en vigueur versée aux régimes obligatoires de base (ROBSS) ; le reste va au budget de l’État, comme la recette du droit en vigueur.',
      en: 'Share of the yield over current law paid to the basic compulsory schemes (ROBSS); the rest goes to the State budget, as current-law revenue does.',
    },
  }
}
