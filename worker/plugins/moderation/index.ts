import { definePlugin } from '../../core/plugin'

// Placeholder registered in worker/plugins/index.ts; the issue that builds this plugin replaces it.
export const moderation = definePlugin({
  name: 'moderation',
  description:
    'Moderation: word lists, link limits, repeat posts, rate limits, member reports, the queue and decisions.',
  dependencies: ['content'],
})
