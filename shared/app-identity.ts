/**
 * Names that identify the application to the operating system and to both hosts. The per-user data
 * directory of the desktop app and of the loopback host derive from DATA_DIR_NAME, so both keep
 * workbooks in the same place.
 */
export const APP_NAME = 'Levier'
export const DATA_DIR_NAME = 'Levier'

/** The privileged scheme the desktop app serves its renderer from (levier://app/index.html). */
export const APP_SCHEME = 'levier'
export const APP_HOST = 'app'

/** Languages the interface and the briefs are written in; French is the default. */
export const LANGUAGES = ['fr', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'fr'
