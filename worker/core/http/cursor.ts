import type { z } from '@hono/zod-openapi'
import { base64url } from '../crypto'
import { coreErrors } from '../errors'

/**
 * Opaque cursors for keyset pagination: the sort value and id of the last item of a page, so a page never
 * repeats or skips items when new ones arrive. Encoded as base64url JSON; a tampered cursor is a 400.
 */
export { CursorQuery } from './params'

export function encodeCursor(values: readonly (string | number)[]): string {
  return base64url(new TextEncoder().encode(JSON.stringify(values)))
}

export function decodeCursor<T extends readonly (string | number)[]>(
  cursor: string | undefined,
  shape: z.ZodType<T>,
): T | null {
  if (cursor === undefined) return null
  try {
    const json = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'))
    const parsed = shape.safeParse(
      JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (ch) => ch.charCodeAt(0)))),
    )
    if (parsed.success) return parsed.data
  } catch {
    // fall through: not base64 or not JSON
  }
  throw coreErrors.invalid_request({
    location: 'query',
    fields: [
      {
        path: 'cursor',
        code: 'invalid_cursor',
        message: 'This cursor is not valid; start from the first page.',
      },
    ],
  })
}
