import { defineMessages } from '../define-messages'

/** Messages of the explain feature. */
export const explainMessages = defineMessages({
  fr: {},
  en: {},
})
