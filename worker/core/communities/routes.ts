import { type OpenAPIHono, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { etag } from 'hono/etag'
import type { AppEnv } from '../../env'
import { auditStatement } from '../audit/record'
import { newId } from '../crypto'
import { isUniqueViolation } from '../db'
import { CommunityParams, defineRoute, json, jsonBody } from '../http/route'
import { communityErrors } from './errors'
import { findCommunityBySlug, insertCommunity, listCommunities, updateCommunity } from './queries'
import {
  AdminCommunity,
  type Community,
  type CommunitySettings,
  CreateCommunity,
  PublicCommunity,
  UpdateCommunity,
} from './schema'
import { adminCommunity, publicCommunity, settingsOf } from './views'

const tags = ['Communities']

const createRoute = defineRoute({
  method: 'post',
  path: '/',
  access: 'platform',
  tags,
  summary: 'Create a community for one product or service launch',
  request: { body: jsonBody(CreateCommunity) },
  responses: { 201: json(AdminCommunity, 'The new community') },
})

const listRoute = defineRoute({
  method: 'get',
  path: '/',
  access: 'platform',
  tags,
  summary: 'List all communities',
  responses: { 200: json(z.object({ communities: z.array(AdminCommunity) }), 'All communities') },
})

const getRoute = defineRoute({
  method: 'get',
  path: '/{community}',
  access: 'public',
  middleware: [etag()],
  tags,
  summary: 'Public description of a community (what the widget shows first)',
  request: { params: CommunityParams },
  responses: { 200: json(PublicCommunity, 'The community') },
})

const settingsRoute = defineRoute({
  method: 'get',
  path: '/{community}/settings',
  access: ['admin'],
  tags,
  summary: 'All settings of a community (SSO secret excepted)',
  request: { params: CommunityParams },
  responses: { 200: json(AdminCommunity, 'The community with its settings') },
})

const updateRoute = defineRoute({
  method: 'patch',
  path: '/{community}',
  access: ['admin'],
  tags,
  summary: 'Change settings of a community',
  request: { params: CommunityParams, body: jsonBody(UpdateCommunity) },
  responses: { 200: json(AdminCommunity, 'The updated community') },
})

function optionalPlugins(c: Context<AppEnv>): readonly string[] {
  return c.var.services.registry.optional
}

/** Cross-field rules zod cannot see alone: known plugins, default locale among the locales. */
function checkSettings(c: Context<AppEnv>, settings: CommunitySettings): CommunitySettings {
  const known = optionalPlugins(c)
  const unknown = (settings.plugins ?? []).filter((p) => !known.includes(p))
  if (unknown.length > 0) throw communityErrors.unknown_plugin({ unknown, available: known })
  if (!settings.locales.includes(settings.defaultLocale)) throw communityErrors.locale_not_offered()
  return { ...settings, plugins: settings.plugins ?? [...known] }
}

function registerAdmin(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRoute, async (c) => {
    const { slug, ssoSecret, ...raw } = c.req.valid('json')
    const settings = checkSettings(c, raw)
    const { db, now } = c.var.services
    const at = now()
    const id = newId('com', at)
    try {
      await db.batch([
        insertCommunity(db, { id, slug, settings, ssoSecret: ssoSecret ?? null, now: at }),
        auditStatement(c, {
          action: 'community.create',
          targetType: 'community',
          targetId: id,
          communityId: id,
          after: settings,
        }),
      ])
    } catch (err) {
      if (isUniqueViolation(err)) throw communityErrors.slug_taken({ slug })
      throw err
    }
    const created = await findCommunityBySlug(db, slug, optionalPlugins(c))
    return c.json(adminCommunity(created!), 201)
  })

  app.openapi(listRoute, async (c) => {
    const communities = await listCommunities(c.var.services.db, optionalPlugins(c))
    return c.json({ communities: communities.map(adminCommunity) }, 200)
  })
}

async function applyUpdate(c: Context<AppEnv>, community: Community, patch: z.infer<typeof UpdateCommunity>) {
  const { ssoSecret, ...changes } = patch
  const settings = checkSettings(c, { ...settingsOf(community), ...changes })
  const { db, now } = c.var.services
  const secret = ssoSecret === undefined ? community.ssoSecret : ssoSecret
  await db.batch([
    updateCommunity(db, { id: community.id, settings, ssoSecret: secret, now: now() }),
    auditStatement(c, {
      action: 'community.update',
      targetType: 'community',
      targetId: community.id,
      before: settingsOf(community),
      after: { ...settings, ssoSecretChanged: ssoSecret !== undefined },
    }),
  ])
}

export function communityRoutes(app: OpenAPIHono<AppEnv>) {
  registerAdmin(app)

  app.openapi(getRoute, (c) => {
    // Every page view of the product page asks for this: let browsers reuse it briefly and revalidate by ETag.
    c.header('Cache-Control', 'public, max-age=60, stale-while-revalidate=600')
    return c.json(publicCommunity(c.var.community), 200)
  })

  app.openapi(settingsRoute, (c) => c.json(adminCommunity(c.var.community), 200))

  app.openapi(updateRoute, async (c) => {
    await applyUpdate(c, c.var.community, c.req.valid('json'))
    const updated = await findCommunityBySlug(c.var.services.db, c.var.community.slug, optionalPlugins(c))
    return c.json(adminCommunity(updated!), 200)
  })
}
