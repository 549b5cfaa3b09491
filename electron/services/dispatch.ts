import { API_CONTRACT } from '@shared/api/contract'
import type { ApiHandlers } from '@shared/api/contract'
import { isApiCallName } from '@shared/api/calls'
import { ApiFailure, fail, ok } from '@shared/api/result'
import type { ApiResult } from '@shared/api/result'
import { describeIssues } from '@shared/api/validation'

export type Dispatch = (name: string, payload: unknown) => Promise<ApiResult<unknown>>

export interface DispatchOptions {
  /** Where unexpected errors are reported in full; the caller only ever sees a generic message. */
  readonly logError?: (error: unknown, callName: string) => void
}

const defaultLogError = (error: unknown, callName: string): void => {
  console.error(`[levier] call ${callName} failed:`, error)
}

/**
 * Turn service handlers into the single entry point both hosts use: check the call name, parse the
 * payload against the contract, run the handler, check its answer, and fold every failure into the
 * API's error shape.
 */
export function createDispatch(handlers: ApiHandlers, options: DispatchOptions = {}): Dispatch {
  const logError = options.logError ?? defaultLogError
  return async (name, payload) => {
    if (!isApiCallName(name)) return fail('unknown_call', `Unknown API call: ${String(name)}`)
    const spec = API_CONTRACT[name]
    const parsed = spec.request.safeParse(payload)
    if (!parsed.success) {
      const problems = describeIssues(parsed.error, payload)
      return fail('bad_request', `Invalid request for ${name}: ${problems.join('; ')}`)
    }
    try {
      const handler = handlers[name] as (request: unknown) => Promise<unknown>
      const value = await handler(parsed.data)
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
