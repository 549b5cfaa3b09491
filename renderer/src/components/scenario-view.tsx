import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import type { InputTab, ResultTab } from '../store/types'
import { AdoptionPanel } from './adoption-panel'
import { AssumptionsPanel } from './assumptions-panel'
import { EditBar } from './edit-bar'
import { HeadlineCards } from './headline-cards'
import { HistoryPanel } from './history-panel'
import { LedgerTable } from './ledger-table'
import { LeversPanel } from './levers-panel'
import { Modal } from './modal'
import { ResultsCharts } from './results-charts'
import { Tabs } from './tabs'
import { UncertaintyPanel } from './uncertainty-panel'

/**
 * The workbench for the selected scenario: its inputs on one side (levers, adoption curves,
 * assumptions), its results on the other (headline figures, charts, ledger, uncertainty, history),
 * so every edit is seen at once in the figures it moves.
 */
export function ScenarioView() {
  const t = useTranslate()
  const scenario = useLevier((s) => s.scenarios.find((x) => x.id === s.selectedId) ?? null)
  const duplicate = useLevier((s) => s.duplicateScenario)
  const remove = useLevier((s) => s.deleteScenario)
  const rename = useLevier((s) => s.renameScenario)
  const readOnly = useLevier((s) => s.workbook?.readOnly ?? true)
  const inputTab = useLevier((s) => s.inputTab)
  const resultTab = useLevier((s) => s.resultTab)
  const setInputTab = useLevier((s) => s.setInputTab)
  const setResultTab = useLevier((s) => s.setResultTab)
  const [renaming, setRenaming] = useState(false)
  const [name, setName] = useState('')
  const [renameError, setRenameError] = useState<string | null>(null)
  if (!scenario) return null
  const submitRename = async (event: FormEvent) => {
    event.preventDefault()
    const error = await rename(scenario.id, name.trim())
    if (error) setRenameError(error)
    else setRenaming(false)
  }
  const editable = !readOnly && scenario.deletedAt === null
  return (
    <section className="scenario-view" aria-labelledby="scenario-title">
      <header className="scenario-head">
        <div>
          <h1 id="scenario-title">{scenario.name}</h1>
          {scenario.description && (
            <p className="scenario-description" title={scenario.description}>
              {scenario.description}
            </p>
          )}
        </div>
        {editable && (
          <div className="actions start">
            <EditBar />
            <button type="button" onClick={() => void duplicate(scenario.id)}>
              {t('duplicateAction')}
            </button>
            <button
              type="button"
              onClick={() => {
                setName(scenario.name)
                setRenameError(null)
                setRenaming(true)
              }}
            >
              {t('renameAction')}
            </button>
            <button type="button" onClick={() => void remove(scenario.id)}>
              {t('deleteAction')}
            </button>
          </div>
        )}
      </header>
      <div className={editable ? 'workbench' : 'workbench results-only'}>
        {editable && (
          <div className="inputs">
            <Tabs
              label={t('inputsLabel')}
              selected={inputTab}
              onSelect={(id) => setInputTab(id as InputTab)}
              tabs={[
                { id: 'levers', label: t('leversTitle'), render: () => <LeversPanel /> },
                { id: 'adoption', label: t('adoptionTab'), render: () => <AdoptionPanel /> },
                {
                  id: 'assumptions',
                  label: t('assumptionsTab'),
                  render: () => <AssumptionsPanel />,
                },
              ]}
            />
          </div>
        )}
        <div className="results">
          <HeadlineCards />
          <Tabs
            label={t('resultsLabel')}
            selected={resultTab}
            onSelect={(id) => setResultTab(id as ResultTab)}
            tabs={[
              {
                id: 'charts',
                label: t('chartsTitle'),
                render: () => <ResultsCharts scenarioName={scenario.name} />,
              },
              {
                id: 'ledger',
                label: t('ledgerTitle'),
                render: () => <LedgerTable scenarioName={scenario.name} />,
              },
              {
                id: 'uncertainty',
                label: t('uncertaintyTab'),
                render: () => <UncertaintyPanel />,
              },
              {
                id: 'history',
                label: t('historyTitle'),
                render: () => <HistoryPanel editable={editable} />,
              },
            ]}
          />
        </div>
      </div>
      <Modal open={renaming} onClose={() => setRenaming(false)} labelledBy="rename-title">
        <form className="form" onSubmit={(e) => void submitRename(e)}>
          <h2 id="rename-title">{t('renameAction')}</h2>
          <label htmlFor="rename-input">{t('nameLabel')}</label>
          <input
            id="rename-input"
            type="text"
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            autoFocus
          />
          {renameError && (
            <p role="alert" className="field-error">
              {renameError}
            </p>
          )}
          <div className="actions">
            <button type="button" onClick={() => setRenaming(false)}>
              {t('cancel')}
            </button>
            <button type="submit" className="primary" disabled={name.trim() === ''}>
              {t('confirm')}
            </button>
          </div>
        </form>
      </Modal>
    </section>
  )
}
