import type { PluginHooks } from '../../../core/plugin'
import { linkLimit } from './links'
import { queueFinal, recordScreening } from './queue'
import { rateLimit } from './rate-limit'
import { repeatPosts } from './repeat'
import { wordLists } from './word-lists'

/**
 * Moderation's content hooks, in order. They run after privacy and safety (so a post refused here was still
 * screened for adverse events) on every content type; none of them looks at sentiment.
 */
export function moderationHooks(): PluginHooks {
  return {
    beforeStore: [
      { name: 'rate-limit', run: rateLimit },
      { name: 'word-lists', run: wordLists },
      { name: 'links', run: linkLimit },
      { name: 'repeat', run: repeatPosts },
      { name: 'queue', run: recordScreening },
    ],
    afterStore: [{ name: 'queue', run: queueFinal }],
  }
}
