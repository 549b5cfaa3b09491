import { useState } from 'react'
import type { FormEvent } from 'react'
import { MAX_TAG_LENGTH, MAX_TAGS, parseTags } from '../format/tags'
import { useTranslate } from '../i18n/use-translate'
import { useLevier } from '../store'
import type { ScenarioSummary } from '../store/types'
import { Modal } from './modal'

/** Name, description and tags of a scenario; the tags are what the library's search also finds. */
export function ScenarioPropertiesDialog({
  scenario,
  onClose,
}: {
  scenario: ScenarioSummary
  onClose: () => void
}) {
  const t = useTranslate()
  const edit = useLevier((s) => s.editScenarioProperties)
  const [name, setName] = useState(scenario.name)
  const [description, setDescription] = useState(scenario.description)
  const [tags, setTags] = useState(scenario.tags.join(', '))
  const [error, setError] = useState<string | null>(null)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const parsed = parseTags(tags)
    if (!parsed.ok) {
      return setError(
        parsed.reason === 'tooMany'
          ? `${t('tagsTooMany')} ${MAX_TAGS}`
          : `${t('tagsTooLong')} ${MAX_TAG_LENGTH}`,
      )
    }
    const refused = await edit(scenario.id, {
      name: name.trim(),
      description: description.trim(),
      tags: parsed.tags,
    })
    if (refused) setError(refused)
    else onClose()
  }
  return (
    <Modal open onClose={onClose} labelledBy="properties-title">
      <form className="form" onSubmit={(e) => void submit(e)}>
        <h2 id="properties-title">{t('propertiesTitle')}</h2>
        <label htmlFor="rename-input">{t('nameLabel')}</label>
        <input
          id="rename-input"
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          autoFocus
        />
        <label htmlFor="description-input">{t('descriptionLabel')}</label>
        <textarea
          id="description-input"
          rows={4}
          maxLength={20_000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <label htmlFor="tags-input">{t('tagsLabel')}</label>
        <input
          id="tags-input"
          type="text"
          value={tags}
          aria-describedby="tags-hint"
          onChange={(e) => setTags(e.target.value)}
        />
        <p id="tags-hint" className="hint">
          {t('tagsHint')}
        </p>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary" disabled={name.trim() === ''}>
            {t('confirm')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
