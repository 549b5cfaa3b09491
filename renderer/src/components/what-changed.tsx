import type { Localized } from '@shared/i18n/in-every-language'
import type { Language } from '@shared/app-identity'
import { coverageText } from '@shared/format/coverage'
import { INDICATORS } from '@shared/model/engine/series'
import type { Unit } from '@shared/model/engine/units'
import { formatNumber, formatValue } from '../format/format-value'
import type { MessageKey, Translate } from '../i18n/translate'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import type { WhatChangedReport } from '../store/types'
import { HEADLINES } from './headline-cards'
import { MODEL_ONE_RETIRED } from './model-one-indicators'
import {
  changedMeaning,
  modelChangesBetween,
  SCHEMA_CHANGES,
} from '@shared/model/engine/model-changes'
import { Modal } from './modal'

type Entry = WhatChangedReport['entries'][number]

const CAUSE: Record<string, MessageKey> = {
  model: 'causeModel',
  baseline: 'causeBaseline',
  'model and baseline': 'causeBoth',
  none: 'causeNone',
}

function spec(id: string): (Localized & { unit: Unit }) | null {
  return INDICATORS.find((i) => i.id === id) ?? MODEL_ONE_RETIRED[id] ?? null
}

/** A saved or current figure in its unit; an undefined one as "—" (the coverage ratio says why). */
export function figureText(id: string, value: number | null, language: Language): string {
  const unit = spec(id)?.unit
  if (!unit) return formatNumber(value ?? Number.NaN, language)
  if (unit === 'ratio') return coverageText(value ?? Number.NaN, language)
  return formatValue(value ?? Number.NaN, unit, language)
}

const labelOf = (id: string, language: Language) => spec(id)?.[language] ?? id

/** Offered when a workbook's saved figures were computed by another model or baseline. */
export function WhatChangedBanner() {
  const t = useTranslate()
  const report = useLevier((s) => s.whatChanged)
  const setOpen = useLevier((s) => s.setWhatChangedOpen)
  if (!report || report.entries.length + report.unreadable.length === 0) return null
  return (
    <div className="notice" role="status">
      <span>
        {t('whatChangedBanner')} ({report.entries.length} {t('scenarioCount')})
      </span>
      <button type="button" onClick={() => setOpen(true)}>
        {t('whatChangedShow')}
      </button>
    </div>
  )
}

/** The formats a scenario went through when it was upgraded, after its own. */
function schemaSteps(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + 1 + k)
}

/** What the parts of one scenario's entry are given. */
interface EntryProps {
  entry: Entry
  report: WhatChangedReport
  t: Translate
  language: Language
}

/** Why one scenario's figures moved: the model, the scenario's format, the baseline. */
function Why({ entry, report, t, language }: EntryProps) {
  const modelChanged = entry.computedWith.modelVersion !== report.modelVersion
  return (
    <div className="what-changed-why">
      <h4>{t('whatChangedWhy')}</h4>
      <ul>
        {modelChanged &&
          modelChangesBetween(entry.computedWith.modelVersion, report.modelVersion).map(
            (change) => (
              <li key={change.version} data-testid="why-model">
                {change.text[language]}
              </li>
            ),
          )}
        {entry.upgrade &&
          schemaSteps(entry.upgrade.fromSchema, entry.upgrade.toSchema).map((to) => (
            <li key={to} data-testid="why-schema">
              {t('whatChangedSchemaStep')
                .replace('{to}', String(to))
                .replace('{version}', String(entry.upgrade?.toVersion))}{' '}
              {SCHEMA_CHANGES[to]?.[language]}
            </li>
          ))}
        <li data-testid="why-baseline">
          {t('whatChangedBaseline')
            .replace('{baseline}', entry.baseline.id)
            .replace('{vintage}', entry.baseline.vintage)}
        </li>
      </ul>
    </div>
  )
}

function EntrySection({ entry, report, t, language }: EntryProps) {
  const headlines = new Set<string>(HEADLINES)
  const meaningOf = (id: string) =>
    changedMeaning(id, entry.computedWith.modelVersion, report.modelVersion)
  const added = entry.added.filter((a) => headlines.has(a.indicator))
  return (
    <section data-testid={`what-changed-${entry.id}`}>
      <h3>
        {entry.name} — {t(CAUSE[entry.cause] ?? 'causeNone')} ({entry.computedWith.modelVersion} →{' '}
        {report.modelVersion})
      </h3>
      <Why entry={entry} report={report} t={t} language={language} />
      {entry.moves.length > 0 && (
        <table className="data-table">
          <caption>{t('whatChangedCommon')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicatorLabel')}</th>
              <th scope="col">{t('savedValue')}</th>
              <th scope="col">{t('currentValue')}</th>
            </tr>
          </thead>
          <tbody>
            {entry.moves.map((m) => (
              <tr key={m.indicator}>
                <th scope="row">
                  {labelOf(m.indicator, language)}
                  {meaningOf(m.indicator) && (
                    <span className="hint"> ({meaningOf(m.indicator)?.[language]})</span>
                  )}
                </th>
                <td>{figureText(m.indicator, m.before, language)}</td>
                <td>{figureText(m.indicator, m.after, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {entry.retired.length > 0 && (
        <table className="data-table" data-testid="what-changed-retired">
          <caption>{t('whatChangedRetired')}</caption>
          <tbody>
            {entry.retired.map((r) => {
              const next = MODEL_ONE_RETIRED[r.indicator]?.replacedBy
              const after = next ? entry.added.find((a) => a.indicator === next) : undefined
              return (
                <tr key={r.indicator}>
                  <th scope="row">{labelOf(r.indicator, language)}</th>
                  <td>{figureText(r.indicator, r.before, language)}</td>
                  <td>
                    {next && (
                      <>
                        → {labelOf(next, language)}
                        {after &&
                          t('whatChanged.successorFigure', {
                            figure: figureText(next, after.after, language),
                          })}
                      </>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {added.length > 0 && (
        <table className="data-table" data-testid="what-changed-added">
          <caption>{t('whatChangedNew')}</caption>
          <tbody>
            {added.map((a) => (
              <tr key={a.indicator}>
                <th scope="row">{labelOf(a.indicator, language)}</th>
                <td>{figureText(a.indicator, a.after, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

export function WhatChangedDialog() {
  const t = useTranslate()
  const report = useLevier((s) => s.whatChanged)
  const open = useLevier((s) => s.whatChangedOpen)
  const setOpen = useLevier((s) => s.setWhatChangedOpen)
  const language = useLevier((s) => s.language)
  return (
    <Modal open={open} onClose={() => setOpen(false)} labelledBy="what-changed-title">
      <h2 id="what-changed-title">{t('whatChangedTitle')}</h2>
      {report?.entries.map((entry) => (
        <EntrySection key={entry.id} entry={entry} report={report} t={t} language={language} />
      ))}
      {report && report.unreadable.length > 0 && (
        <section data-testid="what-changed-unreadable">
          <h3>{t('whatChangedUnreadable')}</h3>
          <ul>
            {report.unreadable.map((u) => (
              <li key={u.id}>
                {u.name}
                {t('colon')} {u.error}
              </li>
            ))}
          </ul>
        </section>
      )}
      <button type="button" onClick={() => setOpen(false)}>
        {t('close')}
      </button>
    </Modal>
  )
}
