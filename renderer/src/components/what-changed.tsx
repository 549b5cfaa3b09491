import { INDICATORS } from '@shared/model/series'
import { useTranslate } from '../i18n/use-translate'
import type { MessageKey } from '../i18n/messages-fr'
import { useLevier } from '../store'
import { Modal } from './modal'

const INDICATOR_LABELS = new Map(INDICATORS.map((i) => [i.id as string, { fr: i.fr, en: i.en }]))

const CAUSE: Record<string, MessageKey> = {
  model: 'causeModel',
  baseline: 'causeBaseline',
  'model and baseline': 'causeBoth',
  none: 'causeNone',
}

/** Offered when a workbook's saved figures were computed by another model or baseline. */
export function WhatChangedBanner() {
  const t = useTranslate()
  const report = useLevier((s) => s.whatChanged)
  const setOpen = useLevier((s) => s.setWhatChangedOpen)
  if (!report || report.entries.length === 0) return null
  return (
    <div className="notice" role="status">
      <span>
        {t('whatChangedBanner')} ({report.entries.length} {t('scenarioCount')})
      </span>
      <button type="button" onClick={() => setOpen(true)}>
        {t('whatChangedShow')}
      </button>
    </div>
  )
}

export function WhatChangedDialog() {
  const t = useTranslate()
  const report = useLevier((s) => s.whatChanged)
  const open = useLevier((s) => s.whatChangedOpen)
  const setOpen = useLevier((s) => s.setWhatChangedOpen)
  const language = useLevier((s) => s.language)
  const number = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: 3,
  })
  return (
    <Modal open={open} onClose={() => setOpen(false)} labelledBy="what-changed-title">
      <h2 id="what-changed-title">{t('whatChangedTitle')}</h2>
      {report?.entries.map((entry) => (
        <section key={entry.id}>
          <h3>
            {entry.name} — {t(CAUSE[entry.cause] ?? 'causeNone')} ({entry.computedWith.modelVersion}{' '}
            → {report.modelVersion})
          </h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('indicatorLabel')}</th>
                <th scope="col">{t('savedValue')}</th>
                <th scope="col">{t('currentValue')}</th>
              </tr>
            </thead>
            <tbody>
              {entry.moves.map((m) => (
                <tr key={m.indicator}>
                  <th scope="row">
                    {INDICATOR_LABELS.get(m.indicator)?.[language] ?? m.indicator}
                  </th>
                  <td>{number.format(m.before)}</td>
                  <td>{number.format(m.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <button type="button" onClick={() => setOpen(false)}>
        {t('close')}
      </button>
    </Modal>
  )
}
