import { useEffect } from 'react'
import { AboutDialog } from './components/about-dialog'
import { EmptyState } from './components/empty-state'
import { ErrorBanner } from './components/error-banner'
import { ImportDialog } from './components/import-dialog'
import { LibraryPanel } from './components/library-panel'
import { ScenarioView } from './components/scenario-view'
import { TitleBar } from './components/title-bar'
import { WhatChangedBanner, WhatChangedDialog } from './components/what-changed'
import { WorkbookDialog } from './components/workbook-dialog'
import { WorkbookMenu } from './components/workbook-menu'
import { useTranslate } from './i18n/use-translate'
import { useLevier } from './store'

export function App() {
  const t = useTranslate()
  const language = useLevier((state) => state.language)
  const ready = useLevier((state) => state.appInfo !== null)
  const selected = useLevier((state) => state.selectedId !== null)
  useEffect(() => {
    document.documentElement.lang = language
  }, [language])
  return (
    <div className="shell">
      <TitleBar />
      <WorkbookMenu />
      <ErrorBanner />
      <WhatChangedBanner />
      <div className="body">
        {ready && <LibraryPanel />}
        <main className="workspace">
          {!ready ? (
            <p aria-busy="true">{t('loading')}</p>
          ) : selected ? (
            <ScenarioView />
          ) : (
            <EmptyState />
          )}
        </main>
      </div>
      <AboutDialog />
      <WorkbookDialog />
      <ImportDialog />
      <WhatChangedDialog />
    </div>
  )
}
