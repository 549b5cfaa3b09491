import { LANGUAGES } from '@shared/app-identity'
import { LANGUAGE_SETTINGS } from '@shared/i18n/languages'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'

/** Two toggle buttons, reachable by keyboard, named for assistive technology and for tests. */
export function LanguageSwitch() {
  const t = useTranslate()
  const language = useLevier((state) => state.language)
  const setLanguage = useLevier((state) => state.setLanguage)
  return (
    <div role="group" aria-label={t('languageLabel')} className="language-switch">
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === language}
          aria-label={LANGUAGE_SETTINGS[code].name}
          onClick={() => void setLanguage(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  )
}
