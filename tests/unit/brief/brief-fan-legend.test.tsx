// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { getBaseline } from '@shared/model/baseline/baselines'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { simulate } from '@shared/model/engine/simulate'
import { translator } from '@shared/i18n/translate'
import { BriefCharts } from '../../../renderer/src/brief/brief-charts'

afterEach(cleanup)

describe('a fan chart’s legend', () => {
  for (const language of ['fr', 'en'] as const)
    it(`names the solid median and the dashed central projection in words (${language})`, () => {
      const scenario = defaultScenario('dst-6')
      const baseline = getBaseline(scenario.baseline)
      const projection = simulate(scenario, baseline)
      const central = projection.series.find((s) => s.id === 'robss_balance')?.values ?? []
      const fan = {
        series: 'robss_balance',
        years: projection.years,
        p5: central.map((v) => v - 2),
        p25: central.map((v) => v - 1),
        p50: central.map((v) => v + 0.5),
        p75: central.map((v) => v + 1),
        p95: central.map((v) => v + 2),
      }
      const { container } = render(
        <BriefCharts
          language={language}
          inputs={{
            kind: 'scenario',
            scenarios: [{ id: 's', name: 'S', version: 1, scenario, projection, fans: [fan] }],
            reference: null,
            baseline,
            appVersion: '0',
          }}
        />,
      )
      const t = translator(language)
      const figure = [...container.querySelectorAll('figure')].at(-1) as HTMLElement
      const entry = (words: string) =>
        [...figure.querySelectorAll('.brief-legend li')].find((li) =>
          li.textContent?.includes(words),
        )
      const median = entry(t('brief.label.median'))
      const centralEntry = entry(t('brief.label.central'))
      expect(median).toBeDefined()
      expect(centralEntry).toBeDefined()
      expect(median).not.toBe(centralEntry)
      // The words match the swatch beside them: solid for the median, dashed for the central line.
      const dash = (li: Element | undefined) =>
        li?.querySelector('line')?.getAttribute('stroke-dasharray') ?? ''
      expect(dash(median)).toBe('')
      expect(dash(centralEntry)).not.toBe('')
    })
})
