import { type OpenAPIHono, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { AppEnv } from '../../env'
import { auditStatement } from '../audit/record'
import { currentMember } from '../auth/current'
import { StaffRole } from '../auth/roles'
import { requestLocale } from '../communities/locale'
import { CommunityParams, defineRoute, idParam, json, jsonBody } from '../http/route'
import { iso } from '../time'
import { memberErrors } from './errors'
import { joinCommunity } from './join'
import { deleteMemberAccount, exportMemberData } from './privacy-rights'
import {
  findMember,
  findPrivateDetails,
  listConsents,
  listMembers,
  revokeMemberSessions,
  revokeSession,
  updateMemberAccess,
} from './queries'
import { BadgeCode, JoinRequest, PublicMember, SelfMember, Session, StaffMemberView } from './schema'
import { publicMember, selfMember, staffMember } from './views'

const tags = ['Members']
const MemberParams = CommunityParams.extend({ memberId: idParam('memberId', 'mem') })

const joinRoute = defineRoute({
  method: 'post',
  path: '/{community}/join',
  access: 'public',
  tags,
  summary: 'Join (or sign in) by SSO token, invite code, or open sign-up; records consent; returns a session',
  request: { params: CommunityParams, body: jsonBody(JoinRequest) },
  responses: { 200: json(Session, 'Signed in as an existing member'), 201: json(Session, 'Joined') },
})

const meRoute = defineRoute({
  method: 'get',
  path: '/{community}/me',
  access: 'member',
  tags,
  summary: 'The signed-in member, with private details only they (and safety staff) may see',
  request: { params: CommunityParams },
  responses: { 200: json(SelfMember, 'The signed-in member') },
})

const exportRoute = defineRoute({
  method: 'get',
  path: '/{community}/me/export',
  access: 'member',
  tags,
  summary: 'Download everything the community holds about me (data-access request)',
  request: { params: CommunityParams },
  responses: { 200: json(z.looseObject({ exportedAt: z.string() }), 'My data') },
})

const deleteRoute = defineRoute({
  method: 'delete',
  path: '/{community}/me',
  access: 'member',
  tags,
  summary: 'Delete my account: public content removed, safety records kept as the law requires',
  request: { params: CommunityParams },
  responses: { 204: { description: 'Deleted' } },
})

const signOutRoute = defineRoute({
  method: 'delete',
  path: '/{community}/session',
  access: 'member',
  tags,
  summary: 'Sign out: revoke the session used for this request',
  request: { params: CommunityParams },
  responses: { 204: { description: 'Revoked' } },
})

const signOutAllRoute = defineRoute({
  method: 'delete',
  path: '/{community}/sessions',
  access: 'member',
  tags,
  summary: 'Sign out everywhere: revoke all sessions of the signed-in member',
  request: { params: CommunityParams },
  responses: { 204: { description: 'Revoked' } },
})

const listRoute = defineRoute({
  method: 'get',
  path: '/{community}',
  access: ['admin', 'moderator'],
  tags,
  summary: 'Members of the community with their roles and badges (no private details)',
  request: {
    params: CommunityParams,
    query: z.object({
      after: z.string().max(40).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: {
    200: json(
      z.object({ members: z.array(StaffMemberView), next: z.string().nullable() }),
      'A page of members',
    ),
  },
})

const getRoute = defineRoute({
  method: 'get',
  path: '/{community}/{memberId}',
  access: 'public',
  tags,
  summary: "A member's public profile: pseudonym and disclosure badges",
  request: { params: MemberParams },
  responses: { 200: json(PublicMember, 'The member') },
})

const accessRoute = defineRoute({
  method: 'put',
  path: '/{community}/{memberId}/access',
  access: ['admin'],
  tags,
  summary: "Set a member's staff roles and disclosure badges",
  request: {
    params: MemberParams,
    body: jsonBody(z.object({ roles: z.array(StaffRole).max(6), badges: z.array(BadgeCode).max(5) })),
  },
  responses: { 200: json(StaffMemberView, 'The member with new roles and badges') },
})

async function selfView(c: Context<AppEnv>, memberId: string) {
  const { db } = c.var.services
  const member = await findMember(db, c.var.community.id, memberId)
  if (!member) throw memberErrors.member_not_found()
  const [details, consents] = await Promise.all([
    findPrivateDetails(db, member.id),
    listConsents(db, member.id),
  ])
  return selfMember(member, c.var.community, requestLocale(c), details, consents)
}

export function memberRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(joinRoute, async (c) => {
    const outcome = await joinCommunity(c.var.services, c.var.community, c.req.valid('json'))
    const body = {
      token: outcome.token,
      expiresAt: iso(outcome.expiresAt),
      member: await selfView(c, outcome.member.id),
    }
    return outcome.created ? c.json(body, 201) : c.json(body, 200)
  })

  app.openapi(meRoute, async (c) => c.json(await selfView(c, currentMember(c).id), 200))

  app.openapi(exportRoute, async (c) => {
    const member = currentMember(c)
    c.header(
      'Content-Disposition',
      `attachment; filename="cocreate-${c.var.community.slug}-${member.id}.json"`,
    )
    return c.json(await exportMemberData(c, member), 200)
  })

  app.openapi(deleteRoute, async (c) => {
    await deleteMemberAccount(c, currentMember(c))
    return c.body(null, 204)
  })

  app.openapi(signOutRoute, async (c) => {
    const { db, now } = c.var.services
    await revokeSession(db, currentMember(c).sessionId, now()).run()
    return c.body(null, 204)
  })

  app.openapi(signOutAllRoute, async (c) => {
    const { db, now } = c.var.services
    await revokeMemberSessions(db, currentMember(c).id, now()).run()
    return c.body(null, 204)
  })

  app.openapi(listRoute, async (c) => {
    const { after, limit } = c.req.valid('query')
    const rows = await listMembers(c.var.services.db, c.var.community.id, {
      after: after ?? null,
      limit: limit + 1,
    })
    const page = rows.slice(0, limit)
    const next = rows.length > limit ? (page.at(-1)?.id ?? null) : null
    const locale = requestLocale(c)
    return c.json({ members: page.map((m) => staffMember(m, c.var.community, locale)), next }, 200)
  })

  app.openapi(getRoute, async (c) => {
    const member = await findMember(c.var.services.db, c.var.community.id, c.req.valid('param').memberId)
    if (!member || member.status === 'deleted') throw memberErrors.member_not_found()
    return c.json(publicMember(member, c.var.community, requestLocale(c)), 200)
  })

  app.openapi(accessRoute, async (c) => {
    const { db, now } = c.var.services
    const member = await findMember(db, c.var.community.id, c.req.valid('param').memberId)
    if (!member) throw memberErrors.member_not_found()
    const { roles, badges } = c.req.valid('json')
    await db.batch([
      updateMemberAccess(db, { id: member.id, communityId: member.communityId, roles, badges, now: now() }),
      auditStatement(c, {
        action: 'member.access',
        targetType: 'member',
        targetId: member.id,
        before: { roles: member.roles, badges: member.badges },
        after: { roles, badges },
      }),
    ])
    return c.json(staffMember({ ...member, roles, badges }, c.var.community, requestLocale(c)), 200)
  })
}
