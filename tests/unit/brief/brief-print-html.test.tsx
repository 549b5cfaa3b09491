// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_BRIEF_OPTIONS } from '@shared/brief/brief-options'
import { composeBrief } from '@shared/brief/compose-brief'
import type { BriefInputs } from '@shared/brief/compose-brief'
import { getBaseline } from '@shared/model/baseline/baselines'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { presetLabel, presetReference } from '@shared/model/scenario/preset-reference'
import { simulate } from '@shared/model/engine/simulate'
import { briefPrintHtml } from '../../../renderer/src/brief/brief-print-html'
import { BriefPrintRoot } from '../../../renderer/src/brief/brief-print-root'

afterEach(cleanup)

function comparisonInputs(): BriefInputs {
  const scenarios = ['dst-6', 'platform-profit-10'].map((preset, i) => {
    const scenario = defaultScenario(preset)
    return {
      id: `s${i}`,
      name: scenario.name,
      version: 1,
      scenario,
      projection: simulate(scenario, getBaseline(scenario.baseline)),
    }
  })
  const first = scenarios[0]!.scenario
  const reference = presetReference('current-law', first)
  return {
    kind: 'comparison',
    scenarios,
    reference: {
      name: presetLabel('current-law', 'en'),
      scenario: reference,
      projection: simulate(reference, getBaseline(reference.baseline)),
    },
    baseline: getBaseline(first.baseline),
    appVersion: '0.1.0',
  }
}

describe('the brief rendered to HTML for levier brief', () => {
  it('is the print root the app puts in its page, as its outerHTML', () => {
    const options = { ...DEFAULT_BRIEF_OPTIONS, language: 'en' as const, paper: 'Letter' as const }
    const inputs = comparisonInputs()
    const content = composeBrief(inputs, options, new Date('2026-03-01T12:00:00Z'))!
    const view = { content, inputs }
    render(<BriefPrintRoot view={view} options={options} />)
    const app = document.querySelector('.brief-print-root')!
    const holder = document.createElement('div')
    holder.innerHTML = briefPrintHtml(view, options)
    const cli = holder.firstElementChild!
    // What the app's "Download PDF" sends the host is the print root's outerHTML: the CLI's
    // markup, read by the same DOM, serialises to the same text (adjacent text nodes, which React
    // keeps apart in the page, serialise as one).
    expect(cli.outerHTML).toBe(app.outerHTML)
    expect(cli.querySelector('style')?.textContent).toContain('size: letter portrait')
    expect(cli.querySelectorAll('svg').length).toBeGreaterThan(0)
  })
})
