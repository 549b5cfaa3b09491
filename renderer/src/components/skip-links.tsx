import type { MouseEvent } from 'react'
import { useTranslate } from '../i18n/use-translate'
import { REGION_LINKS, regionId, useRegions } from './regions'

/**
 * Skip links, the first stops of the Tab order: hidden until focused, they jump to the library,
 * the levers or the results (WCAG 2.4.1). The focus is moved by script rather than by the link's
 * fragment, which would replace the URL's own (the loopback token arrives in it).
 */
export function SkipLinks() {
  const t = useTranslate()
  const { present: regions, go } = useRegions()
  if (regions.length === 0) return null
  return (
    <nav className="skip-links" aria-label={t('skipLinksLabel')}>
      {regions.map((region) => (
        <a
          key={region}
          href={`#${regionId(region)}`}
          onClick={(event: MouseEvent) => {
            event.preventDefault()
            go(region)
          }}
        >
          {t(REGION_LINKS[region])}
        </a>
      ))}
    </nav>
  )
}
