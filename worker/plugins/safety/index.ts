import { definePlugin } from '../../core/plugin'

// Placeholder registered in worker/plugins/index.ts; the issue that builds this plugin replaces it.
export const safety = definePlugin({
  name: 'safety',
  description:
    'Adverse-event and product-complaint screening, safety cases, triage and delivery to the safety system.',
  dependencies: ['content'],
})
