import type { Language } from '@shared/app-identity'
import type { AdoptionFit } from '@shared/model/baseline/adoption-fit'
import type { Baseline } from '@shared/model/baseline/baseline-schema'
import type { SectorId } from '@shared/model/engine/ids'
import { formatNumber, formatValue } from '../format/format-value'
import type { Translate } from '../i18n/translate'
import { formatParam } from './adoption-number-field'

/** A change of adoption in percentage points, signed, to two decimals (residuals are small). */
function pointsText(share: number, language: Language, t: Translate, signed = false): string {
  const value = formatNumber(100 * share, language, 2)
  const sign = signed && share > 0 ? '+' : ''
  return `${sign}${value} ${t('adoptionFitPointsUnit')}`
}

/**
 * How the baseline's default curve was obtained: fitted to the sector's observations (p, q, RMSE,
 * first projected step against the observed pace, one row per observation) or pooled from the
 * fitted sectors when the sector has no observation of its own. Model 2.0.0's rule made visible:
 * fit what is observed before projecting it.
 */
export function AdoptionFitFacts({
  fit,
  baseline,
  t,
  language,
}: {
  fit: AdoptionFit
  baseline: Baseline
  t: Translate
  language: Language
}) {
  const share = (v: number) => formatValue(v, 'share', language, { digits: 2 })
  const year = (y: number) => formatValue(y, 'year', language)
  const pooledFrom = fit.pooledFrom.map((s: SectorId) => baseline.sectors[s].label[language])
  return (
    <div className="adoption-fit" data-testid="adoption-fit">
      <p data-testid="adoption-fit-method">
        {fit.method === 'fitted' ? t('adoptionFitMethodFitted') : t('adoptionFitMethodPooled')}
        {fit.method === 'pooled' &&
          pooledFrom.length > 0 &&
          ` (${t('adoptionFitPooledFrom')} ${pooledFrom.join(', ')})`}
        {' · '}p = {formatParam(fit.p, 'number', language)} · q ={' '}
        {formatParam(fit.q, 'number', language)}
        {fit.rmse !== null && ` · ${t('adoptionFitRmse')} ${pointsText(fit.rmse, language, t)}`}
      </p>
      <p>
        {t('adoptionFitFirstStep')} ({year(fit.baseYear)}–{year(fit.baseYear + 1)}){' '}
        {pointsText(fit.firstStep, language, t, true)}
        {fit.observedPace !== null &&
          ` · ${t('adoptionFitObservedPace')} ${pointsText(fit.observedPace, language, t, true)}`}
      </p>
      <table className="data-table">
        <caption>{t('adoptionFitResidualsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('adoptionYear')}</th>
            <th scope="col">{t('adoptionFitObserved')}</th>
            <th scope="col">{t('adoptionFitFitted')}</th>
            <th scope="col">
              {t('adoptionFitResidual')} ({t('adoptionFitPointsUnit')})
            </th>
          </tr>
        </thead>
        <tbody>
          {fit.residuals.map((r) => (
            <tr key={r.year}>
              <th scope="row">
                {year(r.year)}
                {r.anchor && ` (${t('adoptionFitAnchor')})`}
              </th>
              <td>{share(r.observed)}</td>
              <td>{share(r.fitted)}</td>
              <td>{formatNumber(100 * r.residual, language, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
