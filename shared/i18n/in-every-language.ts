import type { Language } from '../app-identity'
import type { MessageKey } from './catalogues'
import { translator } from './translate'
import type { MessageParams } from './translate'

/**
 * A message in both languages at once, for model data that carries its label in each language
 * (series specs, ledger blocks, indicator groups) while its text lives in the catalogue.
 */
export function inEveryLanguage(
  key: MessageKey,
  params?: MessageParams,
): Readonly<Record<Language, string>> {
  return { fr: translator('fr')(key, params), en: translator('en')(key, params) }
}
