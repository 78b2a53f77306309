import { definePlugin } from '../../core/plugin'

// Placeholder registered in worker/plugins/index.ts; the issue that builds this plugin replaces it.
export const learn = definePlugin({
  name: 'learn',
  description: 'HCO-authored Learn articles in a sanitized rich-text format.',
  optional: true,
  dependencies: ['content'],
})
