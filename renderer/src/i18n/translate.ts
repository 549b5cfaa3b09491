import type { Language } from '@shared/app-identity'
import { en } from './messages-en'
import { fr } from './messages-fr'
import type { MessageKey } from './messages-fr'

const CATALOGUES: Record<Language, Record<MessageKey, string>> = { fr, en }

export type Translate = (key: MessageKey) => string

export function translator(language: Language): Translate {
  const catalogue = CATALOGUES[language]
  return (key) => catalogue[key]
}

/** The name of each language in itself, as shown in the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { fr: 'Français', en: 'English' }
