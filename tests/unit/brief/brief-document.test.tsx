// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_BRIEF_OPTIONS } from '@shared/brief/brief-options'
import { getBaseline } from '@shared/model/baseline/baselines'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { simulate } from '@shared/model/engine/simulate'
import { BriefDocument } from '../../../renderer/src/brief/brief-document'
import { cssString, pageStyle, provenanceLine } from '../../../renderer/src/brief/brief-page-style'
import type { BriefView } from '../../../renderer/src/brief/brief-source'
import { briefContentFixture, FIXTURE_HASH } from '../../fixtures/brief-content'

afterEach(cleanup)

function viewOf(language: 'fr' | 'en'): BriefView {
  const scenario = defaultScenario('dst-6')
  const baseline = getBaseline(scenario.baseline)
  const projection = simulate(scenario, baseline)
  return {
    content: briefContentFixture(language),
    inputs: {
      kind: 'scenario',
      scenarios: [{ id: 'sc-fixture', name: 'DST', version: 3, scenario, projection }],
      reference: null,
      baseline,
      appVersion: '0.1.0',
    },
  }
}

describe('the brief document', () => {
  it('lays out every section in the brief language, whatever the interface language', () => {
    render(<BriefDocument view={viewOf('en')} options={DEFAULT_BRIEF_OPTIONS} />)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Brief: higher digital services tax',
    )
    for (const heading of [
      'Key points',
      'Levers',
      'Charts',
      'Ledger by year',
      'Who pays',
      'Assumptions changed',
      'Method and limits',
      'Provenance',
    ])
      expect(screen.getByRole('heading', { name: heading })).toBeTruthy()
    expect(screen.queryByRole('heading', { name: 'L’essentiel' })).toBeNull()
    // The terms are defined once, with the method, before its notes.
    const terms = screen.getByRole('heading', { name: 'Terms used' })
    expect(terms.nextElementSibling?.textContent).toBe('Current law: no lever reformed.')
    expect(screen.getByText(/DARES/).closest('tr')?.textContent).toContain('2023')
    expect(screen.getByText(FIXTURE_HASH)).toBeTruthy()
  })

  it('draws the charts as named SVG images with a legend per line, and repeats table headers', () => {
    const { container } = render(
      <BriefDocument view={viewOf('fr')} options={DEFAULT_BRIEF_OPTIONS} />,
    )
    const charts = screen.getAllByRole('img')
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Solde du ROBSS et trajectoire PLFSS (Md€)',
      'Rendement des leviers en plus du droit constant (Md€)',
      'Solde de l’Unédic (à part, non additionné au ROBSS) (Md€)',
      expect.stringMatching(/^Emplois déplacés par secteur en 20\d\d \(ETP\)$/),
      'Travail des consommateurs (millions d’heures)',
    ])
    // Each line of a chart has its own dash pattern, so the chart reads without colour.
    const dashes = [...charts[1]!.querySelectorAll('path[fill="none"]')].map((p) =>
      p.getAttribute('stroke-dasharray'),
    )
    expect(new Set(dashes).size).toBe(dashes.length)
    expect(container.querySelectorAll('table thead').length).toBe(
      container.querySelectorAll('table').length,
    )
  })

  it('leaves out the sections the analyst unticked', () => {
    const sections = { ...DEFAULT_BRIEF_OPTIONS.sections, charts: false, ledger: false }
    render(<BriefDocument view={viewOf('fr')} options={{ ...DEFAULT_BRIEF_OPTIONS, sections }} />)
    expect(screen.queryAllByRole('img')).toHaveLength(0)
    expect(screen.queryByRole('heading', { name: 'Compte par année' })).toBeNull()
    const summary = screen.getByRole('note', { name: 'L’essentiel' })
    expect(within(summary).getAllByRole('listitem')).toHaveLength(3)
  })
})

describe('the page box', () => {
  it('sets the paper, numbers the pages and carries the provenance with the inputs hash', () => {
    const content = briefContentFixture('fr')
    const a4 = pageStyle(content, DEFAULT_BRIEF_OPTIONS)
    expect(a4).toContain('size: A4 portrait')
    expect(a4).toContain('counter(page) " / " counter(pages)')
    expect(a4).toContain(FIXTURE_HASH.slice(0, 16))
    expect(pageStyle(content, { ...DEFAULT_BRIEF_OPTIONS, paper: 'Letter' })).toContain(
      'size: letter',
    )
    expect(provenanceLine(content)).toMatch(
      /Levier 0\.1\.0 · modèle 1\.0\.0 · données de base fr-2024 \(2024-10\)/,
    )
  })

  it('cannot be broken out of by the text it quotes', () => {
    expect(cssString('a"b\\c\nd</style>')).toBe('"a\\"b\\\\c d\\3c /style>"')
  })
})
