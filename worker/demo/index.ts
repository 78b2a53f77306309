import type { OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { SignJWT } from 'jose'
import { findCommunityBySlug } from '../core/communities/queries'
import { coreErrors } from '../core/errors'
import { PAGE_CSP } from '../core/http/pages'
import { findMemberWithRole } from '../core/members/queries'
import { newSession } from '../core/members/sessions'
import { defaultAudience } from '../core/members/sso'
import type { AppEnv } from '../env'
import { demoPages } from './pages'

function isDemo(c: Context<AppEnv>): boolean {
  return c.env.DEMO === 'true'
}

/**
 * The demo: fictional product pages with the widget embedded, and an SSO signer playing the part of the HCO's
 * own site (which signs a short-lived token for its logged-in user). Only served when DEMO is "true".
 */
export function demoRoutes(app: OpenAPIHono<AppEnv>) {
  app.get('/', (c) => {
    c.header('Content-Security-Policy', PAGE_CSP)
    return c.html(isDemo(c) ? demoPages.drug() : demoPages.landing())
  })
  app.get('/demo/video-visits', (c) => {
    if (!isDemo(c)) throw coreErrors.not_found()
    c.header('Content-Security-Policy', PAGE_CSP)
    return c.html(demoPages.service())
  })
  // Opens the staff console as the seeded staff member holding `role` (demo only: staff normally arrive from
  // the widget after signing in on the HCO's site).
  app.get('/demo/console/:community/:role', async (c) => {
    if (!isDemo(c)) throw coreErrors.not_found()
    const { db, now } = c.var.services
    const community = await findCommunityBySlug(db, c.req.param('community'), [])
    const member = community && (await findMemberWithRole(db, community.id, c.req.param('role')))
    if (!community || !member) throw coreErrors.not_found()
    const session = await newSession(db, now(), member, c.var.services.sessionTtlMs)
    await session.statement.run()
    c.header('Cache-Control', 'no-store')
    return c.redirect(`/console#community=${community.slug}&token=${session.token}`, 303)
  })

  app.get('/demo/sso-token/:community', async (c) => {
    if (!isDemo(c)) throw coreErrors.not_found()
    const community = await findCommunityBySlug(c.var.services.db, c.req.param('community'), [])
    if (!community?.ssoSecret) throw coreErrors.not_found()
    const token = await new SignJWT({ email: 'pat.demo@example.com', name: 'Pat Demo' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('demo-portal-user-1')
      .setAudience(community.sso.audience ?? defaultAudience(community))
      .setIssuedAt(Math.floor(c.var.services.now() / 1000))
      .setExpirationTime(Math.floor(c.var.services.now() / 1000) + 300)
      .sign(new TextEncoder().encode(community.ssoSecret))
    c.header('Cache-Control', 'no-store')
    return c.json({ token })
  })
}
