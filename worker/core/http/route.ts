import { createRoute, type RouteConfig, z } from '@hono/zod-openapi'
import { authorize } from '../auth/authorize'
import { type Access, describeAccess } from '../auth/roles'

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'validation_failed' }),
      message: z.string(),
      details: z.unknown().nullable().openapi({ type: 'object' }),
    }),
  })
  .openapi('Error')

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
})

const standardErrors = {
  400: errorResponse(
    'Malformed request or invalid query/path parameter (`malformed_request`, `invalid_request`).',
  ),
  401: errorResponse('Not signed in, or the session expired (`unauthenticated`, `session_expired`).'),
  403: errorResponse('The caller lacks the role this route requires (`forbidden`, …).'),
  404: errorResponse('Unknown community, resource, or a feature switched off for the community.'),
  422: errorResponse('The body does not match the schema (`validation_failed`, with `details.fields`).'),
  429: errorResponse('Rate limited (`rate_limited`, with `Retry-After`).'),
} as const

export { CommunityParams, idParam, Slug, SlugParam } from './params'

export type DefinedRoute<R extends RouteConfig> = R & { access: Access }

/**
 * `createRoute` plus the route's access rule: attaches `authorize(access)` before the route's own middleware,
 * documents the rule as `x-access`, and adds the standard error responses.
 */
export function defineRoute<const R extends RouteConfig>(config: R & { access: Access }) {
  const { access, ...route } = config
  const middleware = route.middleware ? [route.middleware].flat() : []
  return createRoute({
    ...route,
    middleware: [authorize(access), ...middleware],
    security: access === 'public' ? [] : [{ bearer: [] }],
    'x-access': describeAccess(access),
    responses: { ...standardErrors, ...route.responses },
  } as unknown as R)
}

/** A JSON response entry for `responses`. */
export function json<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { 'application/json': { schema } } } as const
}

/** A required JSON request body entry for `request.body`. */
export function jsonBody<S extends z.ZodType>(schema: S) {
  return { required: true, content: { 'application/json': { schema } } } as const
}
