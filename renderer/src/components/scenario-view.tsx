import { useState } from 'react'
import { PrintBriefButton } from '../brief/print-brief-button'
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
import { ResultsCharts } from './results-charts'
import { ScenarioPropertiesDialog } from './scenario-properties-dialog'
import { Tabs } from './tabs'
import { UncertaintyPanel } from './uncertainty-panel'
import { regionId } from './regions'
import { focusMainHeading } from './use-return-focus'

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
  const readOnly = useLevier((s) => s.workbook?.readOnly ?? true)
  const inputTab = useLevier((s) => s.inputTab)
  const resultTab = useLevier((s) => s.resultTab)
  const setInputTab = useLevier((s) => s.setInputTab)
  const setResultTab = useLevier((s) => s.setResultTab)
  const [editing, setEditing] = useState(false)
  if (!scenario) return null
  const editable = !readOnly && scenario.deletedAt === null
  return (
    <section className="scenario-view" aria-labelledby="scenario-title">
      <header className="scenario-head">
        <div>
          <h1 id="scenario-title" tabIndex={-1}>
            {scenario.name}
          </h1>
          {scenario.tags.length > 0 && (
            <ul className="tags" aria-label={t('tagsLabel')}>
              {scenario.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          )}
          {scenario.description && (
            <p className="scenario-description" title={scenario.description}>
              {scenario.description}
            </p>
          )}
        </div>
        <div className="actions start">
          {editable && <EditBar />}
          <PrintBriefButton />
          {editable && (
            <>
              <button type="button" onClick={() => void duplicate(scenario.id)}>
                {t('duplicateAction')}
              </button>
              <button type="button" onClick={() => setEditing(true)}>
                {t('propertiesAction')}
              </button>
              <button type="button" onClick={() => void remove(scenario.id).then(focusMainHeading)}>
                {t('deleteAction')}
              </button>
            </>
          )}
        </div>
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
        <div
          className="results"
          id={regionId('results')}
          tabIndex={-1}
          role="region"
          aria-label={t('resultsRegion')}
        >
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
      {editing && (
        <ScenarioPropertiesDialog scenario={scenario} onClose={() => setEditing(false)} />
      )}
    </section>
  )
}
