import type { MessageKey } from './i18n/translate'

/**
 * Every keyboard shortcut of the workbench, as listed in Help. The handlers live where the keys
 * are caught (app.tsx for undo/redo/help and the regions, components/regions.ts; the native menu
 * for workbook commands; the levers' sliders for Page Up/Down, Home and End; the browser for the
 * arrows and tabs); this list is what the user reads, so each entry names where it works.
 */
export interface Shortcut {
  readonly keys: readonly string[]
  readonly action: MessageKey
  /** Only in the desktop app: a browser keeps these keys for itself. */
  readonly desktopOnly?: boolean
}

export const SHORTCUT_GROUPS: ReadonlyArray<{ title: MessageKey; shortcuts: readonly Shortcut[] }> =
  [
    {
      title: 'helpGroupEditing',
      shortcuts: [
        { keys: ['Ctrl+Z'], action: 'helpUndo' },
        { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], action: 'helpRedo' },
        { keys: ['Enter'], action: 'helpApplyValue' },
        { keys: ['←', '→', '↑', '↓'], action: 'helpSliderStep' },
        { keys: ['Page↑', 'Page↓'], action: 'helpSliderPage' },
        { keys: ['Home', 'End'], action: 'helpSliderEnds' },
      ],
    },
    {
      title: 'helpGroupNavigation',
      shortcuts: [
        { keys: ['Tab', 'Shift+Tab'], action: 'helpNextControl' },
        { keys: ['F6', 'Shift+F6'], action: 'helpNextRegion' },
        { keys: ['Alt+1'], action: 'helpGoLibrary' },
        { keys: ['Alt+2'], action: 'helpGoLevers' },
        { keys: ['Alt+3'], action: 'helpGoResults' },
        { keys: ['←', '→'], action: 'helpTabs' },
        { keys: ['Enter', 'Space'], action: 'helpActivate' },
        { keys: ['Escape'], action: 'helpCloseDialog' },
        { keys: ['F1'], action: 'helpOpen' },
      ],
    },
    {
      title: 'helpGroupWorkbook',
      shortcuts: [
        { keys: ['Ctrl+N'], action: 'helpNewWorkbook', desktopOnly: true },
        { keys: ['Ctrl+O'], action: 'helpOpenWorkbook', desktopOnly: true },
        { keys: ['Ctrl+Shift+S'], action: 'helpSaveAs', desktopOnly: true },
        { keys: ['Ctrl+P'], action: 'helpPrintBrief' },
        { keys: ['Ctrl+Q'], action: 'helpQuit', desktopOnly: true },
      ],
    },
  ]
