import { useEffect, useRef, useState } from 'react'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'

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
  return (
    <nav className="workbook" ref={menu} aria-label={t('workbookLabel')}>
      <button
        type="button"
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
    </nav>
  )
}
