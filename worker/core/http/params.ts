import { z } from '@hono/zod-openapi'

// Path parameters shared by every feature. Like every schema file, this imports only zod, so the widget can
// import the types inferred from it without pulling in worker runtime types.

export const Slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,46}[a-z0-9]$/, 'A community slug is 3-48 lowercase letters, digits or dashes.')

export const SlugParam = Slug.openapi({ param: { name: 'community', in: 'path' }, example: 'trimly-launch' })

/** Path parameters of every community-scoped route; extend it with the route's own. */
export const CommunityParams = z.object({ community: SlugParam })

/** A path parameter holding one of our prefixed ids (`exp_…`). */
export function idParam(name: string, prefix: string) {
  return z
    .string()
    .regex(new RegExp(`^${prefix}_[0-9a-z]{22}$`), `Not a valid id.`)
    .openapi({ param: { name, in: 'path' } })
}

/** The opaque keyset cursor of a paginated list (see core/http/cursor.ts). */
export const CursorQuery = z
  .string()
  .max(300)
  .optional()
  .openapi({ description: 'The `next` value of the previous page.' })
