import { textsOf } from '../../i18n/in-every-language'
import { GRADES } from '../baseline/baseline-schema'

/** What each evidence grade means, as shown beside a figure (docs/model.md, "Provenance"). */
export const GRADE_LABELS = textsOf(GRADES, (grade) => `grade.${grade}`)
