import { useState } from 'react'
import type { ExplainTarget } from '@shared/model/explain'
import { INDICATORS } from '@shared/model/series'
import { formatValue } from '../format/format-value'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { ExplainButton, ExplainDialog, shownValue } from './explain-dialog'

export const HEADLINES = [
  'gap_final',
  'gap_final_pct_gdp',
  'gap_change_cumulative',
  'coverage_ratio_cumulative',
  'jobs_displaced_peak',
  'consumer_work_hours_final',
  'consumer_work_value_final',
] as const

/** Who bears the levers' cost, as shares of it. */
const INCIDENCE = [
  'incidence_platforms',
  'incidence_french_firms',
  'incidence_consumers',
  'incidence_workers',
] as const

/** The headline figures: live while the scenario is edited, as last saved otherwise. */
export function HeadlineCards() {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const saved = useLevier((s) => s.versions[0]?.indicators ?? null)
  const projection = useLevier((s) => (s.draftId === s.selectedId ? s.liveProjection : null))
  const live = projection
    ? Object.fromEntries(projection.indicators.map((i) => [i.id, i.value]))
    : null
  const values = live ?? saved
  const [explaining, setExplaining] = useState<ExplainTarget | null>(null)
  if (!values) return null
  /** Live figures open their explanation; saved ones have no projection to explain them from. */
  const figure = (id: string, label: string, text: string) =>
    live ? (
      <ExplainButton
        label={label}
        value={text}
        onExplain={() => setExplaining({ kind: 'indicator', id })}
      >
        {text}
      </ExplainButton>
    ) : (
      text
    )
  return (
    <section aria-labelledby="headline-title">
      <h2 id="headline-title">{live ? t('headlineLiveTitle') : t('headlineTitle')}</h2>
      {live && <p className="hint">{t('explainHint')}</p>}
      <dl className="cards">
        {HEADLINES.map((id) => {
          const spec = INDICATORS.find((i) => i.id === id)
          const value = values[id]
          if (!spec || value === undefined) return null
          return (
            <div className="card" key={id}>
              <dt>{spec[language]}</dt>
              <dd data-testid={`headline-${id}`}>
                {/* Coverage is capped (see docs/model.md): at the cap, it says "at least". */}
                {figure(id, spec[language], shownValue(value, spec.unit, language))}
              </dd>
            </div>
          )
        })}
        <div className="card incidence">
          <dt>{t('incidenceTitle')}</dt>
          <dd>
            <ul>
              {INCIDENCE.map((id) => {
                const spec = INDICATORS.find((i) => i.id === id)
                const value = values[id]
                if (!spec || value === undefined) return null
                return (
                  <li key={id} data-testid={`headline-${id}`}>
                    {spec[language].replace(/^Incidence ?: /, '')}
                    {language === 'fr' ? ' : ' : ': '}
                    {figure(id, spec[language], formatValue(value, spec.unit, language))}
                  </li>
                )
              })}
            </ul>
          </dd>
        </div>
      </dl>
      <ExplainDialog target={explaining} onClose={() => setExplaining(null)} />
    </section>
  )
}
