import { useState } from 'react'
import type { FormEvent } from 'react'
import type { Language } from '@shared/app-identity'
import { getBaseline } from '@shared/model/baselines'
import { LEVER_DEFINITIONS } from '@shared/model/lever-definitions'
import { COVERAGE_CAP, INDICATORS } from '@shared/model/series'
import type { Unit } from '@shared/model/units'
import { formatValue } from '../format/format-value'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import type { ScenarioChange } from '../store/types'
import { LedgerTable } from './ledger-table'
import { LeversPanel } from './levers-panel'
import { Modal } from './modal'

const HEADLINES = [
  'gap_final',
  'gap_final_pct_gdp',
  'gap_change_cumulative',
  'coverage_ratio_cumulative',
  'jobs_displaced_peak',
  'consumer_work_value_final',
] as const
const LEVER_LABELS = new Map(LEVER_DEFINITIONS.map((f) => [f.path, f.label]))

function fieldLabel(path: string, language: Language): string {
  const lever = LEVER_LABELS.get(path)
  if (lever) return lever[language]
  if (path.startsWith('assumptions.')) {
    const entry = getBaseline('fr-2024').assumptions[path.slice('assumptions.'.length)]
    if (entry) return entry.label[language]
  }
  return path
}

function shown(value: unknown, unit: string | null, language: Language): string {
  if (typeof value === 'number')
    return unit ? formatValue(value, unit as Unit, language) : String(value)
  if (typeof value === 'boolean')
    return language === 'fr' ? (value ? 'oui' : 'non') : value ? 'yes' : 'no'
  if (value === null || value === undefined) return '—'
  if (typeof value === 'object' && 'dist' in value) {
    const d = value as Record<string, number | string>
    const bounds = ['min', 'low'].map((k) => d[k]).find((v) => v !== undefined)
    const top = ['max', 'high'].map((k) => d[k]).find((v) => v !== undefined)
    const fmt = (v: unknown) =>
      typeof v === 'number' && unit ? formatValue(v, unit as Unit, language) : String(v)
    return `${d.dist} (${fmt(bounds)} – ${fmt(top)})`
  }
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function ChangesTable({ changes }: { changes: ScenarioChange[] }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  if (changes.length === 0) return <p>{t('noChanges')}</p>
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('fieldCol')}</th>
          <th scope="col">{t('beforeCol')}</th>
          <th scope="col">{t('afterCol')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.path}>
            <th scope="row">{fieldLabel(c.path, language)}</th>
            <td>{shown(c.before, c.unit, language)}</td>
            <td>{shown(c.after, c.unit, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The selected scenario: its headline figures as last saved, actions, history and comparisons. */
export function ScenarioView() {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const scenario = useLevier((s) => s.scenarios.find((x) => x.id === s.selectedId) ?? null)
  const versions = useLevier((s) => s.versions)
  const comparison = useLevier((s) => s.comparison)
  const compare = useLevier((s) => s.compareWithVersion)
  const restoreVersion = useLevier((s) => s.restoreVersion)
  const duplicate = useLevier((s) => s.duplicateScenario)
  const remove = useLevier((s) => s.deleteScenario)
  const rename = useLevier((s) => s.renameScenario)
  const readOnly = useLevier((s) => s.workbook?.readOnly ?? true)
  const projection = useLevier((s) => (s.draftId === s.selectedId ? s.liveProjection : null))
  const live = projection
    ? Object.fromEntries(projection.indicators.map((i) => [i.id, i.value]))
    : null
  const [renaming, setRenaming] = useState(false)
  const [name, setName] = useState('')
  const [renameError, setRenameError] = useState<string | null>(null)
  if (!scenario) return null
  const current = versions[0]
  const date = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
  const submitRename = async (event: FormEvent) => {
    event.preventDefault()
    const error = await rename(scenario.id, name.trim())
    if (error) setRenameError(error)
    else setRenaming(false)
  }
  const editable = !readOnly && scenario.deletedAt === null
  return (
    <section className="scenario-view" aria-labelledby="scenario-title">
      <h1 id="scenario-title">{scenario.name}</h1>
      {scenario.description && <p>{scenario.description}</p>}
      {editable && (
        <div className="actions start">
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
      {current && (
        <>
          <h2>{live ? t('headlineLiveTitle') : t('headlineTitle')}</h2>
          <dl className="cards">
            {HEADLINES.map((id) => {
              const spec = INDICATORS.find((i) => i.id === id)
              const value = (live ?? current.indicators)[id]
              if (!spec || value === undefined) return null
              return (
                <div className="card" key={id}>
                  <dt>{spec[language]}</dt>
                  <dd data-testid={`headline-${id}`}>
                    {/* Coverage is capped (see docs/model.md): at the cap, say "at least". */}
                    {spec.unit === 'ratio' && value >= COVERAGE_CAP ? '≥ ' : ''}
                    {formatValue(value, spec.unit, language)}
                  </dd>
                </div>
              )
            })}
          </dl>
        </>
      )}
      {editable && <LeversPanel />}
      <LedgerTable scenarioName={scenario.name} />
      <h2>{t('historyTitle')}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('versionCol')}</th>
            <th scope="col">{t('dateCol')}</th>
            <th scope="col">{t('authorCol')}</th>
            <th scope="col">{t('noteCol')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {versions.map((v, i) => (
            <tr key={v.version}>
              <td>
                v{v.version}
                {i === 0 && ` (${t('current')})`}
              </td>
              <td>{date.format(new Date(v.createdAt))}</td>
              <td>{v.author}</td>
              <td>{v.note}</td>
              <td>
                {i > 0 && (
                  <span className="actions start">
                    <button
                      type="button"
                      onClick={() => void compare(v.version)}
                      aria-label={`${t('compareAction')} (v${v.version})`}
                    >
                      {t('compareAction')}
                    </button>
                    {editable && (
                      <button
                        type="button"
                        onClick={() => void restoreVersion(v.version)}
                        aria-label={`${t('restoreAction')} v${v.version}`}
                      >
                        {t('restoreAction')}
                      </button>
                    )}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {comparison && (
        <>
          <h2>
            {t('changesTitle')} v{comparison.version}
          </h2>
          <ChangesTable changes={comparison.changes} />
        </>
      )}
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
