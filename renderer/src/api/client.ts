import { API_CALL_NAMES } from '@shared/api/calls'
import type { ApiCallName } from '@shared/api/calls'
import { API_CONTRACT } from '@shared/api/contract'
import type { ApiClient } from '@shared/api/contract'
import { apiResultSchema, fail } from '@shared/api/result'
import type { ApiResult } from '@shared/api/result'
import type { Transport } from './transport'

/**
 * The typed API the whole renderer uses. Every answer is checked against the contract, so a host
 * that is gone or answers nonsense becomes an ordinary error result, never an exception.
 */
export function createApiClient(transport: Pick<Transport, 'kind' | 'invoke'>): ApiClient {
  const call = async (name: ApiCallName, request: unknown): Promise<ApiResult<unknown>> => {
    let raw: unknown
    try {
      raw = await transport.invoke(name, request)
    } catch {
      return fail('internal', 'The Levier host did not answer. Is it still running?')
    }
    const parsed = apiResultSchema(API_CONTRACT[name].response).safeParse(raw)
    if (!parsed.success)
      return fail('internal', `The Levier host sent an unexpected answer to ${name}.`)
    return parsed.data as ApiResult<unknown>
  }
  return Object.fromEntries(
    API_CALL_NAMES.map((name) => [name, (request: unknown) => call(name, request)]),
  ) as ApiClient
}
