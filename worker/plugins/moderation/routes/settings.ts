import type { OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { auditStatement } from '../../../core/audit/record'
import { actorId } from '../../../core/auth/principal'
import { requestLocale } from '../../../core/communities/locale'
import { CommunityParams, defineRoute, json, jsonBody } from '../../../core/http/route'
import { isoOrNull } from '../../../core/time'
import type { AppEnv } from '../../../env'
import { checkProtectedTerms } from '../protected'
import { saveRules } from '../queries'
import { holdReasons, rejectionReasons, reportReasons } from '../reasons'
import { ModerationRules, ModerationSettingsView, ReasonsView } from '../schema'
import { type ActiveRules, loadRules } from '../settings'
import { fold } from '../text'

const tags = ['Moderation']

const reasonsRoute = defineRoute({
  method: 'get',
  path: '/{community}/reasons',
  access: 'public',
  tags,
  summary: 'The closed lists of reason codes (rejection, hold, report) with labels in the request locale',
  request: { params: CommunityParams },
  responses: { 200: json(ReasonsView, 'Reason codes and labels') },
})

const getRoute = defineRoute({
  method: 'get',
  path: '/{community}/settings',
  access: ['moderator', 'admin'],
  tags,
  summary:
    'The community’s moderation rules (word lists, link limit, repeats, rate limits, report threshold)',
  request: { params: CommunityParams },
  responses: { 200: json(ModerationSettingsView, 'The rules in force') },
})

const putRoute = defineRoute({
  method: 'put',
  path: '/{community}/settings',
  access: ['admin'],
  tags,
  summary: 'Replace the moderation rules (omitted keys take their defaults); audited',
  request: { params: CommunityParams, body: jsonBody(ModerationRules) },
  responses: { 200: json(ModerationSettingsView, 'The rules now in force') },
})

function rulesOnly(r: ActiveRules): ModerationRules {
  const { blocked: _b, review: _r, updatedAt: _u, updatedBy: _w, ...rules } = r
  return rules
}

function settingsView(c: Context<AppEnv>, r: ActiveRules) {
  const { mode, firstN } = c.var.community.moderation
  return { ...rulesOnly(r), mode, firstN, updatedAt: isoOrNull(r.updatedAt), updatedBy: r.updatedBy }
}

/** Each list without duplicates (as the matcher sees them); a term on both lists stays only on the blocked one. */
function tidy(rules: ModerationRules): ModerationRules {
  const unique = (terms: string[], taken: Set<string>) =>
    terms.filter((t) => {
      const key = fold(t)
      if (taken.has(key)) return false
      taken.add(key)
      return true
    })
  const seen = new Set<string>()
  const blockedTerms = unique(rules.blockedTerms, seen)
  return { ...rules, blockedTerms, reviewTerms: unique(rules.reviewTerms, seen) }
}

function labelled(list: Record<string, { en: string; es: string }>, locale: 'en' | 'es') {
  return Object.entries(list).map(([code, labels]) => ({ code, label: labels[locale] }))
}

export function settingsRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(reasonsRoute, (c) => {
    const locale = requestLocale(c)
    return c.json(
      {
        rejection: labelled(rejectionReasons, locale),
        hold: labelled(holdReasons, locale),
        report: labelled(reportReasons, locale),
      },
      200,
    )
  })

  app.openapi(getRoute, async (c) =>
    c.json(settingsView(c, await loadRules(c.var.services.db, c.var.community.id)), 200),
  )

  app.openapi(putRoute, async (c) => {
    const { db, now } = c.var.services
    const community = c.var.community
    const rules = tidy(c.req.valid('json'))
    checkProtectedTerms(rules, community)
    const before = await loadRules(db, community.id)
    const by = actorId(c.var.principal)
    await db.batch([
      saveRules(db, { communityId: community.id, rules, updatedBy: by, now: now() }),
      auditStatement(c, {
        action: 'moderation.settings',
        targetType: 'community',
        targetId: community.id,
        before: rulesOnly(before),
        after: rules,
      }),
    ])
    return c.json(settingsView(c, await loadRules(db, community.id)), 200)
  })
}
