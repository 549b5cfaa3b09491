import { useEffect } from 'react'
import { BriefDialog } from './brief/brief-dialog'
import { CompareView } from './compare/compare-view'
import { AboutDialog } from './components/about-dialog'
import { EmptyState } from './components/empty-state'
import { ErrorBanner } from './components/error-banner'
import { HelpDialog } from './components/help-dialog'
import { ImportDialog } from './components/import-dialog'
import { LibraryPanel } from './components/library-panel'
import { nextRegion, regionId, regionOfKey, useRegions } from './components/regions'
import { ScenarioView } from './components/scenario-view'
import { SkipLinks } from './components/skip-links'
import { TitleBar } from './components/title-bar'
import { WhatChangedBanner, WhatChangedDialog } from './components/what-changed'
import { WorkbookDialog } from './components/workbook-dialog'
import { WorkbookMenu } from './components/workbook-menu'
import { useTranslate } from './i18n/use-translate'
import { useLevier } from './store'
import { isTextField } from './edit-command'

export function App() {
  const t = useTranslate()
  const language = useLevier((state) => state.language)
  const ready = useLevier((state) => state.appInfo !== null)
  const selected = useLevier((state) => state.selectedId !== null)
  const comparing = useLevier(
    (state) => state.view === 'compare' && state.activeComparison !== null,
  )
  const undo = useLevier((state) => state.undo)
  const redo = useLevier((state) => state.redo)
  const setHelpOpen = useLevier((state) => state.setHelpOpen)
  const openBrief = useLevier((state) => state.openBrief)
  const regions = useRegions()
  useEffect(() => {
    document.documentElement.lang = language
  }, [language])
  useEffect(() => {
    // Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo edits, except while typing in a text field,
    // where they keep their usual meaning for the text.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F1') {
        event.preventDefault()
        return setHelpOpen(true)
      }
      // F6 cycles the regions, Alt+1/2/3 jump to one; a modal dialog keeps the focus inside it.
      if (document.querySelector('dialog[open], [role="dialog"]')) return
      if (event.key === 'F6' && !event.ctrlKey && !event.altKey && !event.metaKey) {
        event.preventDefault()
        const next = nextRegion(regions.present, event.shiftKey)
        return next ? regions.go(next) : undefined
      }
      const region = regionOfKey(event)
      if (region && regions.present.includes(region)) {
        event.preventDefault()
        return regions.go(region)
      }
      if (!(event.ctrlKey || event.metaKey)) return
      // Ctrl+P prints the brief, never the workbench's screen, wherever the focus is.
      if (event.key.toLowerCase() === 'p' && !event.shiftKey && !event.altKey) {
        event.preventDefault()
        openBrief()
        return
      }
      if (isTextField(event.target)) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !event.shiftKey) undo()
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, redo, setHelpOpen, openBrief, regions])
  return (
    <div className="shell">
      <SkipLinks />
      <TitleBar />
      <WorkbookMenu />
      <ErrorBanner />
      <WhatChangedBanner />
      <div className="body">
        {ready && <LibraryPanel />}
        {/* Outside a scenario's workbench the whole view is the results region. */}
        <main
          className="workspace"
          id={selected && !comparing ? undefined : regionId('results')}
          tabIndex={-1}
        >
          {!ready ? (
            <p aria-busy="true">{t('loading')}</p>
          ) : comparing ? (
            <CompareView />
          ) : selected ? (
            <ScenarioView />
          ) : (
            <EmptyState />
          )}
        </main>
      </div>
      <AboutDialog />
      <HelpDialog />
      <WorkbookDialog />
      <ImportDialog />
      <WhatChangedDialog />
      <BriefDialog />
    </div>
  )
}
