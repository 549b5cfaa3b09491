import { z } from 'zod'

/**
 * Every failure the API reports. The UI shows `message`; `code` lets it react. A stack trace never
 * crosses the API: hosts log it on their side and send `internal`.
 */
export const API_ERROR_CODES = [
  'bad_request',
  'unknown_call',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'payload_too_large',
  'unsupported_media_type',
  'conflict',
  'read_only',
  'locked',
  'refused',
  'invalid_input',
  'storage',
  'internal',
] as const
export type ApiErrorCode = (typeof API_ERROR_CODES)[number]

export const apiErrorSchema = z.strictObject({
  code: z.enum(API_ERROR_CODES),
  message: z.string().min(1),
})
export type ApiError = z.infer<typeof apiErrorSchema>

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }

/** The schema of a result whose value follows `value`. */
export function apiResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: apiErrorSchema }),
  ])
}

export function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value }
}

export function fail(code: ApiErrorCode, message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message } }
}

/**
 * An error a service throws on purpose, whose message is written for the user. Anything else thrown
 * is reported as `internal` with a generic message.
 */
export class ApiFailure extends Error {
  readonly code: ApiErrorCode
  constructor(code: ApiErrorCode, message: string) {
    super(message)
    this.name = 'ApiFailure'
    this.code = code
  }
}
