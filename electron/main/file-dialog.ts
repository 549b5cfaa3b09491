import { dialog } from 'electron'
import type { BrowserWindow } from 'electron'
import type { FilePurpose } from '@shared/api/contract'
import type { Language } from '@shared/app-identity'

const TITLES: Record<Language, Record<FilePurpose, string>> = {
  fr: {
    openWorkbook: 'Ouvrir un classeur',
    saveWorkbook: 'Enregistrer le classeur',
    savePdf: 'Enregistrer la note en PDF',
  },
  en: {
    openWorkbook: 'Open a workbook',
    saveWorkbook: 'Save the workbook',
    savePdf: 'Save the brief as PDF',
  },
}

const FILTERS: Record<Language, Record<'workbook' | 'pdf', string>> = {
  fr: { workbook: 'Classeurs Levier', pdf: 'Documents PDF' },
  en: { workbook: 'Levier workbooks', pdf: 'PDF documents' },
}

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
  const kind = purpose === 'savePdf' ? 'pdf' : 'workbook'
  const filters = [
    { name: FILTERS[language][kind], extensions: [kind === 'pdf' ? 'pdf' : 'levier'] },
  ]
  const common = {
    title: TITLES[language][purpose],
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
