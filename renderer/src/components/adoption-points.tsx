import { nextPoint, withoutPoint } from '@shared/model/scenario/curve-preview'
import type { CurvePoint, YearSpan } from '@shared/model/scenario/curve-preview'
import type { SectorId } from '@shared/model/engine/ids'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { ExactNumber, FieldError, formatParam } from './adoption-number-field'

/**
 * The drawn curve's points as a table of exact fields: the keyboard's way to draw, and the way to
 * type a value read in a report. Years stay within the simulated years, one point per year.
 */
export function PointsTable({
  sector,
  points,
  span,
  onChange,
}: {
  sector: SectorId
  points: readonly CurvePoint[]
  span: YearSpan
  onChange: (points: CurvePoint[]) => void
}) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const added = nextPoint(points, span)
  const yearSpec = { kind: 'year', min: span.first, max: span.last } as const
  const valueSpec = { kind: 'share', min: 0, max: 1 } as const
  const move = (from: number, to: number) =>
    onChange(
      points.map((p) => (p.year === from ? { ...p, year: to } : p)).sort((a, b) => a.year - b.year),
    )
  const revalue = (year: number, value: number) =>
    onChange(points.map((p) => (p.year === year ? { year, value } : p)))
  return (
    <div className="adoption-points">
      <table className="data-table">
        <caption>{t('adoptionPointsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('adoptionYear')}</th>
            <th scope="col">{t('adoptionValue')} (%)</th>
            <th scope="col">
              <span className="visually-hidden">{t('adoptionActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((point, index) => {
            const year = formatParam(point.year, 'year', language)
            const id = `adoption-${sector}-point-${point.year}`
            const yearKey = `adoption.${sector}.points.${point.year}.year`
            const valueKey = `adoption.${sector}.points.${point.year}.value`
            return (
              // Rows by position: a row whose year changes keeps its fields and their focus.
              <tr key={index}>
                <td>
                  <ExactNumber
                    id={`${id}-year`}
                    value={point.year}
                    spec={yearSpec}
                    errorKey={yearKey}
                    label={`${t('adoptionYear')} — ${year}`}
                    check={(to) =>
                      to !== point.year && points.some((p) => p.year === to)
                        ? t('adoptionYearTaken')
                        : null
                    }
                    onCommit={(to) => move(point.year, to)}
                  />
                  <FieldError id={`${id}-year`} errorKey={yearKey} />
                </td>
                <td>
                  <ExactNumber
                    id={`${id}-value`}
                    value={point.value}
                    spec={valueSpec}
                    errorKey={valueKey}
                    label={`${t('adoptionValue')} — ${year}`}
                    onCommit={(value) => revalue(point.year, value)}
                  />
                  <FieldError id={`${id}-value`} errorKey={valueKey} />
                </td>
                <td>
                  <button
                    type="button"
                    disabled={points.length < 2}
                    aria-label={`${t('adoptionRemovePoint')} ${year}`}
                    title={`${t('adoptionRemovePoint')} ${year}`}
                    onClick={() => onChange(withoutPoint(points, point.year))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <div className="actions start">
        <button
          type="button"
          disabled={added === null}
          onClick={() => added && onChange([...points, added].sort((a, b) => a.year - b.year))}
        >
          {t('adoptionAddPoint')}
        </button>
      </div>
    </div>
  )
}
