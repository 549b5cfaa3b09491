/**
 * The renderer's door to the one catalogue in shared/i18n (the CLI, the main process and the
 * brief read it too): texts are written there, in one JSON file per language.
 */
export { translator } from '@shared/i18n/translate'
export type { MessageParams, Translate } from '@shared/i18n/translate'
export type { MessageKey } from '@shared/i18n/catalogues'
