import { z } from '@hono/zod-openapi'
import { definePlugin } from '../../core/plugin'
import { forwardPublished } from './hooks'

const Options = z.object({
  /** The community's delivery endpoint to post to (`PUT /v1/deliveries/{community}/endpoints/internal`). */
  endpoint: z
    .string()
    .regex(/^[a-z][a-z0-9_-]{1,30}$/)
    .default('internal'),
  /** Only these content types (default: all). */
  types: z.array(z.string()).optional(),
})
export type WebhookOptions = z.output<typeof Options>

/**
 * Example plugin: forwards every published post, with its public (redacted) text, to the HCO's internal system
 * by signed webhook — the way Kaiser Permanente integrated its member forums with internal services. Communities
 * that have not configured the endpoint are skipped.
 */
export const webhook = definePlugin({
  name: 'webhook',
  description: 'Forwards published posts to an internal system by signed webhook (example plugin).',
  optional: true,
  dependencies: ['deliveries'],
  options: Options,
  hooks: (options) => ({ afterStore: [{ name: 'forward-published', run: forwardPublished(options) }] }),
})
