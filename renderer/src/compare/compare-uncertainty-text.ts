import type { Language } from '@shared/app-identity'
import { CONSISTENT_SHARE } from '@shared/model/uncertainty/band-overlap'
import type { PairComparison } from '@shared/model/uncertainty/band-overlap'
import { formatValue } from '../format/format-value'
import type { MessageKey, Translate } from '../i18n/translate'

/**
 * Fill a message's {placeholders} in one pass, so a name that itself contains braces is left as
 * typed. An unknown placeholder stays visible rather than vanishing.
 */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)
}

/**
 * A share of draws in percent, never rounded to a certainty it is not: 1,999 draws out of 2,000
 * read "more than 99.9 %", not "100 %"; 1 out of 2,000 reads "less than 0.1 %", not "0 %".
 */
export function formatShareOfDraws(share: number, language: Language, t: Translate): string {
  const percent = (value: number) => formatValue(value, 'share', language)
  if (share > 0 && share < 0.0005) return `${t('cmcLessThan')} ${percent(0.001)}`
  if (share < 1 && share >= 0.9995) return `${t('cmcMoreThan')} ${percent(0.999)}`
  return percent(share)
}

const VERDICT_TEXT: Record<Exclude<PairComparison['verdict'], 'identical'>, MessageKey> = {
  indistinct: 'cmcIndistinct',
  overlapOrdered: 'cmcOverlapOrdered',
  distinct: 'cmcDistinct',
  apartUnsettled: 'cmcApartUnsettled',
  mostlyEqual: 'cmcMostlyEqual',
}

/**
 * What can be said of two scenarios on one indicator, in words: whether their bands overlap, how
 * often one is below the other in the same draws, and what follows from both together.
 */
export function pairStatement(
  pair: PairComparison,
  names: readonly string[],
  language: Language,
  t: Translate,
): string {
  const name = (index: number) => names[index] ?? ''
  const a = name(pair.first)
  const b = name(pair.second)
  if (pair.verdict === 'identical') return fill(t('cmcIdentical'), { a, b })
  const bands =
    pair.bandBelow === null
      ? fill(t('cmcOverlap'), { a, b })
      : fill(t('cmcApart'), { a, b, lower: name(pair.bandBelow) })
  const equal =
    pair.shares.equal > 0
      ? ` ${fill(t('cmcPairedEqual'), { equal: formatShareOfDraws(pair.shares.equal, language, t) })}`
      : ''
  const paired = `${fill(t('cmcPaired'), {
    lower: name(pair.lower),
    higher: name(pair.higher),
    share: formatShareOfDraws(pair.lowerShare, language, t),
  })}${equal}.`
  const threshold = formatValue(CONSISTENT_SHARE, 'share', language)
  const conclusion = fill(t(VERDICT_TEXT[pair.verdict]), {
    threshold,
    lower: name(pair.lower),
    higher: name(pair.higher),
  })
  return `${bands} ${paired} ${conclusion}`
}
