import { definePlugin } from '../../core/plugin'
import { privacyErrors } from './errors'
import { redactIdentifiers } from './hooks'
import { privacyRoutes } from './routes'

/**
 * Privacy redaction: HIPAA Safe Harbor identifiers in consumer text are replaced by neutral markers before
 * anything is public; the verbatim original (core `content_versions`) is readable by safety and moderation
 * staff only, and every read is audited. First in the plugin list, so no later hook publishes an identifier.
 */
export const privacy = definePlugin({
  name: 'privacy',
  description:
    'Privacy redaction of consumer text (HIPAA Safe Harbor identifiers), with the verbatim original kept restricted.',
  dependencies: ['content', 'audit'],
  errors: privacyErrors,
  routes: privacyRoutes,
  hooks: () => ({ beforeStore: [{ name: 'redact', run: redactIdentifiers }] }),
})
