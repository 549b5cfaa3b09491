import { z } from 'zod'
import type { ComparisonMeasure } from '@shared/model/comparison/comparison'
import { GLOBAL_SERIES, INDICATORS } from '@shared/model/engine/series'
import type { GlobalSeriesId, IndicatorId } from '@shared/model/engine/series'

/** A measure as kept in a comparison's settings: checked when read back. */
export const measureSchema: z.ZodType<ComparisonMeasure> = z.union([
  z.strictObject({
    kind: z.literal('indicator'),
    id: z.enum(INDICATORS.map((i) => i.id) as [IndicatorId, ...IndicatorId[]]),
  }),
  z.strictObject({
    kind: z.literal('series'),
    id: z.enum(GLOBAL_SERIES.map((s) => s.id) as [GlobalSeriesId, ...GlobalSeriesId[]]),
    year: z.number().int().min(1990).max(2100),
  }),
])
