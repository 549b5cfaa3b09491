import { defineMessages } from '../define-messages'

/** Messages of the adoption feature. */
export const adoptionMessages = defineMessages({
  fr: {},
  en: {},
})
