import { useDeferredValue, useId, useMemo, useState } from 'react'
import { modifiedAssumptionIds, resetModified } from '@shared/model/engine/assumption-values'
import { getBaseline } from '@shared/model/baseline/baselines'
import type { Baseline } from '@shared/model/baseline/baseline-schema'
import type { Translate } from '../i18n/translate'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { assumptionGroups, countEntries, filterGroups } from './assumption-catalogue'
import type { AssumptionGroup } from './assumption-catalogue'
import { AssumptionRow } from './assumption-row'
import { Modal } from './modal'
import { VariantsChart } from './variants-chart'

function modifiedText(count: number, t: Translate): string {
  if (count === 0) return t('assumptionsModifiedNone')
  if (count === 1) return t('assumptionsModifiedOne')
  return t('assumptionsModifiedMany').replace('{n}', String(count))
}

function Group({ group, baseline }: { group: AssumptionGroup; baseline: Baseline }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const title =
    'key' in group.title ? t(group.title.key) : `${t('groupSector')} ${group.title.label[language]}`
  const headingId = `assumption-group-${group.id.replace(/\./g, '-')}`
  return (
    <section className="assumption-group" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <ul>
        {group.entries.map((entry) => (
          <AssumptionRow key={entry.id} entry={entry} baseline={baseline} />
        ))}
      </ul>
    </section>
  )
}

/**
 * Every assumption of the scenario's baseline, separate from the policy levers: search, edit the
 * central value, reset one or all, and see what the modified assumptions change with and without
 * the scenario's levers.
 */
export function AssumptionsPanel() {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const draft = useLevier((s) => s.draft)
  const name = useLevier((s) => s.scenarios.find((x) => x.id === s.draftId)?.name ?? '')
  const setValue = useLevier((s) => s.setDraftValue)
  // Kept in the store: the search is still there after a look at another tab.
  const query = useLevier((s) => s.assumptionQuery)
  const modifiedOnly = useLevier((s) => s.assumptionsModifiedOnly)
  const setQuery = useLevier((s) => s.setAssumptionQuery)
  const setModifiedOnly = useLevier((s) => s.setAssumptionsModifiedOnly)
  const [confirming, setConfirming] = useState(false)
  // Typing in the search box stays responsive: the list follows a moment later.
  const deferredQuery = useDeferredValue(query)
  const baseline = draft ? getBaseline(draft.baseline) : null
  const groups = useMemo(() => (baseline ? assumptionGroups(baseline) : []), [baseline])
  const modified = useMemo(
    () => (draft && baseline ? modifiedAssumptionIds(draft.assumptions, baseline) : []),
    [draft, baseline],
  )
  const modifiedKey = modified.join(' ')
  const shown = useMemo(
    () =>
      filterGroups(
        groups,
        deferredQuery,
        language,
        modifiedOnly ? new Set(modifiedKey.split(' ')) : null,
      ),
    [groups, deferredQuery, language, modifiedOnly, modifiedKey],
  )
  const searchId = useId()
  if (!draft || !baseline) return null
  const total = countEntries(groups)
  const shownCount = countEntries(shown)
  const resetAll = () => {
    setValue('assumptions', resetModified(draft.assumptions, baseline))
    setConfirming(false)
  }
  return (
    <section className="assumptions" aria-labelledby="assumptions-title">
      <h2 id="assumptions-title" className="visually-hidden">
        {t('assumptionsTitle')}
      </h2>
      <p className="hint">{t('assumptionsLead')}</p>
      <VariantsChart draft={draft} fileName={name} />
      <div className="assumptions-toolbar">
        <div className="assumptions-search">
          <label htmlFor={searchId}>{t('assumptionsSearch')}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder={t('assumptionsSearchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <label className="assumptions-only">
          <input
            type="checkbox"
            checked={modifiedOnly}
            onChange={(e) => setModifiedOnly(e.target.checked)}
          />
          {t('assumptionsModifiedOnly')}
        </label>
        <div className="assumptions-status">
          <span data-testid="assumptions-modified-count">{modifiedText(modified.length, t)}</span>
          <button
            type="button"
            disabled={modified.length === 0}
            onClick={() => setConfirming(true)}
          >
            {t('assumptionsResetAll')}
          </button>
        </div>
      </div>
      <p className="hint" role="status">
        {shownCount === 0
          ? t('assumptionsNoMatch')
          : t('assumptionsShown')
              .replace('{shown}', String(shownCount))
              .replace('{total}', String(total))}
      </p>
      <div
        className="assumption-list"
        role="region"
        aria-label={t('assumptionsListLabel')}
        tabIndex={0}
      >
        {shown.map((group) => (
          <Group key={group.id} group={group} baseline={baseline} />
        ))}
      </div>
      <Modal open={confirming} onClose={() => setConfirming(false)} labelledBy="reset-all-title">
        <div className="form">
          <h2 id="reset-all-title">{t('assumptionsResetAllTitle')}</h2>
          <p>{t('assumptionsResetAllBody').replace('{n}', String(modified.length))}</p>
          <div className="actions">
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
            <button type="button" className="primary" onClick={resetAll}>
              {t('assumptionsResetAll')}
            </button>
          </div>
        </div>
      </Modal>
    </section>
  )
}
