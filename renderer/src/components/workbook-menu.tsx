import { useEffect, useRef, useState } from 'react'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { WORKBOOK_MENU_BUTTON } from './use-return-focus'

/** The open workbook, always visible, and the menu to create, open, copy or reopen one. */
export function WorkbookMenu() {
  const t = useTranslate()
  const workbook = useLevier((s) => s.workbook)
  const recent = useLevier((s) => s.recentWorkbooks)
  const setDialog = useLevier((s) => s.setWorkbookDialog)
  const apply = useLevier((s) => s.applyWorkbookAction)
  const [open, setOpen] = useState(false)
  const menu = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    const close = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [open])
  const choose = (action: 'new' | 'open' | 'saveAs') => {
    setOpen(false)
    setDialog(action)
  }
  const importFiles = useLevier((s) => s.importScenarioFiles)
  const exportAll = useLevier((s) => s.exportAllScenarios)
  const fileInput = useRef<HTMLInputElement>(null)
  const onFiles = async (list: FileList | null) => {
    const files = await Promise.all(
      [...(list ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })),
    )
    if (fileInput.current) fileInput.current.value = ''
    await importFiles(files, 'refuse')
  }
  const download = async () => {
    setOpen(false)
    const documents = await exportAll()
    if (!documents) return
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(documents, null, 2)], { type: 'application/json' }),
    )
    const link = document.createElement('a')
    link.href = url
    link.download = `${(workbook?.name ?? 'levier').replace(/\.levier$/, '')}-scenarios.json`
    link.click()
    URL.revokeObjectURL(url)
  }
  return (
    <nav className="workbook" ref={menu} aria-label={t('workbookLabel')}>
      <button
        type="button"
        id={WORKBOOK_MENU_BUTTON}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('workbookMenu')} ▾
      </button>
      {workbook && (
        <span className="workbook-name" title={workbook.path}>
          <strong data-testid="workbook-name">{workbook.name}</strong>
          {workbook.readOnly && <span className="badge">{t('readOnlyBadge')}</span>}
          <span className="workbook-path" data-testid="workbook-path">
            {workbook.path}
          </span>
        </span>
      )}
      {open && (
        <div role="menu" className="menu" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <button role="menuitem" type="button" onClick={() => choose('new')}>
            {t('workbookNew')}
          </button>
          <button role="menuitem" type="button" onClick={() => choose('open')}>
            {t('workbookOpen')}
          </button>
          <button
            role="menuitem"
            type="button"
            onClick={() => choose('saveAs')}
            disabled={!workbook}
          >
            {t('workbookSaveAs')}
          </button>
          <button
            role="menuitem"
            type="button"
            disabled={!workbook || workbook.readOnly}
            onClick={() => {
              setOpen(false)
              fileInput.current?.click()
            }}
          >
            {t('importScenarios')}
          </button>
          <button
            role="menuitem"
            type="button"
            disabled={!workbook}
            onClick={() => void download()}
          >
            {t('exportScenarios')}
          </button>
          {recent.filter((p) => p !== workbook?.path).length > 0 && (
            <div className="menu-heading">{t('workbookRecent')}</div>
          )}
          {recent
            .filter((p) => p !== workbook?.path)
            .map((path) => (
              <button
                role="menuitem"
                type="button"
                key={path}
                title={path}
                onClick={() => {
                  setOpen(false)
                  void apply('open', path)
                }}
              >
                {path.split(/[\\/]/).pop()}
              </button>
            ))}
        </div>
      )}
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        multiple
        hidden
        data-testid="import-files"
        onChange={(e) => void onFiles(e.target.files)}
      />
    </nav>
  )
}
