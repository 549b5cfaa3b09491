import type { Curve } from '@shared/model/scenario/scenario-schema'
import type { SectorId } from '@shared/model/engine/ids'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { formatParam, ParamField } from './adoption-number-field'
import type { ParamSpec } from './adoption-number-field'

type Bass = Extract<Curve, { type: 'bass' }>
type Logistic = Extract<Curve, { type: 'logistic' }>

/** Bounds as in the scenario schema; sliders cover the values people actually use. */
const CEILING: ParamSpec = {
  label: 'adoptionCeiling',
  kind: 'share',
  min: 0,
  max: 1,
  sliderMax: 1,
  step: 0.005,
}
const BASS: Record<'p' | 'q' | 'start', ParamSpec> = {
  p: { label: 'adoptionP', kind: 'number', min: 0, max: 1, sliderMax: 0.2, step: 0.001 },
  q: { label: 'adoptionQ', kind: 'number', min: 0, max: 2, sliderMax: 1, step: 0.01 },
  start: { label: 'adoptionStart', kind: 'share', min: 0, max: 1, sliderMax: 1, step: 0.005 },
}
const LOGISTIC: Record<'midpoint' | 'steepness', ParamSpec> = {
  midpoint: {
    label: 'adoptionMidpoint',
    kind: 'year',
    min: 1990,
    max: 2100,
    sliderMax: 2100,
    step: 1,
  },
  steepness: {
    label: 'adoptionSteepness',
    kind: 'number',
    min: 0.01,
    max: 5,
    sliderMax: 2,
    step: 0.01,
  },
}

/** The parameters of a Bass or logistic curve; every change is applied to the draft at once. */
export function CurveParams({
  sector,
  curve,
  startYear,
  onChange,
}: {
  sector: SectorId
  curve: Bass | Logistic
  startYear: number
  onChange: (curve: Curve, sliding: boolean) => void
}) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const id = (key: string) => `adoption-${sector}-${key}`
  const errorKey = (key: string) => `adoption.${sector}.${key}`
  // The two shape parameters of either curve, then its ceiling; a Bass curve also has its start.
  const shape: [string, ParamSpec, number][] =
    curve.type === 'bass'
      ? [
          ['p', BASS.p, curve.p],
          ['q', BASS.q, curve.q],
        ]
      : [
          ['midpoint', LOGISTIC.midpoint, curve.midpoint],
          ['steepness', LOGISTIC.steepness, curve.steepness],
        ]
  return (
    <>
      {shape.map(([key, spec, value]) => (
        <ParamField
          key={key}
          id={id(key)}
          spec={spec}
          value={value}
          errorKey={errorKey(key)}
          onChange={(next, sliding) => onChange({ ...curve, [key]: next }, sliding)}
        />
      ))}
      <ParamField
        id={id('ceiling')}
        spec={CEILING}
        value={curve.ceiling}
        errorKey={errorKey('ceiling')}
        // A ceiling lowered below a Bass curve's start takes the start down with it.
        onChange={(ceiling, sliding) =>
          onChange(
            curve.type === 'bass'
              ? { ...curve, ceiling, start: Math.min(curve.start, ceiling) }
              : { ...curve, ceiling },
            sliding,
          )
        }
      />
      {curve.type === 'bass' && (
        <ParamField
          id={id('start')}
          spec={{ ...BASS.start, sliderMax: curve.ceiling }}
          labelSuffix={` (${formatParam(startYear, 'year', language)})`}
          value={curve.start}
          errorKey={errorKey('start')}
          check={(start) =>
            start > curve.ceiling
              ? `${t('adoptionStartAboveCeiling')} ${formatParam(curve.ceiling, 'share', language)}`
              : null
          }
          onChange={(start, sliding) => onChange({ ...curve, start }, sliding)}
        />
      )}
    </>
  )
}
