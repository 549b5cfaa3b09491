import { dialog } from 'electron'
import type { BrowserWindow } from 'electron'
import type { FilePurpose } from '@shared/api/contract'
import type { Language } from '@shared/app-identity'
import { translator } from '@shared/i18n/translate'

/**
 * The system's own file dialog, attached to the window: what a desktop user expects when opening
 * a workbook or saving one, or saving a brief. Resolves to the chosen path, or null if cancelled.
 */
export async function chooseFile(
  window: BrowserWindow | null,
  language: Language,
  purpose: FilePurpose,
  defaultPath?: string,
): Promise<string | null> {
  const t = translator(language)
  const kind = purpose === 'savePdf' ? 'pdf' : 'workbook'
  const filters = [
    { name: t(`dialog.filter.${kind}`), extensions: [kind === 'pdf' ? 'pdf' : 'levier'] },
  ]
  const common = {
    title: t(`dialog.${purpose}`),
    filters,
    ...(defaultPath ? { defaultPath } : {}),
  }
  if (purpose === 'openWorkbook') {
    const options = { ...common, properties: ['openFile' as const] }
    const chosen = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options)
    return chosen.canceled ? null : (chosen.filePaths[0] ?? null)
  }
  const options = {
    ...common,
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  }
  const chosen = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options)
  return chosen.canceled || !chosen.filePath ? null : chosen.filePath
}

/** A workbook the system handed over could not be opened: say which, and why, over the window. */
export async function showOpenRefused(
  window: BrowserWindow | null,
  language: Language,
  { path, error }: { path: string; error: string },
): Promise<void> {
  const options = {
    type: 'error' as const,
    message: translator(language)('dialog.openRefused', { path }),
    detail: error,
  }
  if (window) await dialog.showMessageBox(window, options)
  else await dialog.showMessageBox(options)
}
