import type { Language } from '@shared/app-identity'
import { getBaseline } from '@shared/model/baseline/baselines'
import { LEVER_DEFINITIONS } from '@shared/model/levers/lever-definitions'
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
    if (sector) return `Adoption${language === 'fr' ? ' : ' : ': '}${sector.label[language]}`
  }
  if (path === 'horizon.end') return language === 'fr' ? 'Fin de l’horizon' : 'End of the horizon'
  if (path === 'horizon.start')
    return language === 'fr' ? 'Début de l’horizon' : 'Start of the horizon'
  if (path.startsWith('assumptions.')) {
    const entry = baseline.assumptions[path.slice('assumptions.'.length)]
    if (entry) return entry.label[language]
  }
  return path
}

export function shown(value: unknown, unit: string | null, language: Language): string {
  if (typeof value === 'number')
    return unit ? formatValue(value, unit as Unit, language) : String(value)
  if (typeof value === 'boolean')
    return language === 'fr' ? (value ? 'oui' : 'non') : value ? 'yes' : 'no'
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

const CURVE_NAMES = {
  bass: { fr: 'Bass', en: 'Bass' },
  logistic: { fr: 'logistique', en: 'logistic' },
  drawn: { fr: 'tracée', en: 'drawn' },
} as const

/** A sector's adoption settings in a few words: the curve type and its main figures. */
function curveText(settings: object, language: Language): string {
  const { curve, respondsToCost } = settings as {
    curve: { type: keyof typeof CURVE_NAMES } & Record<string, unknown>
    respondsToCost?: boolean
  }
  const share = (v: unknown) => (typeof v === 'number' ? formatValue(v, 'share', language) : '—')
  const number = (v: unknown) =>
    typeof v === 'number' ? formatValue(v, 'elasticity', language) : '—'
  const fr = language === 'fr'
  const details =
    curve.type === 'bass'
      ? `p = ${number(curve.p)}, q = ${number(curve.q)}, ${fr ? 'plafond' : 'ceiling'} ${share(curve.ceiling)}`
      : curve.type === 'logistic'
        ? `${fr ? 'point médian' : 'midpoint'} ${String(curve.midpoint)}, ${fr ? 'plafond' : 'ceiling'} ${share(curve.ceiling)}`
        : `${Array.isArray(curve.points) ? curve.points.length : 0} ${fr ? 'points' : 'points'}`
  const cost = respondsToCost === false ? (fr ? ', sans effet prix' : ', no cost response') : ''
  return `${CURVE_NAMES[curve.type]?.[language] ?? curve.type} (${details}${cost})`
}
