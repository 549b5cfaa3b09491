import { LANGUAGES } from '../app-identity'
import type { Language } from '../app-identity'
import type { MessageKey } from './catalogues'
import { translator } from './translate'

/** One text in every language, as the model's tables and explanations hold it. */
export type Localized = Readonly<Record<Language, string>>

/**
 * Values for a message's placeholders: a text in every language (a lever's name…) is put in
 * each language's message in that language. Numbers are formatted as `translator` does, so a
 * year goes in as a string.
 */
export type LocalizedParams = Readonly<Record<string, string | number | Localized>>

/**
 * A message of the catalogue in every language. The model's data (lever table, units, presets,
 * explanations) is built once and read in whichever language the interface or the brief is in,
 * and explanations cross the worker boundary as plain data: they carry every language's text,
 * each taken from the one catalogue, rather than a key the reader would translate.
 */
export function inEveryLanguage(key: MessageKey, params?: LocalizedParams): Localized {
  return eachLanguage((language) => translator(language)(key, paramsIn(params, language)))
}

function paramsIn(
  params: LocalizedParams | undefined,
  language: Language,
): Record<string, string | number> | undefined {
  if (!params) return undefined
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'object' ? value[language] : value,
    ]),
  )
}

/** A table of texts, one per id, each its message `keyOf(id)` (`(id) => \`unit.${id}\``). */
export function textsOf<Id extends string>(
  ids: readonly Id[],
  keyOf: (id: Id) => MessageKey,
): Readonly<Record<Id, Localized>> {
  return Object.fromEntries(ids.map((id) => [id, inEveryLanguage(keyOf(id))])) as Record<
    Id,
    Localized
  >
}

/** A text made in each language from that language's parts (a prefix and a series' own text…). */
export function eachLanguage(text: (language: Language) => string): Localized {
  return Object.fromEntries(LANGUAGES.map((language) => [language, text(language)])) as Record<
    Language,
    string
  >
}

/** An id shown as it is in every language, where data lacks a text (a fallback, not a message). */
export function untranslated(id: string): Localized {
  return eachLanguage(() => id)
}
