import { useState } from 'react'
import type { ReactNode } from 'react'
import type { Language } from '@shared/app-identity'
import { getBaseline } from '@shared/model/baseline/baselines'
import type { ExplainTarget } from '@shared/model/explain/explain'
import { INDICATORS } from '@shared/model/engine/series'
import type { Projection } from '@shared/model/engine/simulate'
import type { Unit } from '@shared/model/engine/units'
import { formatValue } from '../format/format-value'
import type { MessageKey, Translate } from '../i18n/translate'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import { EffectBandNote } from './effect-band'
import { ExplainButton, ExplainDialog, shownValue } from './explain-dialog'
import { ConsumerCards } from './consumer-cards'
import { CONSUMER_HEADLINES } from './consumer-data'
import { balanceCard } from './headline-data'
import type { CardScenario } from './headline-data'
import { CostCard, YieldCard } from './headline-tables'
import { Tabs } from './tabs'
import './headline-cards.css'

/** The indicators the cards show, for tests and the report of what changed. */
export const HEADLINES = [
  'robss_balance_final',
  'robss_balance_final_pct_gdp',
  'unedic_balance_final',
  'apu_effect_final',
  'apu_effect_cumulative',
  'apu_effect_pv',
  'increment_total_final',
  'increment_total_full',
  'increment_total_cumulative',
  'increment_total_pv',
  'coproduction_effect_final',
  'coproduction_effect_cumulative',
  'coproduction_effect_pv',
  'coproduction_effect_share_receipts',
  'jobs_displaced_peak',
  ...CONSUMER_HEADLINES,
]

/** Who bears the levers' cost, as shares of it. */
const INCIDENCE = [
  'incidence_platforms',
  'incidence_french_firms',
  'incidence_consumers',
  'incidence_workers',
] as const

/** The consumer's work, once a small card here, is in the consumer's group (consumer-cards.tsx). */
const SMALL = ['jobs_displaced_peak']

/**
 * The cards in five groups, one shown at a time under a strip of tabs: all of them would push the
 * charts far below the fold of a 1280 × 720 window (issue #15). The balances come first.
 */
type Group = 'balances' | 'yield' | 'coproduction' | 'consumer' | 'incidence'
const GROUP_LABELS: Record<Group, MessageKey> = {
  balances: 'headlineTabBalances',
  yield: 'headlineTabYield',
  coproduction: 'headlineTabCoproduction',
  consumer: 'headlineTabConsumer',
  incidence: 'headlineTabIncidence',
}

/** "+1,2 Md€": a change, with its sign written out (the minus sign is already there). */
export function signed(value: number, unit: Unit, language: Language): string {
  return `${value > 0 ? '+' : ''}${formatValue(value, unit, language)}`
}

/** How a card prints a figure: a button that explains it when live, plain text otherwise. */
export type Figure = (target: ExplainTarget, label: string, text: string) => ReactNode

function label(id: string, language: Language): string {
  return INDICATORS.find((i) => i.id === id)?.[language] ?? id
}

function BalanceDetails({
  projection,
  fund,
  t,
  language,
  figure,
}: {
  projection: Projection
  fund: 'robss' | 'unedic'
  t: Translate
  language: Language
  figure: Figure
}) {
  const card = balanceCard(projection, `${fund}_balance`, `${fund}_balance_baseline`)
  const lawLabel = t(fund === 'robss' ? 'cardCurrentLaw' : 'cardUnedicCurrentLaw')
  const year = card.year
  return (
    <ul className="card-details">
      <li>
        {lawLabel}
        {t('colon')}{' '}
        <span data-testid={`headline-${fund}-current-law`}>
          {figure(
            { kind: 'series', id: `${fund}_balance_baseline`, year },
            lawLabel,
            formatValue(card.currentLaw, 'bn_eur', language),
          )}
        </span>
      </li>
      <li>
        {t('cardScenarioEffect')}
        {t('colon')}{' '}
        <span data-testid={`headline-${fund}-change`}>
          {signed(card.change, 'bn_eur', language)}
        </span>
      </li>
    </ul>
  )
}

/** The headline figures: live while the scenario is edited, as last saved otherwise. */
export function HeadlineCards() {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const saved = useLevier((s) => s.versions[0]?.indicators ?? null)
  const projection = useLevier((s) => (s.draftId === s.selectedId ? s.liveProjection : null))
  // The figures' own scenario while they are live: the cards render when they change, not at
  // every edit, whose figures are still on their way.
  const draft = useLevier((s) =>
    s.draftId === s.selectedId ? (s.projectedDraft ?? s.draft) : null,
  )
  const setInputTab = useLevier((s) => s.setInputTab)
  const live = projection
    ? Object.fromEntries(projection.indicators.map((i) => [i.id, i.value]))
    : null
  const values = live ?? saved
  const [explaining, setExplaining] = useState<ExplainTarget | null>(null)
  const [shown, setShown] = useState<string>('balances')
  if (!values) return null
  /** Live figures open their explanation; saved ones have no projection to explain them from. */
  const figure: Figure = (target, text_label, text) =>
    live ? (
      <ExplainButton label={text_label} value={text} onExplain={() => setExplaining(target)}>
        {text}
      </ExplainButton>
    ) : (
      text
    )
  /** `main`: the card's own figure, whose button covers the whole card (styles.css, .card-main). */
  const indicator = (id: string, unit: Unit, main = false) => {
    const value = values[id]
    if (value === undefined) return null
    return (
      <span data-testid={`headline-${id}`} className={main ? 'card-main' : undefined}>
        {figure({ kind: 'indicator', id }, label(id, language), shownValue(value, unit, language))}
      </span>
    )
  }
  const scenario = draft as CardScenario | null
  // The year the "final" figures are read at, said on every card: the projection's last year, or
  // the scenario's horizon when the figures shown are the saved ones.
  const finalYear = projection?.years[projection.years.length - 1] ?? scenario?.horizon.end
  const year = finalYear === undefined ? '' : String(finalYear)
  const baseline = draft ? getBaseline(draft.baseline) : null
  const group = (id: Group, cards: ReactNode) => ({
    id,
    label: t(GROUP_LABELS[id]),
    render: () => <dl className={`cards group-${id}`}>{cards}</dl>,
  })
  return (
    <section className="headline" aria-labelledby="headline-title">
      <div className="headline-head">
        <h2 id="headline-title">{live ? t('headlineLiveTitle') : t('headlineTitle')}</h2>
        {live && <p className="hint">{t('explainHint')}</p>}
      </div>
      <Tabs
        className="headline-groups"
        label={t('headlineGroupsLabel')}
        selected={shown}
        onSelect={setShown}
        keepMounted
        tabs={[
          group(
            'balances',
            <>
              <div className="card balance" data-testid="card-robss">
                <dt>{t('cardRobss', { year })}</dt>
                <dd>
                  {indicator('robss_balance_final', 'bn_eur', true)}
                  <span className="card-sub">
                    {' '}
                    {indicator('robss_balance_final_pct_gdp', 'pct_gdp')}
                  </span>
                  {projection && (
                    <BalanceDetails
                      projection={projection}
                      fund="robss"
                      t={t}
                      language={language}
                      figure={figure}
                    />
                  )}
                  <EffectBandNote id="robss_balance_final" />
                  <p className="card-note">{t('cardRobssLead')}</p>
                </dd>
              </div>
              <div className="card balance" data-testid="card-unedic">
                <dt>{t('cardUnedic', { year })}</dt>
                <dd>
                  {indicator('unedic_balance_final', 'bn_eur', true)}
                  {projection && (
                    <BalanceDetails
                      projection={projection}
                      fund="unedic"
                      t={t}
                      language={language}
                      figure={figure}
                    />
                  )}
                  <p className="card-note">{t('cardUnedicLead')}</p>
                </dd>
              </div>
              <div className="card balance" data-testid="card-apu">
                <dt>{t('cardApu', { year })}</dt>
                <dd>
                  {indicator('apu_effect_final', 'bn_eur', true)}
                  <ul className="card-details">
                    <li>
                      {t('colCumulative')
                        .replace('{start}', String(scenario?.horizon.start ?? ''))
                        .replace('{end}', year)}
                      {t('colon')} {indicator('apu_effect_cumulative', 'bn_eur')}
                    </li>
                    <li>
                      {t('colPv')}
                      {t('colon')} {indicator('apu_effect_pv', 'bn_eur')}
                    </li>
                  </ul>
                  <EffectBandNote id="apu_effect_final" />
                  <p className="card-note">{t('cardApuLead')}</p>
                </dd>
              </div>
            </>,
          ),
          group(
            'yield',
            <YieldCard
              values={values}
              scenario={scenario}
              baseline={baseline}
              year={year}
              t={t}
              language={language}
              figure={figure}
              onEditRate={live ? () => setInputTab('assumptions') : null}
            />,
          ),
          group(
            'coproduction',
            <>
              <CostCard
                values={values}
                scenario={scenario}
                year={year}
                t={t}
                language={language}
                figure={figure}
              />
              {SMALL.map((id) => {
                const spec = INDICATORS.find((i) => i.id === id)
                if (!spec || values[id] === undefined) return null
                return (
                  <div className="card" key={id}>
                    <dt>{spec[language]}</dt>
                    <dd>{indicator(id, spec.unit, true)}</dd>
                  </div>
                )
              })}
            </>,
          ),
          group(
            'consumer',
            <ConsumerCards
              values={values}
              start={String(scenario?.horizon.start ?? '')}
              year={year}
              t={t}
              language={language}
              figure={figure}
              live={live !== null}
            />,
          ),
          group(
            'incidence',
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
                        {`${t('colon')} `}
                        {figure(
                          { kind: 'indicator', id },
                          spec[language],
                          formatValue(value, spec.unit, language),
                        )}
                      </li>
                    )
                  })}
                </ul>
              </dd>
            </div>,
          ),
        ]}
      />
      <ExplainDialog target={explaining} onClose={() => setExplaining(null)} />
    </section>
  )
}
