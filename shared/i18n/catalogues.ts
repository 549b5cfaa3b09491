import type { Language } from '../app-identity'
import en from './en.json' with { type: 'json' }
import fr from './fr.json' with { type: 'json' }

/** Every text's key: the keys of the French catalogue, the reference (see languages.ts). */
export type MessageKey = keyof typeof fr

/** Forms of a text that depends on a count, keyed by `Intl.PluralRules` category or `=0`. */
export type PluralMessage = { readonly [category in Intl.LDMLPluralRule | '=0']?: string } & {
  readonly other: string
}
export type Message = string | PluralMessage
export type Catalogue = Readonly<Record<MessageKey, Message>>

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { fr, en }
