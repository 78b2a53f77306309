import { definePlugin } from '../../core/plugin'

// Placeholder registered in worker/plugins/index.ts; the issue that builds this plugin replaces it.
export const privacy = definePlugin({
  name: 'privacy',
  description:
    'Privacy redaction of consumer text (HIPAA Safe Harbor identifiers), with the verbatim original kept restricted.',
  dependencies: ['content'],
})
