import { defineMessages } from '../define-messages'

/** Messages of the help feature. */
export const helpMessages = defineMessages({
  fr: {},
  en: {},
})
