import type { Context } from 'hono'
import type { ZodError } from 'zod'
import { validationError } from '../errors'

type HookResult = ({ success: true; data: unknown } | { success: false; error: ZodError }) & {
  target: string
}

/** The `defaultHook` of every sub-app: a zod failure becomes `validation_failed` (body) or `invalid_request`. */
export function validationHook(result: HookResult, _c: Context): undefined {
  if (!result.success) throw validationError(result.error, result.target)
  return undefined
}
