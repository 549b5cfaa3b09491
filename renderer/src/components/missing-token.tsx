import { DEFAULT_LANGUAGE, LANGUAGES } from '@shared/app-identity'
import type { Language } from '@shared/app-identity'
import { translator } from '../i18n/translate'

/** The browser's first language if Levier is written in it, else the app's default (French). */
export function browserLanguage(languages: readonly string[] = navigator.languages): Language {
  const first = languages[0]?.toLowerCase() ?? DEFAULT_LANGUAGE
  return LANGUAGES.find((code) => first.startsWith(code)) ?? DEFAULT_LANGUAGE
}

/** Without a key, or (`stale`) with the key of an earlier run, which the host refused. */
export function MissingToken({ language, stale = false }: { language: Language; stale?: boolean }) {
  // In the browser's language: without the token the page cannot ask the host for the saved one.
  const t = translator(language)
  return (
    <main className="shell">
      <section className="empty-state" role="alert" aria-labelledby="missing-token-title">
        <h1 id="missing-token-title">{t('missingTokenTitle')}</h1>
        <p>{t(stale ? 'staleTokenBody' : 'missingTokenBody')}</p>
      </section>
    </main>
  )
}
