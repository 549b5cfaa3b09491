import { inEveryLanguage } from '../../i18n/in-every-language'
import type { Localized } from '../../i18n/in-every-language'
import { GRADES } from '../baseline/baseline-schema'
import type { Grade } from '../baseline/baseline-schema'

/** What each evidence grade means, as shown beside a figure (docs/model.md, "Provenance"). */
export const GRADE_LABELS: Readonly<Record<Grade, Localized>> = Object.fromEntries(
  GRADES.map((grade) => [grade, inEveryLanguage(`grade.${grade}`)]),
) as Record<Grade, Localized>
