import { useState } from 'react'
import { PRESETS } from '@shared/model/scenario/presets'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import './preset-gallery.css'

/**
 * The presets as cards, for a workbook with no scenario yet: one click (or Enter) creates a scenario
 * from a real proposal and opens it. Each card's button sits in its heading, so a screen reader lists
 * the proposals by name; the button's hit area covers the whole card for the mouse.
 */
export function PresetGallery() {
  const t = useTranslate()
  const language = useLevier((s) => s.language)
  const create = useLevier((s) => s.createScenario)
  const setView = useLevier((s) => s.setView)
  // One creation at a time: a double click must not make two scenarios.
  const [creating, setCreating] = useState(false)
  const choose = async (presetId: string) => {
    setCreating(true)
    try {
      setView('scenario')
      await create(presetId)
    } finally {
      setCreating(false)
    }
  }
  return (
    <section className="preset-gallery" aria-labelledby="gallery-title" aria-busy={creating}>
      <h2 id="gallery-title">{t('galleryTitle')}</h2>
      <p className="hint">{t('galleryLead')}</p>
      <ul className="preset-cards">
        {PRESETS.map((preset) => (
          <li key={preset.id} className="preset-card" data-testid={`preset-card-${preset.id}`}>
            <h3>
              <button
                type="button"
                disabled={creating}
                aria-describedby={`preset-summary-${preset.id}`}
                onClick={() => void choose(preset.id)}
              >
                {preset.label[language]}
              </button>
            </h3>
            <p id={`preset-summary-${preset.id}`}>{preset.summary[language]}</p>
            <p className="preset-source">
              {t('gallerySource')}
              {t('colon')} {preset.source}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
