import { definePlugin } from '../plugin'
import { moderationMode } from './moderation-mode'

/** The content registry and pipeline; contributes the community's moderation mode as the first hook. */
export const content = definePlugin({
  name: 'content',
  description: 'Content registry, versions and the moderation-mode hook.',
  dependencies: ['members'],
  hooks: () => ({ beforeStore: [{ name: 'moderation-mode', run: moderationMode }] }),
})
