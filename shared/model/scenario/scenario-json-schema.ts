import { z } from 'zod'
import { scenarioSchema, SCENARIO_SCHEMA_VERSION } from './scenario-schema'

/**
 * The scenario format as a JSON Schema (draft 2020-12), published as docs/scenario.schema.json for
 * other tools. Cross-field rules (ranges that depend on the baseline, curve consistency) are
 * checked by parseScenario and described in docs/model.md.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    $id: `https://levier.invalid/schemas/scenario-v${SCENARIO_SCHEMA_VERSION}.json`,
    title: `Levier scenario, schema version ${SCENARIO_SCHEMA_VERSION}`,
    ...z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }),
  }
}
