import { Menu } from 'electron'
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron'
import { MENU_CHANNEL } from '@shared/api/calls'
import type { MenuCommand } from '@shared/api/calls'
import type { Language } from '@shared/app-identity'

const LABELS = {
  fr: {
    file: 'Fichier',
    newWorkbook: 'Nouveau classeur…',
    openWorkbook: 'Ouvrir un classeur…',
    saveWorkbookAs: 'Enregistrer le classeur sous…',
    printBrief: 'Imprimer la note…',
    quit: 'Quitter',
    edit: 'Édition',
    view: 'Affichage',
    language: 'Langue',
    help: 'Aide',
    helpContents: 'Aide et raccourcis clavier',
    about: 'À propos de Levier',
  },
  en: {
    file: 'File',
    newWorkbook: 'New workbook…',
    openWorkbook: 'Open workbook…',
    saveWorkbookAs: 'Save workbook as…',
    printBrief: 'Print brief…',
    quit: 'Quit',
    edit: 'Edit',
    view: 'View',
    language: 'Language',
    help: 'Help',
    helpContents: 'Help and keyboard shortcuts',
    about: 'About Levier',
  },
} as const satisfies Record<Language, Record<string, string>>

/**
 * The native menu, in the interface language. Roles give the platform's usual shortcuts (Ctrl+Q,
 * Ctrl+Z, Ctrl+Shift+Z, Ctrl+C…); commands that belong to the page are sent to the renderer.
 */
export function menuTemplate(
  language: Language,
  send: (command: MenuCommand) => void,
  isDev: boolean,
): MenuItemConstructorOptions[] {
  const t = LABELS[language]
  return [
    {
      label: t.file,
      submenu: [
        { label: t.newWorkbook, accelerator: 'CmdOrCtrl+N', click: () => send('newWorkbook') },
        { label: t.openWorkbook, accelerator: 'CmdOrCtrl+O', click: () => send('openWorkbook') },
        {
          label: t.saveWorkbookAs,
          accelerator: 'CmdOrCtrl+Shift+S',
          click: () => send('saveWorkbookAs'),
        },
        { type: 'separator' },
        { label: t.printBrief, accelerator: 'CmdOrCtrl+P', click: () => send('printBrief') },
        { type: 'separator' },
        { role: 'quit', label: t.quit },
      ],
    },
    {
      label: t.edit,
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: t.view,
      submenu: [
        {
          label: t.language,
          submenu: [
            {
              label: 'Français',
              type: 'radio',
              checked: language === 'fr',
              click: () => send('setLanguageFr'),
            },
            {
              label: 'English',
              type: 'radio',
              checked: language === 'en',
              click: () => send('setLanguageEn'),
            },
          ],
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDev ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: t.help,
      submenu: [
        { label: t.helpContents, accelerator: 'F1', click: () => send('showHelp') },
        { label: t.about, click: () => send('showAbout') },
      ],
    },
  ]
}

export function installMenu(
  language: Language,
  window: () => BrowserWindow | null,
  isDev: boolean,
): void {
  const send = (command: MenuCommand) => window()?.webContents.send(MENU_CHANNEL, command)
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language, send, isDev)))
}
