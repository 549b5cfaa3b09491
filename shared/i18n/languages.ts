import { LANGUAGES } from '../app-identity'
import type { Language } from '../app-identity'
import { CATALOGUES } from './catalogues'
import type { Catalogue, MessageKey } from './catalogues'

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
 * `preset.<id>.name`, `grade.<grade>`, `explain.<topic>.<id>`, `lever.<id>.<setting>.label`,
 * `brief.<name>`, `format.<unit>`. The model's tables hold their texts in every language
 * (`inEveryLanguage` in in-every-language.ts), each made from the catalogue.
 *
 * Each file also says what its language is: `language.name`, its name in itself as the language
 * switch shows it, and `language.locale`, the Intl locale its numbers, dates, lists and plurals
 * follow.
 *
 * Adding a language: its JSON file, its code in LANGUAGES (app-identity.ts) and its import in
 * catalogues.ts — the compiler points at catalogues.ts until the file is there.
 */
export interface LanguageSettings {
  /** The language's name in itself, as the language switch shows it. */
  readonly name: string
  /** The Intl locale its numbers, dates, lists and plurals follow. */
  readonly locale: string
}

function plainMessage(catalogue: Catalogue, key: MessageKey, language: Language): string {
  const message = catalogue[key]
  if (typeof message !== 'string') throw new Error(`${language}.json: ${key} must be a string`)
  return message
}

export const LANGUAGE_SETTINGS: Readonly<Record<Language, LanguageSettings>> = Object.fromEntries(
  LANGUAGES.map((language) => {
    const catalogue = CATALOGUES[language]
    return [
      language,
      {
        name: plainMessage(catalogue, 'language.name', language),
        locale: plainMessage(catalogue, 'language.locale', language),
      },
    ]
  }),
) as Record<Language, LanguageSettings>

export function localeOf(language: Language): string {
  return LANGUAGE_SETTINGS[language].locale
}
