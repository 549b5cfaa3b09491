import { PrintBriefButton } from '../brief/print-brief-button'
import { useEffect, useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { Tabs } from '../components/tabs'
import { AttributionPanel } from './attribution-panel'
import { CompareCharts } from './compare-charts'
import { CompareUncertainty } from './compare-uncertainty'
import { GoalSeekPanel } from './goal-seek-panel'
import { ComparisonPicker, MIN_COMPARED } from './comparison-picker'
import { ComparisonTable, InputDifferencesTable } from './comparison-tables'
import { presetLabel } from './reference'

/**
 * The comparison view: 2 to 6 scenarios against a reference, kept in the workbook as a named
 * comparison. Tables and charts follow the selection as it changes; saving keeps it.
 */
export function CompareView() {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const active = useLevier((s) => s.activeComparison)
  const setActive = useLevier((s) => s.setActiveComparison)
  const save = useLevier((s) => s.saveComparison)
  const remove = useLevier((s) => s.deleteComparison)
  const setView = useLevier((s) => s.setView)
  const load = useLevier((s) => s.loadCompareData)
  const data = useLevier((s) => s.compareData)
  const loading = useLevier((s) => s.compareLoading)
  const readOnly = useLevier((s) => s.workbook?.readOnly ?? true)
  const [tab, setTab] = useState('table')
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null)
  const key = active
    ? JSON.stringify({ scenarioIds: active.scenarioIds, reference: active.reference })
    : ''
  const enough = (active?.scenarioIds.length ?? 0) >= MIN_COMPARED
  useEffect(() => {
    if (active && enough) load(active.scenarioIds, active.reference)
    // The key holds exactly what the load depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, enough])
  if (!active) return null
  const current = data && data.key === key && enough ? data : null
  const reference = current?.reference ?? null
  const referenceName = !reference
    ? ''
    : reference.kind === 'scenario'
      ? reference.name
      : presetLabel(reference.preset, language)
  const fileName = active.name || t('compareTitle')
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const refused = await save({ ...active, name: active.name.trim() })
    setStatus(refused ? { error: true, text: refused } : { error: false, text: t('compareSaved') })
  }
  return (
    <section className="compare-view" aria-labelledby="compare-title">
      <header className="scenario-head">
        <h1 id="compare-title" tabIndex={-1}>
          {t('compareTitle')}
        </h1>
        <div className="actions start">
          <button type="button" onClick={() => setView('scenario')}>
            {t('compareBack')}
          </button>
          <PrintBriefButton />
          {active.id && !readOnly && (
            <button type="button" onClick={() => void remove(active.id as string)}>
              {t('compareDelete')}
            </button>
          )}
        </div>
      </header>
      <div className="compare-layout">
        <div className="compare-setup">
          <form className="form" onSubmit={(e) => void submit(e)}>
            <label htmlFor="compare-name">{t('compareName')}</label>
            <input
              id="compare-name"
              type="text"
              value={active.name}
              maxLength={200}
              onChange={(e) => {
                setStatus(null)
                setActive({ ...active, name: e.target.value })
              }}
            />
            {!readOnly && (
              <button
                type="submit"
                className="primary"
                disabled={!enough || active.name.trim() === ''}
              >
                {t('compareSave')}
              </button>
            )}
            {status && (
              <p
                role={status.error ? 'alert' : 'status'}
                className={status.error ? 'field-error' : 'hint'}
              >
                {status.text}
              </p>
            )}
          </form>
          <ComparisonPicker
            choice={active}
            onChange={(choice) => {
              setStatus(null)
              setActive({ ...active, ...choice, scenarioIds: [...choice.scenarioIds] })
            }}
          />
        </div>
        <div className="compare-results" aria-busy={loading}>
          {current?.errors.map((error) => (
            <p key={error} role="alert" className="field-error">
              {error}
            </p>
          ))}
          {current?.scenarios
            .filter((s) => s.inTrash)
            .map((s) => (
              <p key={s.id} className="notice">
                {s.name} : {t('compareInTrash')}
              </p>
            ))}
          {!enough && <p className="hint">{t('compareTooFew')}</p>}
          {current && reference && current.scenarios.length > 0 && (
            <>
              <Tabs
                label={t('compareResultsLabel')}
                selected={tab}
                onSelect={setTab}
                tabs={[
                  {
                    id: 'table',
                    label: t('compareTableTab'),
                    render: () => (
                      <>
                        <ComparisonTable
                          referenceName={referenceName}
                          reference={reference}
                          scenarios={current.scenarios}
                          fileName={fileName}
                        />
                        <InputDifferencesTable
                          referenceName={referenceName}
                          reference={reference}
                          scenarios={current.scenarios}
                          fileName={fileName}
                        />
                      </>
                    ),
                  },
                  {
                    id: 'charts',
                    label: t('chartsTitle'),
                    render: () => <CompareCharts fileName={fileName} />,
                  },
                  {
                    id: 'attribution',
                    label: t('compareAttributionTab'),
                    render: () => (
                      <AttributionPanel scenarios={current.scenarios} fileName={fileName} />
                    ),
                  },
                  {
                    id: 'goal-seek',
                    label: t('compareGoalSeekTab'),
                    render: () => (
                      <GoalSeekPanel scenarios={current.scenarios} fileName={fileName} />
                    ),
                  },
                  {
                    id: 'uncertainty',
                    label: t('uncertaintyTab'),
                    render: () => (
                      <CompareUncertainty scenarios={current.scenarios} fileName={fileName} />
                    ),
                  },
                ]}
              />
            </>
          )}
        </div>
      </div>
    </section>
  )
}
