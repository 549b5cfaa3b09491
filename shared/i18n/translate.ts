import type { Language } from '../app-identity'
import { formatNumber } from '../format/format-number'
import { CATALOGUES } from './catalogues'
import type { MessageKey, PluralMessage } from './catalogues'
import { localeOf } from './languages'

/**
 * Values put into a message's `{placeholders}`. Numbers are written in the language's number
 * format (whole numbers without decimals), so a year or an id must be passed as a string.
 * `count` also chooses the form of a plural message.
 */
export type MessageParams = Readonly<Record<string, string | number>>

export type Translate = (key: MessageKey, params?: MessageParams) => string

const PLACEHOLDER = /\{(\w+)\}/g

/** Put the params into a text's placeholders; one without a param stays as written. */
export function fillPlaceholders(text: string, params: MessageParams, language: Language): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    return typeof value === 'number'
      ? formatNumber(value, language, Number.isInteger(value) ? 0 : undefined)
      : value
  })
}

function pluralForm(message: PluralMessage, count: number, rules: Intl.PluralRules): string {
  if (count === 0 && message['=0'] !== undefined) return message['=0']
  return message[rules.select(count)] ?? message.other
}

function makeTranslator(language: Language): Translate {
  const catalogue = CATALOGUES[language]
  // One PluralRules per language, made on the first plural: the interface translates many
  // texts per render and must not build Intl objects each time.
  let rules: Intl.PluralRules | undefined
  return (key, params) => {
    const message = catalogue[key]
    let text: string
    if (typeof message === 'string') text = message
    else {
      rules ??= new Intl.PluralRules(localeOf(language))
      const count = params?.['count']
      text = pluralForm(message, typeof count === 'number' ? count : Number.NaN, rules)
    }
    return params ? fillPlaceholders(text, params, language) : text
  }
}

const translators = new Map<Language, Translate>()

/** The one way to a text in a language: `translator('fr')('scenarioCount', { count: 3 })`. */
export function translator(language: Language): Translate {
  let translate = translators.get(language)
  if (!translate) {
    translate = makeTranslator(language)
    translators.set(language, translate)
  }
  return translate
}
