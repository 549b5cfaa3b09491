import { useState } from 'react'
import { localeOf } from '@shared/i18n/languages'
import { PRESETS } from '@shared/model/scenario/presets'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { EmptyTrashDialog } from './empty-trash-dialog'
import { regionId } from './regions'
import { WrappingSelect } from './wrapping-select'

/** The open workbook's scenarios: search, create from a preset, select; the trash. */
export function LibraryPanel() {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const scenarios = useLevier((s) => s.scenarios)
  const query = useLevier((s) => s.libraryQuery)
  const setQuery = useLevier((s) => s.setLibraryQuery)
  const showTrash = useLevier((s) => s.showTrash)
  const setShowTrash = useLevier((s) => s.setShowTrash)
  const selectedId = useLevier((s) => s.selectedId)
  const select = useLevier((s) => s.selectScenario)
  const create = useLevier((s) => s.createScenario)
  const restore = useLevier((s) => s.restoreScenario)
  const [confirmingEmpty, setConfirmingEmpty] = useState(false)
  const readOnly = useLevier((s) => s.workbook?.readOnly ?? true)
  const trashCount = useLevier((s) => s.workbook?.trashCount ?? 0)
  const [preset, setPreset] = useState(PRESETS[0]?.id ?? 'current-law')
  const comparisons = useLevier((s) => s.comparisons)
  const activeComparison = useLevier((s) => s.activeComparison)
  const view = useLevier((s) => s.view)
  const setView = useLevier((s) => s.setView)
  const setActiveComparison = useLevier((s) => s.setActiveComparison)
  const openComparison = useLevier((s) => s.openComparison)
  const newComparison = () => {
    setActiveComparison({
      name: `${t('compareDefaultName')} ${comparisons.length + 1}`,
      reference: { kind: 'preset', preset: 'current-law' },
      scenarioIds: selectedId ? [selectedId] : [],
      settings: {},
    })
    setView('compare')
  }
  const date = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'short',
    timeStyle: 'short',
  })
  return (
    <aside
      className="library"
      aria-label={t('libraryTitle')}
      id={regionId('library')}
      tabIndex={-1}
    >
      <h2>{showTrash ? t('trashView') : t('libraryTitle')}</h2>
      <label htmlFor="library-search">{t('searchScenarios')}</label>
      <input
        id="library-search"
        type="search"
        value={query}
        onChange={(e) => void setQuery(e.target.value)}
      />
      {!showTrash && !readOnly && (
        <div className="new-scenario">
          <label htmlFor="new-preset">{t('presetLabel')}</label>
          <WrappingSelect id="new-preset" value={preset} onChange={setPreset}>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label[language]}
              </option>
            ))}
          </WrappingSelect>
          <button type="button" className="primary" onClick={() => void create(preset)}>
            {t('newScenario')}
          </button>
        </div>
      )}
      {scenarios.length === 0 ? (
        <p className="hint">{query ? t('noMatch') : showTrash ? '' : t('noScenarios')}</p>
      ) : (
        <ul className="scenario-list">
          {scenarios.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                aria-pressed={view === 'scenario' && s.id === selectedId}
                onClick={() => {
                  setView('scenario')
                  void select(s.id)
                }}
              >
                <span className="scenario-name">{s.name}</span>
                <span className="hint">
                  v{s.currentVersion} · {t('lastChange')} {date.format(new Date(s.updatedAt))}
                  {s.tags.length > 0 && ` · ${s.tags.join(', ')}`}
                </span>
              </button>
              {showTrash && !readOnly && (
                <button
                  type="button"
                  onClick={() => void restore(s.id)}
                  aria-label={`${t('restoreAction')} ${s.name}`}
                >
                  {t('restoreAction')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!showTrash && (
        <section className="comparisons" aria-labelledby="comparisons-title">
          <h2 id="comparisons-title">{t('compareListTitle')}</h2>
          <button type="button" onClick={newComparison}>
            {t('compareNew')}
          </button>
          {comparisons.length > 0 && (
            <ul className="scenario-list">
              {comparisons.map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    aria-pressed={view === 'compare' && activeComparison?.id === c.id}
                    onClick={() => void openComparison(c.id)}
                  >
                    <span className="scenario-name">{c.name}</span>
                    <span className="hint">
                      {c.scenarioIds.length} {t('scenarioCount')} ·{' '}
                      {date.format(new Date(c.updatedAt))}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <div className="library-footer">
        <button type="button" onClick={() => void setShowTrash(!showTrash)}>
          {showTrash ? t('scenariosView') : `${t('trashView')} (${trashCount})`}
        </button>
        {showTrash && scenarios.length > 0 && !readOnly && (
          <button type="button" onClick={() => setConfirmingEmpty(true)}>
            {t('emptyTrashAction')}
          </button>
        )}
      </div>
      {confirmingEmpty && <EmptyTrashDialog onClose={() => setConfirmingEmpty(false)} />}
    </aside>
  )
}
