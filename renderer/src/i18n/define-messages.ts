/**
 * A feature's messages in both languages, kept beside each other so a key cannot exist in one
 * language only: the English keys must be exactly the French ones.
 */
export function defineMessages<K extends string>(messages: {
  fr: Record<K, string>
  en: Record<NoInfer<K>, string>
}): { fr: Record<K, string>; en: Record<K, string> } {
  return messages
}
