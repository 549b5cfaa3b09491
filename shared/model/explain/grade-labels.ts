import type { Grade } from '../baseline/baseline-schema'

/** What each evidence grade means, as shown beside a figure (docs/model.md, "Provenance"). */
export const GRADE_LABELS: Record<Grade, { readonly fr: string; readonly en: string }> = {
  O: { fr: 'officiel', en: 'official' },
  P: { fr: 'presse citant un chiffre officiel', en: 'press quoting an official figure' },
  S: { fr: 'source secondaire', en: 'secondary source' },
  derived: { fr: 'dérivé', en: 'derived' },
  assumption: { fr: 'hypothèse', en: 'assumption' },
  unverified: { fr: 'non vérifié', en: 'unverified' },
}
