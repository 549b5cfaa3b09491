import { useMemo } from 'react'
import type { Language } from '@shared/app-identity'
import { adoptionFit } from '@shared/model/baseline/adoption-fit'
import type { Baseline } from '@shared/model/baseline/baseline-schema'
import { getBaseline } from '@shared/model/baseline/baselines'
import { convertCurve } from '@shared/model/scenario/curve-preview'
import type { CurveType } from '@shared/model/scenario/curve-preview'
import { SECTOR_IDS } from '@shared/model/engine/ids'
import type { SectorId } from '@shared/model/engine/ids'
import type { Curve } from '@shared/model/scenario/scenario-schema'
import { formatValue } from '../format/format-value'
import type { MessageKey, Translate } from '../i18n/translate'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import type { ScenarioDocument } from '../store/types'
import { AdoptionChart, projectedAdoption } from './adoption-chart'
import { AdoptionFitFacts } from './adoption-fit-table'
import { formatParam } from './adoption-number-field'
import { CurveParams } from './adoption-params'
import { PointsTable } from './adoption-points'
import { effectiveSettings, useSectorEditor } from './adoption-sector'

const TYPES: ReadonlyArray<{ id: CurveType; label: MessageKey }> = [
  { id: 'bass', label: 'adoptionTypeBass' },
  { id: 'logistic', label: 'adoptionTypeLogistic' },
  { id: 'drawn', label: 'adoptionTypeDrawn' },
]

/**
 * The baseline's curve of a sector (p and q fitted to what was observed, or pooled), its source and
 * grade, what was observed, and how well the curve fits it.
 */
function BaselineFacts({
  baseline,
  sector,
  t,
  language,
}: {
  baseline: Baseline
  sector: SectorId
  t: Translate
  language: Language
}) {
  const d = baseline.sectors[sector].curveDefaults
  const fit = adoptionFit(baseline, sector)
  const observed = baseline.sectors[sector].observedAdoption
  const source = d.source === null ? null : baseline.sources[d.source]
  const share = (v: number) => formatValue(v, 'share', language)
  const gradeKey = `adoptionGrade${d.grade}` as MessageKey
  return (
    <dl className="adoption-facts">
      <dt>{t('adoptionDefaultsTitle')}</dt>
      <dd>
        {t('adoptionTypeBass')} · p = {formatParam(fit.p, 'number', language)} · q ={' '}
        {formatParam(fit.q, 'number', language)} · {t('adoptionCeiling')} {share(d.ceiling)} ·{' '}
        {t('adoptionStart')} {share(d.adoption2024)} (
        {formatValue(baseline.baseYear, 'year', language)})
      </dd>
      <dt>{t('adoptionSourceLabel')}</dt>
      <dd>
        {source ? <cite title={source.url}>{source.title}</cite> : t('adoptionNoSource')} —{' '}
        {t(gradeKey)}, {formatValue(d.year, 'year', language)}
      </dd>
      <dt>{t('adoptionObservedLabel')}</dt>
      <dd>
        {observed.length === 0
          ? t('adoptionObservedNone')
          : observed
              .map((p) => `${share(p.value)} (${formatValue(p.year, 'year', language)})`)
              .join(' · ')}
      </dd>
      <dt>{t('adoptionFitResidualsTitle')}</dt>
      <dd>
        <AdoptionFitFacts fit={fit} baseline={baseline} t={t} language={language} />
      </dd>
    </dl>
  )
}

/** Per sector: the adoption curve's type and parameters, or points drawn by hand, with a preview. */
function SectorEditor({ draft, sector }: { draft: ScenarioDocument; sector: SectorId }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const projection = useLevier((s) => s.liveProjection)
  const fieldErrors = useLevier((s) => s.fieldErrors)
  const setFieldError = useLevier((s) => s.setFieldError)
  const editor = useSectorEditor(draft, sector)
  const { baseline, settings, custom, baselineCurve, span } = editor
  const curve = settings.curve
  const sectorLabel = baseline.sectors[sector].label[language]
  const observed = baseline.sectors[sector].observedAdoption
  const projected = useMemo(() => projectedAdoption(projection, sector), [projection, sector])
  // The fit is cached per baseline: the same path object on every render.
  const fitted = adoptionFit(baseline, sector).path
  const input = useMemo(
    () => ({ curve, baselineCurve, span, observed, projected, fitted }),
    [curve, baselineCurve, span, observed, projected, fitted],
  )
  /** Refusals typed for this sector's fields no longer apply once the curve is replaced. */
  const clearErrors = () => {
    for (const key of Object.keys(fieldErrors))
      if (key.startsWith(`adoption.${sector}.`)) setFieldError(key, null)
  }
  const setType = (type: CurveType) => {
    // Converting to Bass starts from the fitted p (and q where no path can be fitted).
    const fit = adoptionFit(baseline, sector)
    clearErrors()
    editor.setCurve(convertCurve(curve, type, span, { bassP: fit.p, bassQ: fit.q }))
  }
  const storeError =
    fieldErrors[`sectors.${sector}.curve`] ??
    fieldErrors[`sectors.${sector}.respondsToCost`] ??
    fieldErrors[`sectors.${sector}`]
  const drawn = curve.type === 'drawn'
  const setPoints = (
    points: Extract<Curve, { type: 'drawn' }>['points'],
    sliding: boolean | string = false,
  ) => editor.setCurve({ type: 'drawn', points }, sliding)
  return (
    <>
      <div className="adoption-status">
        <span className={custom ? 'badge custom' : 'badge'} data-testid="adoption-status">
          {custom ? t('adoptionUsesCustom') : t('adoptionUsesDefault')}
        </span>
        {custom && (
          <button
            type="button"
            onClick={() => {
              clearErrors()
              editor.reset()
            }}
          >
            {t('adoptionReset')}
          </button>
        )}
      </div>
      <AdoptionChart
        id={`adoption-${sector}`}
        title={`${t('adoptionPreviewTitle')} — ${sectorLabel}`}
        input={input}
        filePrefix={draft.name}
        onDraw={drawn ? setPoints : null}
      />
      <fieldset className="adoption-type">
        <legend>{t('adoptionCurveType')}</legend>
        {TYPES.map((type) => (
          <label key={type.id}>
            <input
              type="radio"
              name={`adoption-${sector}-type`}
              value={type.id}
              checked={curve.type === type.id}
              onChange={() => setType(type.id)}
            />
            {t(type.label)}
          </label>
        ))}
      </fieldset>
      <div className="adoption-params">
        {curve.type === 'drawn' ? (
          <PointsTable sector={sector} points={curve.points} span={span} onChange={setPoints} />
        ) : (
          <CurveParams
            sector={sector}
            curve={curve}
            startYear={span.first}
            onChange={(next, sliding) => editor.setCurve(next, sliding)}
          />
        )}
        <div className="lever-field switch">
          <input
            id={`adoption-${sector}-responds`}
            type="checkbox"
            checked={settings.respondsToCost}
            onChange={(e) => editor.setRespondsToCost(e.target.checked)}
          />
          <label htmlFor={`adoption-${sector}-responds`}>{t('adoptionRespondsToCost')}</label>
        </div>
      </div>
      {storeError && (
        <p role="alert" className="field-error">
          {storeError}
        </p>
      )}
      <BaselineFacts baseline={baseline} sector={sector} t={t} language={language} />
    </>
  )
}

/** The Adoption tab: pick a sector, then edit its curve against the baseline's and history. */
export function AdoptionPanel() {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const draft = useLevier((s) => s.draft)
  // Kept in the store, so the sector stays chosen when the analyst looks at another tab.
  const sector = useLevier((s) => s.adoptionSector)
  const setSector = useLevier((s) => s.setAdoptionSector)
  if (!draft) return null
  const baseline = getBaseline(draft.baseline)
  return (
    <section className="adoption" aria-labelledby="adoption-title">
      <h2 id="adoption-title" className="visually-hidden">
        {t('adoptionTitle')}
      </h2>
      <div className="lever-field">
        <label htmlFor="adoption-sector">{t('adoptionSector')}</label>
        <select
          id="adoption-sector"
          value={sector}
          onChange={(e) => setSector(e.target.value as SectorId)}
        >
          {SECTOR_IDS.map((id) => (
            <option key={id} value={id}>
              {baseline.sectors[id].label[language]}
              {effectiveSettings(draft, baseline, id).custom ? ` — ${t('adoptionCustomMark')}` : ''}
            </option>
          ))}
        </select>
      </div>
      <SectorEditor key={sector} draft={draft} sector={sector} />
    </section>
  )
}
