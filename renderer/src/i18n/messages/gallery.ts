import { defineMessages } from '../define-messages'

/** Messages of the presets gallery, shown when a workbook has no scenario yet. */
export const galleryMessages = defineMessages({
  fr: {
    galleryTitle: 'Partir d’une proposition',
    galleryLead:
      'Chaque carte crée un scénario à partir d’une proposition réelle et l’ouvre, ses graphiques tracés ; tout se modifie ensuite.',
    gallerySource: 'Source',
  },
  en: {
    galleryTitle: 'Start from a proposal',
    galleryLead:
      'Each card creates a scenario from a real proposal and opens it, its charts drawn; everything can be changed afterwards.',
    gallerySource: 'Source',
  },
})
