import { useTranslate } from '../i18n/use-translate'
import { localeOf } from '@shared/i18n/languages'
import { useLevier } from '../store'
import type { ScenarioChange } from '../store/types'
import { fieldLabel, shown } from './describe-input'

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
            <td>{shown(c.before, c.unit, language, c.path)}</td>
            <td>{shown(c.after, c.unit, language, c.path)}</td>
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
  const date = new Intl.DateTimeFormat(localeOf(language), {
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
