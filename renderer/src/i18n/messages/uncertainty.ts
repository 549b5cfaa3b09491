import { defineMessages } from '../define-messages'

/** Messages of the uncertainty feature. */
export const uncertaintyMessages = defineMessages({
  fr: {},
  en: {},
})
