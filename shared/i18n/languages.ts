import type { Language } from '../app-identity'

/**
 * The languages Levier is written in, and how each formats numbers and dates.
 *
 * All text lives in one catalogue, one JSON file per language beside this one: `fr.json` is the
 * reference (its keys define `MessageKey`), every other file must have exactly its keys, the same
 * `{placeholders}` in each message and the plural forms its locale needs (a unit test checks).
 * A message is a string, or an object keyed by `Intl.PluralRules` categories (`one`, `other`,
 * optionally `=0` for an exact zero) chosen by the `count` parameter.
 *
 * Key names: the interface's own texts keep their camelCase names (`appTagline`, `cmcDone`…); texts
 * of model and brief data take a dotted prefix and the data's id — `series.<id>`, `unit.<id>`,
 * `preset.<id>.name`, `grade.<grade>`, `explain.<topic>.<id>`, `brief.<name>`, `format.<unit>`.
 *
 * Adding a language: its code in LANGUAGES (app-identity.ts), its line below, its JSON file and
 * its import in catalogues.ts — the compiler points at each place that still lacks it.
 */
export interface LanguageSettings {
  /** The language's name in itself, as the language switch shows it. */
  readonly name: string
  /** The Intl locale its numbers, dates, lists and plurals follow. */
  readonly locale: string
}

export const LANGUAGE_SETTINGS: Readonly<Record<Language, LanguageSettings>> = {
  fr: { name: 'Français', locale: 'fr-FR' },
  en: { name: 'English', locale: 'en-GB' },
}

export function localeOf(language: Language): string {
  return LANGUAGE_SETTINGS[language].locale
}
