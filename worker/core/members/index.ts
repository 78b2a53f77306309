import { definePlugin } from '../plugin'
import { memberErrors } from './errors'
import { inviteRoutes } from './invite-routes'
import { memberRoutes } from './routes'

/** Identity: members, pseudonyms, disclosure badges, consent, sessions, invites and SSO. */
export const members = definePlugin({
  name: 'members',
  description: 'Members, sessions, invites, SSO and consent.',
  dependencies: ['communities'],
  errors: memberErrors,
  routes: (app) => {
    // Invite routes first: `/{community}/invites` must win over `/{community}/{memberId}`.
    inviteRoutes(app)
    memberRoutes(app)
  },
})
