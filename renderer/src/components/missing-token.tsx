import type { Language } from '@shared/app-identity'
import { defineMessages } from '../i18n/define-messages'

/**
 * Its own two messages rather than the catalogue's: without the token the page cannot ask the host
 * for the saved language (nor anything else), so it shows only this, in the browser's language.
 */
export const missingTokenMessages = defineMessages({
  fr: {
    missingTokenTitle: 'Ouvrez Levier par l’adresse donnée au démarrage',
    missingTokenBody:
      'Cette page a été ouverte sans la clé d’accès de cette session. Ouvrez l’adresse affichée par « npm run serve » (ou par le lanceur) quand il a démarré : elle se termine par #token= suivi de 64 caractères.',
  },
  en: {
    missingTokenTitle: 'Open Levier from the address printed at start-up',
    missingTokenBody:
      'This page was opened without this session’s access key. Open the address printed by “npm run serve” (or the launcher) when it started: it ends in #token= followed by 64 characters.',
  },
})

/** French unless the browser prefers English: the app's default language is French. */
export function browserLanguage(languages: readonly string[] = navigator.languages): Language {
  const first = languages[0]?.toLowerCase() ?? 'fr'
  return first.startsWith('en') ? 'en' : 'fr'
}

export function MissingToken({ language }: { language: Language }) {
  const messages = missingTokenMessages[language]
  return (
    <main className="shell">
      <section className="empty-state" role="alert" aria-labelledby="missing-token-title">
        <h1 id="missing-token-title">{messages.missingTokenTitle}</h1>
        <p>{messages.missingTokenBody}</p>
      </section>
    </main>
  )
}
