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
    staleTokenBody:
      'La clé d’accès de cette page vient d’un lancement précédent de Levier : l’hôte a redémarré depuis et la refuse. Ouvrez l’adresse affichée à son dernier démarrage : elle se termine par #token= suivi de 64 caractères. Vos classeurs n’ont pas été modifiés par ces appels refusés.',
  },
  en: {
    missingTokenTitle: 'Open Levier from the address printed at start-up',
    missingTokenBody:
      'This page was opened without this session’s access key. Open the address printed by “npm run serve” (or the launcher) when it started: it ends in #token= followed by 64 characters.',
    staleTokenBody:
      'This page’s access key is from an earlier run of Levier: the host has restarted since and refuses it. Open the address it printed at its last start: it ends in #token= followed by 64 characters. The refused calls changed nothing in your workbooks.',
  },
})

/** French unless the browser prefers English: the app's default language is French. */
export function browserLanguage(languages: readonly string[] = navigator.languages): Language {
  const first = languages[0]?.toLowerCase() ?? 'fr'
  return first.startsWith('en') ? 'en' : 'fr'
}

/** Without a key, or (`stale`) with the key of an earlier run, which the host refused. */
export function MissingToken({ language, stale = false }: { language: Language; stale?: boolean }) {
  const messages = missingTokenMessages[language]
  return (
    <main className="shell">
      <section className="empty-state" role="alert" aria-labelledby="missing-token-title">
        <h1 id="missing-token-title">{messages.missingTokenTitle}</h1>
        <p>{stale ? messages.staleTokenBody : messages.missingTokenBody}</p>
      </section>
    </main>
  )
}
