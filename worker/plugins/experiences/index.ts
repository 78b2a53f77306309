import { definePlugin } from '../../core/plugin'
import { experienceType } from './content-type'
import { experienceErrors } from './errors'
import { experienceRoutes } from './handlers'
import { experienceMetrics } from './metrics'
import { ExperiencesOptions } from './options'

/** Structured experience reports against the community's versioned feedback form. */
export const experiences = definePlugin({
  name: 'experiences',
  description: 'Structured experience reports against the community’s versioned feedback form.',
  optional: true,
  dependencies: ['content'],
  options: ExperiencesOptions,
  errors: experienceErrors,
  contentTypes: [experienceType],
  metrics: experienceMetrics,
  routes: experienceRoutes,
})
