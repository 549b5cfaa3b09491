import { useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import type { Language } from '@shared/app-identity'
import { explain } from '@shared/model/explain/explain'
import type { ExplainTarget, Explanation, Provenance, Term } from '@shared/model/explain/explain'
import { recombine } from '@shared/model/explain/explain-types'
import { parseScenario } from '@shared/model/scenario/scenario-parse'
import { coverageText } from '@shared/format/coverage'
import { formatValue } from '../format/format-value'
import { useTranslate } from '../i18n/use-translate'
import type { Translate } from '../i18n/translate'
import { useLevier } from '../store'
import { Modal } from './modal'
import { TableScroll } from './table-scroll'

const GRADE_KEYS = {
  O: 'explainGradeO',
  P: 'explainGradeP',
  S: 'explainGradeS',
  derived: 'explainGradeDerived',
  assumption: 'explainGradeAssumption',
  unverified: 'explainGradeUnverified',
} as const

/** The figure as the cards and the ledger show it (an undefined ratio with its reason). */
export function shownValue(value: number, unit: Term['unit'], language: Language): string {
  // The coverage ratio is undefined where its denominator means nothing: it says why instead.
  return unit === 'ratio' ? coverageText(value, language) : formatValue(value, unit, language)
}

function GradeBadge({ grade, t }: { grade: keyof typeof GRADE_KEYS; t: Translate }) {
  return (
    <span className={`badge grade grade-${grade}`}>
      <span className="visually-hidden">{t('explainGrade')} </span>
      {t(GRADE_KEYS[grade])}
    </span>
  )
}

/** Where a term's value comes from: source, year and grade, or the setting or series. */
function Source({ p, unit, language }: { p: Provenance; unit: Term['unit']; language: Language }) {
  const t = useTranslate()
  switch (p.kind) {
    case 'series':
      return (
        <>
          {t('explainSeries')} <code>{p.id}</code>{' '}
          {p.year !== null ? `(${p.year})` : p.years ? `(${p.years[0]}–${p.years[1]})` : ''}
        </>
      )
    case 'assumption':
      return (
        <>
          {p.edited && (
            <span className="explain-edited">
              {t('explainEdited')} {formatValue(p.baselineValue, unit, language)}.{' '}
            </span>
          )}
          <span title={p.source?.url}>{p.source ? p.source.title : t('explainNoSource')}</span>,{' '}
          {p.year} <GradeBadge grade={p.grade} t={t} />
        </>
      )
    case 'table':
      return (
        <>
          <span title={p.source?.url}>{p.source ? p.source.title : t('explainNoSource')}</span>,{' '}
          {p.extendedFrom === null ? p.year : `${t('explainExtended')} ${p.extendedFrom}`}{' '}
          <GradeBadge grade={p.grade} t={t} />
        </>
      )
    case 'setting':
      return <>{t('explainSetting')}</>
    case 'computed':
      return <>{t('explainComputed')}</>
    case 'constant':
      return <>{t('explainConstant')}</>
  }
}

/** A term's row, then its sub-terms' rows when opened. */
function TermRows({
  term,
  path,
  level,
  open,
  toggle,
}: {
  term: Term
  path: string
  level: number
  open: ReadonlySet<string>
  toggle: (path: string) => void
}): ReactNode {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const label = term.label[language]
  const children = term.terms ?? []
  const expanded = open.has(path)
  return (
    <>
      <tr data-level={Math.min(level, 6)}>
        <th scope="row">
          <span className="explain-term">
            {children.length > 0 ? (
              <button
                type="button"
                className="explain-toggle"
                aria-expanded={expanded}
                aria-label={`${t(expanded ? 'explainHideDetail' : 'explainShowDetail')} ${label}`}
                onClick={() => toggle(path)}
              >
                {expanded ? '▾' : '▸'}
              </button>
            ) : (
              <span className="explain-toggle-space" aria-hidden="true" />
            )}
            <span>{label}</span>
          </span>
        </th>
        <td className="explain-value">{formatValue(term.value, term.unit, language)}</td>
        <td>
          <Source p={term.provenance} unit={term.unit} language={language} />
        </td>
      </tr>
      {expanded &&
        children.map((child) => (
          <TermRows
            key={child.key}
            term={child}
            path={`${path}/${child.key}`}
            level={level + 1}
            open={open}
            toggle={toggle}
          />
        ))}
    </>
  )
}

function ExplanationBody({ e, onClose }: { e: Explanation; onClose: () => void }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set())
  const toggle = (path: string) =>
    setOpen((before) => {
      const next = new Set(before)
      if (next.has(path)) next.delete(path)
      else next.add(path)
      return next
    })
  const heading = `${e.label[language]}${e.year !== null ? `, ${e.year}` : ''}`
  return (
    <div className="explain">
      <h2 id="explain-title">
        {t('explainWhy')} <span className="explain-subject">{heading}</span>
      </h2>
      <p className="explain-figure" data-testid="explain-value">
        {shownValue(e.value, e.unit, language)}
      </p>
      <p className="explain-equation" data-testid="explain-equation">
        {e.equation[language]}
      </p>
      <TableScroll label={t('explainTermsCaption')}>
        <table className="data-table explain-terms">
          <caption className="visually-hidden">{t('explainTermsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('explainTermCol')}</th>
              <th scope="col">{t('explainValueCol')}</th>
              <th scope="col">{t('explainSourceCol')}</th>
            </tr>
          </thead>
          <tbody>
            {e.terms.map((term) => (
              <TermRows
                key={term.key}
                term={term}
                path={term.key}
                level={0}
                open={open}
                toggle={toggle}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
      {e.formula !== null && (
        <p className="hint" data-testid="explain-recomputed">
          {t('explainRecomputed')} {shownValue(recombine(e.formula, e.terms), e.unit, language)}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t('close')}
        </button>
      </div>
    </div>
  )
}

/** "Why this number?": the figure's equation in words and its terms, for the scenario edited. */
export function ExplainDialog({
  target,
  onClose,
}: {
  target: ExplainTarget | null
  onClose: () => void
}) {
  const t = useTranslate()
  const draft = useLevier((s) => s.draft)
  const projection = useLevier((s) => (s.draftId === s.selectedId ? s.liveProjection : null))
  const result = useMemo(() => {
    if (!target || !draft || !projection) return null
    const parsed = parseScenario(draft)
    if (!parsed.ok) return { error: parsed.errors.join('; ') }
    try {
      return { explanation: explain(target, projection, parsed.scenario, parsed.baseline) }
    } catch (error) {
      return { error: (error as Error).message }
    }
  }, [target, draft, projection])
  return (
    <Modal
      open={result !== null}
      onClose={onClose}
      labelledBy="explain-title"
      className="explain-dialog"
    >
      {result?.explanation && (
        <ExplanationBody
          key={JSON.stringify(result.explanation.target)}
          e={result.explanation}
          onClose={onClose}
        />
      )}
      {result?.error !== undefined && (
        <>
          <h2 id="explain-title">{t('explainWhy')}</h2>
          <p role="alert" className="field-error">
            {t('explainUnavailable')} {result.error}
          </p>
          <div className="actions">
            <button type="button" onClick={onClose}>
              {t('close')}
            </button>
          </div>
        </>
      )}
    </Modal>
  )
}

/** The button a figure becomes: its value, named for what it explains. */
export function ExplainButton({
  label,
  value,
  onExplain,
  tabIndex,
  cell,
  onFocus,
  children,
}: {
  label: string
  value: string
  onExplain: () => void
  /** In a grid with one tab stop: 0 for the current cell, −1 for the others. */
  tabIndex?: number
  cell?: string
  onFocus?: () => void
  children: ReactNode
}) {
  const t = useTranslate()
  return (
    <button
      type="button"
      className="explain-trigger"
      aria-label={`${t('explainWhy')} ${label}${t('colon')} ${value}`}
      onClick={onExplain}
      onFocus={onFocus}
      tabIndex={tabIndex}
      data-cell={cell}
    >
      {children}
    </button>
  )
}
