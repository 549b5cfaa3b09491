import type { ParsedScenario } from '@shared/model/scenario/scenario-parse'
import { parseScenario } from '@shared/model/scenario/scenario-parse'
import { presetLabel, presetReference } from '@shared/model/scenario/preset-reference'
import type { Language } from '@shared/app-identity'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { getBaseline } from '@shared/model/baseline/baselines'
import type { Baseline } from '@shared/model/baseline/baseline-schema'
import type { CliIo } from './cli-io'
import { InvalidInput } from './cli-io'

export type ReadScenario = Extract<ParsedScenario, { ok: true }>

/** A scenario file (or standard input for "-"), read, upgraded and validated; every problem named. */
export async function readScenario(io: CliIo, file: string): Promise<ReadScenario> {
  let text: string
  try {
    text = await io.readText(file)
  } catch (error) {
    throw new InvalidInput([`${file}: cannot be read (${(error as Error).message})`])
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new InvalidInput([`${file}: not valid JSON (${(error as Error).message})`])
  }
  const parsed = parseScenario(raw)
  if (!parsed.ok) throw new InvalidInput(parsed.errors.map((e) => `${file}: ${e}`))
  return parsed
}

export interface Reference {
  readonly name: string
  readonly scenario: Scenario
  readonly baseline: Baseline
}

/**
 * `--reference`: current law (or 'no-lever', read as current law, as the app reads comparisons
 * saved under model 1) on the first scenario's baseline and horizon, as the compare view builds
 * it; or a scenario file.
 */
export async function readReference(
  io: CliIo,
  reference: string,
  like: Scenario,
  language: Language,
): Promise<Reference> {
  if (reference === 'current-law' || reference === 'no-lever') {
    const scenario = presetReference(reference, like)
    return {
      name: presetLabel(reference, language),
      scenario,
      baseline: getBaseline(scenario.baseline),
    }
  }
  const { scenario, baseline } = await readScenario(io, reference)
  return { name: scenario.name, scenario, baseline }
}
