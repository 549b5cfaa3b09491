import { useEffect, useRef, useState } from 'react'
import { BRIEF_SECTIONS } from '@shared/brief/brief-options'
import type { BriefOptions } from '@shared/brief/brief-options'
import { useTranslate } from '../i18n/use-translate'
import { useReturnFocus } from '../components/use-return-focus'
import { useLevier } from '../store'
import { BriefDocument } from './brief-document'
import { BriefPdfDownload } from './brief-pdf-download'
import { BriefPdfSave } from './brief-pdf-save'
import { BriefPrintRoot } from './brief-print-root'
import { briefFor, uncertaintyAvailable } from './brief-source'

const TEXT_LIMITS = { author: 200, organisation: 200, summary: 5000, caveats: 5000 } as const
type TextField = keyof typeof TEXT_LIMITS

/**
 * The brief's options (language, paper, author, free texts, sections, uncertainty), a preview of
 * the document, and the ways out: Print (the browser's or the app's print window) and, in the
 * desktop app, Save as PDF. Every change is validated against the options schema before it is kept.
 */
export function BriefDialog() {
  const target = useLevier((s) => s.briefTarget)
  const close = useLevier((s) => s.closeBrief)
  const ref = useRef<HTMLDivElement>(null)
  useReturnFocus(target !== null)
  useEffect(() => {
    if (target !== null) ref.current?.querySelector<HTMLElement>('select, input')?.focus()
  }, [target])
  if (target === null) return null
  // Not a modal <dialog>: Chromium closes an open modal dialog when the page is printed, which
  // would take the brief being printed with it. An overlay pane keeps the brief open while printing.
  return (
    <div className="brief-overlay">
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby="brief-dialog-title"
        className="brief-dialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape') close()
        }}
      >
        <BriefDialogBody />
      </div>
    </div>
  )
}

function BriefDialogBody() {
  const t = useTranslate()
  const state = useLevier((s) => s)
  const { briefTarget, briefOptions, briefPreview, closeBrief, setBriefOptions, setBriefPreview } =
    state
  const [options, setOptions] = useState<BriefOptions>(briefOptions)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [now] = useState(() => new Date())
  const canUncertainty = uncertaintyAvailable(state)
  const effective = canUncertainty ? options : { ...options, uncertainty: false }
  const view = briefFor(state, effective, now)
  const desktop = state.appInfo?.host === 'desktop'

  const change = (next: BriefOptions) => {
    setOptions(next)
    const refused = setBriefOptions(next)
    setErrors(Object.fromEntries((refused ?? []).map((r) => [r.field, r.message])))
  }
  const text = (field: TextField, multiline: boolean) => {
    const id = `brief-${field}`
    const label = t(
      field === 'author'
        ? 'briefAuthor'
        : field === 'organisation'
          ? 'briefOrganisation'
          : field === 'summary'
            ? 'briefSummary'
            : 'briefCaveats',
    )
    const props = {
      id,
      value: options[field],
      maxLength: TEXT_LIMITS[field],
      'aria-describedby': `${id}-hint`,
      'aria-invalid': errors[field] ? true : undefined,
      onChange: (e: { target: { value: string } }) =>
        change({ ...options, [field]: e.target.value }),
    }
    return (
      <div className="brief-field">
        <label htmlFor={id}>{label}</label>
        {multiline ? <textarea rows={4} {...props} /> : <input type="text" {...props} />}
        <span id={`${id}-hint`} className="hint">
          {options[field].length} / {TEXT_LIMITS[field]} {t('briefCharLimit')}
        </span>
        {errors[field] && <p className="field-error">{errors[field]}</p>}
      </div>
    )
  }
  return (
    <div className={briefPreview ? 'brief-dialog-body with-preview' : 'brief-dialog-body'}>
      <form className="form brief-options" onSubmit={(e) => e.preventDefault()}>
        <h2 id="brief-dialog-title">{t('briefDialogTitle')}</h2>
        <p className="hint">
          {briefTarget === 'comparison' ? t('briefDialogComparison') : t('briefDialogScenario')}
        </p>
        <div className="brief-row">
          <div className="brief-field">
            <label htmlFor="brief-language">{t('briefLanguage')}</label>
            <select
              id="brief-language"
              value={options.language}
              onChange={(e) => change({ ...options, language: e.target.value as 'fr' | 'en' })}
            >
              <option value="fr">Français</option>
              <option value="en">English</option>
            </select>
          </div>
          <div className="brief-field">
            <label htmlFor="brief-paper">{t('briefPaper')}</label>
            <select
              id="brief-paper"
              value={options.paper}
              onChange={(e) => change({ ...options, paper: e.target.value as 'A4' | 'Letter' })}
            >
              <option value="A4">A4</option>
              <option value="Letter">Letter</option>
            </select>
          </div>
        </div>
        {text('author', false)}
        {text('organisation', false)}
        {text('summary', true)}
        {text('caveats', true)}
        <fieldset>
          <legend>{t('briefSectionsLegend')}</legend>
          {BRIEF_SECTIONS.filter((s) =>
            briefTarget === 'comparison'
              ? // The comparison table gives the consumer's indicators scenario by scenario.
                s !== 'consumer'
              : s !== 'comparison' && s !== 'attribution',
          ).map((section) => (
            <label key={section} className="brief-check">
              <input
                type="checkbox"
                checked={options.sections[section]}
                onChange={(e) =>
                  change({
                    ...options,
                    sections: { ...options.sections, [section]: e.target.checked },
                  })
                }
              />
              {t(`briefSection_${section}`)}
            </label>
          ))}
        </fieldset>
        <label className="brief-check">
          <input
            type="checkbox"
            checked={canUncertainty && options.uncertainty}
            disabled={!canUncertainty}
            aria-describedby={canUncertainty ? undefined : 'brief-uncertainty-hint'}
            onChange={(e) => change({ ...options, uncertainty: e.target.checked })}
          />
          {t('briefUncertainty')}
        </label>
        {!canUncertainty && briefTarget === 'scenario' && (
          <p id="brief-uncertainty-hint" className="hint">
            {t('briefUncertaintyMissing')}
          </p>
        )}
        {!view && <p className="field-error">{t('briefUnavailable')}</p>}
        <div className="actions">
          <button
            type="button"
            disabled={!view}
            aria-pressed={briefPreview}
            onClick={() => setBriefPreview(!briefPreview)}
          >
            {briefPreview ? t('briefHidePreview') : t('briefPreview')}
          </button>
          <button type="button" disabled={!view} onClick={() => window.print()}>
            {t('briefPrint')}
          </button>
          <button type="button" onClick={closeBrief}>
            {t('close')}
          </button>
        </div>
        {desktop ? (
          view && <BriefPdfSave title={view.content.title} />
        ) : (
          <>
            {view && <BriefPdfDownload title={view.content.title} />}
            <p className="hint">{t('briefPrintHint')}</p>
          </>
        )}
      </form>
      {briefPreview && view && (
        <section className="brief-preview" aria-label={t('briefPreviewLabel')} tabIndex={0}>
          <div className={`brief-sheet paper-${effective.paper}`}>
            <BriefDocument view={view} options={effective} />
          </div>
        </section>
      )}
      {view && <BriefPrintRoot view={view} options={effective} />}
    </div>
  )
}
