import { definePlugin } from '../../core/plugin'
import { safetyErrors } from './errors'
import { exportRoutes } from './export-routes'
import { screenForSafety } from './hooks'
import { safetyMetrics } from './metrics'
import { caseRoutes } from './routes'

/**
 * Pharmacovigilance for the community: every consumer post is screened (verbatim) for possible adverse
 * events and product-quality complaints; a detection opens a safety case in the same batch as the post and
 * queues its delivery to the HCO's safety system (core deliveries, endpoint `safety`). Safety staff triage
 * cases, every step audited, and export them as E2B(R3)-shaped JSON.
 */
export const safety = definePlugin({
  name: 'safety',
  description:
    'Adverse-event and product-complaint screening, safety cases, triage and delivery to the safety system.',
  dependencies: ['content', 'audit', 'deliveries'],
  errors: safetyErrors,
  routes: (app) => {
    caseRoutes(app)
    exportRoutes(app)
  },
  hooks: () => ({ beforeStore: [{ name: 'screen', run: screenForSafety }] }),
  metrics: safetyMetrics,
})
