import { definePlugin } from '../plugin'
import { communityErrors } from './errors'
import { communityRoutes } from './routes'

/** Tenancy: one community per product or service launch. */
export const communities = definePlugin({
  name: 'communities',
  description: 'Communities (tenants): product, access mode, moderation mode, embed origins, SSO, locales.',
  errors: communityErrors,
  routes: (app) => communityRoutes(app),
})
