import { describe, expect, it } from 'vitest'
import type { Language } from '@shared/app-identity'
import { DEFAULT_BRIEF_OPTIONS } from '@shared/brief/brief-options'
import type { BriefScenarioInput } from '@shared/brief/brief-content'
import { buildScenarioBrief } from '@shared/brief/build-brief'
import { compileScenario } from '@shared/model/engine/compile'
import { LEVERS } from '@shared/model/levers/lever-table'
import { runWithLeverEffects } from '@shared/model/uncertainty/lever-effects'
import type { LeverEffectBands } from '@shared/model/uncertainty/lever-effects'
import en from '../../../shared/i18n/en.json' with { type: 'json' }
import fr from '../../../shared/i18n/fr.json' with { type: 'json' }
import { effectBand } from '../../helpers/effect-bands'
import { APP, NOW, baseline, briefInput } from './brief-fixtures'

const NARROW = '\u202f'

function brief(input: BriefScenarioInput, language: Language) {
  return buildScenarioBrief(input, baseline, { ...DEFAULT_BRIEF_OPTIONS, language }, APP, NOW)
}

/** Effects given by hand: the ROBSS balance's band in the last year and cumulated. */
function handMade(final: [number, number, number], cumulative: [number, number, number]) {
  return {
    draws: 10_000,
    seed: 7,
    parts: [
      {
        of: 'all',
        bands: [
          effectBand('robss_balance_final', final),
          effectBand('increment_robss_final', final),
          effectBand('robss_balance_change_cumulative', cumulative),
          effectBand('increment_total_final', final),
          effectBand('apu_effect_final', final),
        ],
      },
    ],
  } as LeverEffectBands
}

describe('the brief with the levers’ effect band', () => {
  const input = briefInput('dst-6')
  const last = input.projection.years.at(-1) as number
  const first = input.projection.years[0] as number

  it('states the effect and its band in the key points, right after what the levers yield', () => {
    const effects = handMade([0.31, 0.474, 0.62], [3.1, 4.5, 6.2])
    const content = brief({ ...input, leverEffects: effects }, 'fr')
    const without = brief(input, 'fr')
    expect(content.summaryBox.length).toBe(without.summaryBox.length + 1)
    const sentence = content.summaryBox[1] as string
    expect(sentence).toBe(
      `Sur 10${NARROW}000 tirages appariés des hypothèses incertaines, l’effet des leviers sur le solde du ROBSS en ${last}, par rapport au droit constant, serait de +0,474${NARROW}Md€ (de +0,310${NARROW}Md€ à +0,620${NARROW}Md€ dans 90${NARROW}% des tirages), dont +0,474${NARROW}Md€ de recettes affectées (de +0,310${NARROW}Md€ à +0,620${NARROW}Md€) ; cumulé sur ${first}–${last}, il serait de +4,50${NARROW}Md€ (de +3,10${NARROW}Md€ à +6,20${NARROW}Md€).`,
    )
    // Neither band holds zero: no sentence says the sign may turn.
    expect(content.summaryBox.join(' ')).not.toContain('contient zéro')
    // The method says what the band is, once.
    const method = content.method.filter((p) => p.includes('tirages appariés'))
    expect(method).toHaveLength(1)
    expect(method[0]).toContain('graine 7')
    expect(method[0]).toContain('droit constant')
    expect(without.method.some((p) => p.includes('tirages appariés'))).toBe(false)
  })

  it('says in words which band holds zero', () => {
    const year = String(last)
    const span = `${first}–${last}`
    const cases: Array<[LeverEffectBands, string]> = [
      [handMade([-0.01, 0.5, 0.9], [1, 5, 9]), fr['brief.summary.effectCrossesFinal']],
      [handMade([0.1, 0.5, 0.9], [-1, 5, 9]), fr['brief.summary.effectCrossesCumulative']],
      [handMade([-0.01, 0.5, 0.9], [-1, 5, 9]), fr['brief.summary.effectCrossesBoth']],
    ]
    for (const [effects, template] of cases) {
      const box = brief({ ...input, leverEffects: effects }, 'fr').summaryBox
      expect(box[2]).toBe(template.replace('{year}', year).replace('{span}', span))
    }
    const english = brief(
      { ...input, leverEffects: handMade([-0.01, 0.5, 0.9], [1, 5, 9]) },
      'en',
    ).summaryBox
    expect(english[2]).toBe(en['brief.summary.effectCrossesFinal'].replace('{year}', year))
    expect(english[2]).toContain('worsen the ROBSS balance')
  })

  it('gives a real run’s bands, and each lever alone when several are reformed', () => {
    const several = briefInput('dst-6', (s) => {
      for (const lever of LEVERS) s.levers[lever.id].enabled = true
    })
    const { effects } = runWithLeverEffects(compileScenario(several.scenario, baseline), 300, 1)
    const box = brief({ ...several, leverEffects: effects }, 'en').summaryBox
    const alone = box.find((s) => s.startsWith('Each lever alone'))
    expect(alone).toBeDefined()
    for (const lever of LEVERS) expect(alone).toContain(lever.inSentence.en)
    const all = effects.parts[0]?.bands.find((b) => b.id === 'robss_balance_final')
    if (!all) throw new Error('no band')
    const sentence = box[1] as string
    expect(sentence).toMatch(/^Over 300 paired draws/)
    // The band's ends in the sentence, with the screen's decimals (three below €1bn, two below 10).
    const money = (v: number) => {
      const abs = Math.abs(v)
      return `${v < 0 ? '−' : '+'}€${abs.toFixed(abs >= 10 ? 1 : abs >= 1 ? 2 : 3)}bn`
    }
    expect(sentence).toContain(`(${money(all.p5)} to ${money(all.p95)} in 90% of draws)`)
  })
})
