import type { Language } from '@shared/app-identity'
import { translator } from '../i18n/translate'
import type { MessageKey } from '../i18n/translate'
import { getBaseline } from '@shared/model/baseline/baselines'
import { LEVER_DEFINITIONS } from '@shared/model/levers/lever-definitions'
import { isSchedule } from '@shared/model/levers/schedule'
import { fieldScheduleText } from '@shared/format/schedule-text'
import type { Unit } from '@shared/model/engine/units'
import { formatValue } from '../format/format-value'

/**
 * How a scenario input is named and written for people, wherever inputs are listed: the history's
 * changes and the comparison's differences.
 */
const LEVER_LABELS = new Map(LEVER_DEFINITIONS.map((f) => [f.path, f.label]))

export function fieldLabel(path: string, language: Language): string {
  const lever = LEVER_LABELS.get(path)
  if (lever) return lever[language]
  const baseline = getBaseline('fr-2024')
  if (path.startsWith('sectors.')) {
    const sector = (baseline.sectors as Record<string, { label: Record<Language, string> }>)[
      path.slice('sectors.'.length)
    ]
    if (sector) return translator(language)('input.adoption', { sector: sector.label[language] })
  }
  if (path === 'horizon.end') return translator(language)('input.horizonEnd')
  if (path === 'horizon.start') return translator(language)('input.horizonStart')
  if (path.startsWith('assumptions.')) {
    const entry = baseline.assumptions[path.slice('assumptions.'.length)]
    if (entry) return entry.label[language]
  }
  return path
}

/** A value as written for people; `path` says which lever field a schedule by year belongs to. */
export function shown(value: unknown, unit: string | null, language: Language, path = ''): string {
  if (typeof value === 'number')
    return unit ? formatValue(value, unit as Unit, language) : String(value)
  if (isSchedule(value) && unit)
    return fieldScheduleText(path, value, (v) => formatValue(v, unit as Unit, language), language)
  if (typeof value === 'boolean') return translator(language)(value ? 'yes' : 'no')
  if (value === null || value === undefined) return '—'
  if (typeof value === 'object' && 'curve' in value) return curveText(value, language)
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

const CURVE_NAMES: Readonly<Record<string, MessageKey>> = {
  bass: 'input.curve.bass',
  logistic: 'input.curve.logistic',
  drawn: 'input.curve.drawn',
}

/** A sector's adoption settings in a few words: the curve type and its main figures. */
function curveText(settings: object, language: Language): string {
  const { curve, respondsToCost } = settings as {
    curve: { type: string } & Record<string, unknown>
    respondsToCost?: boolean
  }
  const share = (v: unknown) => (typeof v === 'number' ? formatValue(v, 'share', language) : '—')
  const number = (v: unknown) =>
    typeof v === 'number' ? formatValue(v, 'elasticity', language) : '—'
  const t = translator(language)
  const details =
    curve.type === 'bass'
      ? t('input.bassDetails', {
          p: number(curve.p),
          q: number(curve.q),
          ceiling: share(curve.ceiling),
        })
      : curve.type === 'logistic'
        ? t('input.logisticDetails', {
            midpoint: String(curve.midpoint),
            ceiling: share(curve.ceiling),
          })
        : t('input.drawnDetails', { count: Array.isArray(curve.points) ? curve.points.length : 0 })
  const cost = respondsToCost === false ? `, ${t('input.noCostResponse')}` : ''
  const name = CURVE_NAMES[curve.type]
  return `${name ? t(name) : curve.type} (${details}${cost})`
}
