import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ZodError } from 'zod'

/** One entry of the error catalogue: the status it answers with and a message safe to show users. */
export interface ErrorDef {
  status: ContentfulStatusCode
  message: string
}

/** The only error type handlers throw; `onError` renders it as `{ error: { code, message, details } }`. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: ContentfulStatusCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

interface RaiseOptions {
  message?: string
  headers?: Record<string, string>
}
type ErrorFactory = (details?: unknown, options?: RaiseOptions) => AppError
const CATALOGUE: unique symbol = Symbol('catalogue')

export type ErrorCatalogue<T extends Record<string, ErrorDef>> = { [K in keyof T]: ErrorFactory } & {
  readonly [CATALOGUE]: T
}

/** Declares error codes with their status; returns one factory per code (`throw errors.not_found()`). */
export function defineErrors<const T extends Record<string, ErrorDef>>(defs: T): ErrorCatalogue<T> {
  const factories: Record<string, ErrorFactory> = {}
  for (const [code, def] of Object.entries(defs)) {
    factories[code] = (details, options) =>
      new AppError(code, def.status, options?.message ?? def.message, details, options?.headers)
  }
  return Object.assign(factories, { [CATALOGUE]: defs }) as ErrorCatalogue<T>
}

export function catalogueOf(errors: ErrorCatalogue<Record<string, ErrorDef>>): Record<string, ErrorDef> {
  return errors[CATALOGUE]
}

/** Errors every feature may raise. Plugin codes are prefixed with the plugin name. */
export const coreErrors = defineErrors({
  malformed_request: {
    status: 400,
    message: 'The request could not be read (malformed JSON or parameters).',
  },
  invalid_request: { status: 400, message: 'A query or path parameter is not valid.' },
  validation_failed: { status: 422, message: 'Some fields are not valid.' },
  unsupported_media_type: { status: 415, message: 'Send the body as application/json.' },
  payload_too_large: { status: 413, message: 'The request body is too large.' },
  unauthenticated: { status: 401, message: 'Sign in to do this.' },
  session_expired: { status: 401, message: 'Your session has expired; sign in again.' },
  forbidden: { status: 403, message: 'You do not have permission to do this.' },
  not_owner: { status: 403, message: 'Only the author can do this.' },
  member_blocked: { status: 403, message: 'Your membership is suspended.' },
  origin_not_allowed: { status: 403, message: 'This site is not allowed to embed this community.' },
  not_found: { status: 404, message: 'Not found.' },
  community_not_found: { status: 404, message: 'No community has this slug.' },
  plugin_disabled: { status: 404, message: 'This feature is switched off for this community.' },
  conflict: { status: 409, message: 'This conflicts with the current state.' },
  idempotency_in_progress: { status: 409, message: 'A request with this Idempotency-Key is still running.' },
  idempotency_key_reused: {
    status: 422,
    message: 'This Idempotency-Key was already used with a different request body.',
  },
  rate_limited: { status: 429, message: 'Too many requests; try again later.' },
  internal_error: { status: 500, message: 'Something went wrong on our side.' },
})

/** A field-level problem, as listed in `details.fields` of `validation_failed` and `invalid_request`. */
export interface FieldIssue {
  path: string
  code: string
  message: string
}

export function fieldIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code,
    message: issue.message,
  }))
}

/** Turns a zod failure into our error: a body problem is 422, a query/path/header problem is 400. */
export function validationError(error: ZodError, target: string): AppError {
  const fields = fieldIssues(error)
  return target === 'json' || target === 'form'
    ? coreErrors.validation_failed({ fields })
    : coreErrors.invalid_request({ location: target, fields })
}

const httpExceptionCodes: Partial<Record<number, Exclude<keyof typeof coreErrors, symbol>>> = {
  400: 'malformed_request',
  401: 'unauthenticated',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
}

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err
  if (err instanceof HTTPException) {
    const code = httpExceptionCodes[err.status]
    if (code) return coreErrors[code]()
  }
  return coreErrors.internal_error()
}

export function errorBody(err: AppError) {
  return { error: { code: err.code, message: err.message, details: err.details ?? null } }
}

/** The app's one error handler: known errors keep their status; anything else is a logged 500 without internals. */
export function renderError(err: unknown, c: Context): Response {
  const appError = toAppError(err)
  if (appError.status >= 500) {
    console.error(`[cocreate] ${c.get('requestId') ?? '-'} ${c.req.method} ${c.req.path}`, err)
  }
  for (const [name, value] of Object.entries(appError.headers ?? {})) c.header(name, value)
  return c.json(errorBody(appError), appError.status)
}
