import { definePlugin } from '../../core/plugin'

// Placeholder registered in worker/plugins/index.ts; the issue that builds this plugin replaces it.
export const qa = definePlugin({
  name: 'qa',
  description: 'Questions and answers, reviewed official answers, medical-information routing and search.',
  optional: true,
  dependencies: ['content'],
})
