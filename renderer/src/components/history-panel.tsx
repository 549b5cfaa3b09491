import type { Language } from '@shared/app-identity'
import { getBaseline } from '@shared/model/baselines'
import { LEVER_DEFINITIONS } from '@shared/model/lever-definitions'
import type { Unit } from '@shared/model/units'
import { formatValue } from '../format/format-value'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import type { ScenarioChange } from '../store/types'

const LEVER_LABELS = new Map(LEVER_DEFINITIONS.map((f) => [f.path, f.label]))

function fieldLabel(path: string, language: Language): string {
  const lever = LEVER_LABELS.get(path)
  if (lever) return lever[language]
  if (path.startsWith('assumptions.')) {
    const entry = getBaseline('fr-2024').assumptions[path.slice('assumptions.'.length)]
    if (entry) return entry.label[language]
  }
  return path
}

function shown(value: unknown, unit: string | null, language: Language): string {
  if (typeof value === 'number')
    return unit ? formatValue(value, unit as Unit, language) : String(value)
  if (typeof value === 'boolean')
    return language === 'fr' ? (value ? 'oui' : 'non') : value ? 'yes' : 'no'
  if (value === null || value === undefined) return '—'
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

function ChangesTable({ changes }: { changes: ScenarioChange[] }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  if (changes.length === 0) return <p>{t('noChanges')}</p>
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('fieldCol')}</th>
          <th scope="col">{t('beforeCol')}</th>
          <th scope="col">{t('afterCol')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.path}>
            <th scope="row">{fieldLabel(c.path, language)}</th>
            <td>{shown(c.before, c.unit, language)}</td>
            <td>{shown(c.after, c.unit, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The selected scenario's saved versions: compare any with the current one, or restore it. */
export function HistoryPanel({ editable }: { editable: boolean }) {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const versions = useLevier((s) => s.versions)
  const comparison = useLevier((s) => s.comparison)
  const compare = useLevier((s) => s.compareWithVersion)
  const restoreVersion = useLevier((s) => s.restoreVersion)
  const date = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
  return (
    <section aria-label={t('historyTitle')}>
      <h2>{t('historyTitle')}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('versionCol')}</th>
            <th scope="col">{t('dateCol')}</th>
            <th scope="col">{t('authorCol')}</th>
            <th scope="col">{t('noteCol')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {versions.map((v, i) => (
            <tr key={v.version}>
              <td>
                v{v.version}
                {i === 0 && ` (${t('current')})`}
              </td>
              <td>{date.format(new Date(v.createdAt))}</td>
              <td>{v.author}</td>
              <td>{v.note}</td>
              <td>
                {i > 0 && (
                  <span className="actions start">
                    <button
                      type="button"
                      onClick={() => void compare(v.version)}
                      aria-label={`${t('compareAction')} (v${v.version})`}
                    >
                      {t('compareAction')}
                    </button>
                    {editable && (
                      <button
                        type="button"
                        onClick={() => void restoreVersion(v.version)}
                        aria-label={`${t('restoreAction')} v${v.version}`}
                      >
                        {t('restoreAction')}
                      </button>
                    )}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {comparison && (
        <>
          <h2>
            {t('changesTitle')} v{comparison.version}
          </h2>
          <ChangesTable changes={comparison.changes} />
        </>
      )}
    </section>
  )
}
