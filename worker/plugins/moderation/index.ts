import { definePlugin } from '../../core/plugin'
import { moderationErrors } from './errors'
import { moderationHooks } from './hooks'
import { eraseMemberModeration, exportMemberModeration } from './member-data'
import { moderationMetrics } from './metrics'
import { moderationRoutes } from './routes'

/**
 * Moderation: per-community word lists, link limit, repeat detection and rate limits (content hooks that run
 * after privacy and safety), member reports, the queue with why each item is there, and audited decisions.
 */
export const moderation = definePlugin({
  name: 'moderation',
  description:
    'Moderation: word lists, link limits, repeat posts, rate limits, member reports, the queue and decisions.',
  dependencies: ['content'],
  errors: moderationErrors,
  hooks: moderationHooks,
  routes: moderationRoutes,
  metrics: moderationMetrics,
  memberData: { export: exportMemberModeration, erase: eraseMemberModeration },
})
