import type { z } from 'zod'
import { API_CONTRACT } from '@shared/api/contract'
import type { ApiHandlers } from '@shared/api/contract'
import { isApiCallName } from '@shared/api/calls'
import { ApiFailure, fail, ok } from '@shared/api/result'
import type { ApiResult } from '@shared/api/result'
import { MAX_PAYLOAD_DEPTH, describeIssues, nestingDepth } from '@shared/api/validation'

export type Dispatch = (name: string, payload: unknown) => Promise<ApiResult<unknown>>

export interface DispatchOptions {
  /** Where unexpected errors are reported in full; the caller only ever sees a generic message. */
  readonly logError?: (error: unknown, callName: string) => void
}

const defaultLogError = (error: unknown, callName: string): void => {
  console.error(`[levier] call ${callName} failed:`, error)
}

/** The name of an unknown call as sent, cut short; whatever a caller sends (IPC takes any value). */
function shownName(name: unknown): string {
  return typeof name === 'string' ? JSON.stringify(name.slice(0, 100)) : typeof name
}

type Checked = { ok: true; data: unknown } | { ok: false; error: ApiResult<never> }

/**
 * Parse a payload against its schema. Every way a payload can be wrong is the caller's mistake, so
 * it is answered `bad_request`, never `internal`: too deep a nesting is refused before any
 * recursive step sees it, and whatever the validator might still throw on a value no schema
 * expected (an object where a string's length is read, say) is caught here.
 */
function checkRequest(
  name: string,
  schema: z.ZodType,
  payload: unknown,
  logError: (error: unknown, callName: string) => void,
): Checked {
  const refuse = (why: string): Checked => ({
    ok: false,
    error: fail('bad_request', `Invalid request for ${name}: ${why}`),
  })
  if (nestingDepth(payload) > MAX_PAYLOAD_DEPTH) {
    return refuse(`arrays and objects nest deeper than ${MAX_PAYLOAD_DEPTH} levels.`)
  }
  try {
    const parsed = schema.safeParse(payload)
    if (parsed.success) return { ok: true, data: parsed.data }
    return refuse(describeIssues(parsed.error, payload).join('; '))
  } catch (error) {
    logError(error, name)
    return refuse('a field holds a value of the wrong type (check the type of each field).')
  }
}

/**
 * Turn service handlers into the single entry point both hosts use: check the call name, parse the
 * payload against the contract, run the handler, check its answer, and fold every failure into the
 * API's error shape.
 */
export function createDispatch(handlers: ApiHandlers, options: DispatchOptions = {}): Dispatch {
  const logError = options.logError ?? defaultLogError
  return async (name, payload) => {
    if (!isApiCallName(name)) return fail('unknown_call', `Unknown API call: ${shownName(name)}`)
    const spec = API_CONTRACT[name]
    const request = checkRequest(name, spec.request, payload, logError)
    if (!request.ok) return request.error
    try {
      const handler = handlers[name] as (request: unknown) => Promise<unknown>
      const value = await handler(request.data)
      const checked = spec.response.safeParse(value)
      if (!checked.success) {
        logError(new Error(describeIssues(checked.error, value).join('; ')), name)
        return fail('internal', `The application produced an invalid answer to ${name}.`)
      }
      return ok(checked.data)
    } catch (error) {
      if (error instanceof ApiFailure) return fail(error.code, error.message)
      logError(error, name)
      return fail('internal', `Unexpected error while running ${name}.`)
    }
  }
}
