import { LANGUAGES } from '../app-identity'
import type { Language } from '../app-identity'

/**
 * The names of every API call and of every menu command, with no schema attached, so the preload
 * script can expose them without bundling the validation library. contract.ts checks at compile
 * time that it describes exactly these calls.
 */
export const API_CALL_NAMES = [
  'getAppInfo',
  'getPreferences',
  'setPreferences',
  'getWorkbook',
  'newWorkbook',
  'openWorkbook',
  'saveWorkbookAs',
  'listRecentWorkbooks',
  'listScenarios',
  'getScenario',
  'createScenario',
  'saveScenario',
  'renameScenario',
  'describeScenario',
  'tagScenario',
  'duplicateScenario',
  'deleteScenario',
  'restoreScenario',
  'emptyTrash',
  'listVersions',
  'restoreVersion',
  'diffScenarios',
  'importScenarios',
  'exportScenarios',
  'exportResultsCsv',
  'whatChanged',
  'listComparisons',
  'getComparison',
  'saveComparison',
  'deleteComparison',
  'saveBriefPdf',
  'chooseFilePath',
] as const
export type ApiCallName = (typeof API_CALL_NAMES)[number]

const CHANNEL_PREFIX = 'levier:'

/** The IPC channel of one call: the only channel strings main and preload ever use. */
export function ipcChannelOf(name: ApiCallName): string {
  return CHANNEL_PREFIX + name
}

/** Commands the native menu sends to the renderer (the loopback host has no native menu). */
export const MENU_COMMANDS = [
  ...LANGUAGES.map(languageCommand),
  'showAbout',
  'showHelp',
  'newWorkbook',
  'openWorkbook',
  'saveWorkbookAs',
  'printBrief',
  // The scenario's undo and redo (the menu's items act on the page, not on a text field).
  'undo',
  'redo',
  // A workbook handed over by the system is now open: the page shows it.
  'workbookOpened',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/** The command that switches to a language: one per language, so adding one needs no new name. */
export type LanguageCommand = `setLanguage:${Language}`
export function languageCommand(language: Language): LanguageCommand {
  return `setLanguage:${language}`
}

/** The language a command switches to, if it is a language command. */
export function languageOfCommand(command: MenuCommand): Language | undefined {
  return LANGUAGES.find((code) => languageCommand(code) === command)
}
export const MENU_CHANNEL = 'levier-menu'

export function isApiCallName(value: unknown): value is ApiCallName {
  return typeof value === 'string' && (API_CALL_NAMES as readonly string[]).includes(value)
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)
}
