import { definePlugin } from '../../core/plugin'

// Placeholder registered in worker/plugins/index.ts; the issue that builds this plugin replaces it.
export const experiences = definePlugin({
  name: 'experiences',
  description: 'Structured experience reports against the community’s versioned feedback form.',
  optional: true,
  dependencies: ['content'],
})
