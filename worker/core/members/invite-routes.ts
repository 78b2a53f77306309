import { type OpenAPIHono, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../env'
import { auditStatement } from '../audit/record'
import { actorId } from '../auth/principal'
import { newId } from '../crypto'
import { isUniqueViolation } from '../db'
import { CommunityParams, defineRoute, json, jsonBody } from '../http/route'
import { DAY_MS, iso } from '../time'
import { memberErrors } from './errors'
import { type InviteRecord, insertInvite, listInvites } from './invite-queries'
import { inviteCodeHash } from './join'
import { CreateInvites, Invite } from './schema'

const tags = ['Members']
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A 60-bit invite code that is easy to read aloud and type: `K7QM-2XRT-9BHD`. */
function inviteCode(): string {
  const chars = [...crypto.getRandomValues(new Uint8Array(12))].map((b) => ALPHABET[b & 31])
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`
}

function inviteView(invite: InviteRecord) {
  return {
    id: invite.id,
    cohort: invite.cohort,
    badges: invite.badges,
    codeHint: invite.codeHint,
    maxUses: invite.maxUses,
    uses: invite.uses,
    expiresAt: iso(invite.expiresAt),
    createdAt: iso(invite.createdAt),
  }
}

const createRoute = defineRoute({
  method: 'post',
  path: '/{community}/invites',
  access: ['admin'],
  tags,
  summary: 'Create invite codes for a launch cohort (codes are shown once, stored only as hashes)',
  request: { params: CommunityParams, body: jsonBody(CreateInvites) },
  responses: {
    201: json(z.object({ invites: z.array(Invite.extend({ code: z.string() })) }), 'The new codes'),
  },
})

const listRoute = defineRoute({
  method: 'get',
  path: '/{community}/invites',
  access: ['admin'],
  tags,
  summary: 'Invite batches and their use (without the codes)',
  request: { params: CommunityParams },
  responses: { 200: json(z.object({ invites: z.array(Invite) }), 'Invites') },
})

export function inviteRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRoute, async (c) => {
    const body = c.req.valid('json')
    const { db, now } = c.var.services
    const at = now()
    const created: (InviteRecord & { code: string; codeHash: string; createdBy: string })[] = []
    for (let i = 0; i < body.count; i++) {
      const code = body.code ?? inviteCode()
      created.push({
        id: newId('inv', at),
        communityId: c.var.community.id,
        cohort: body.cohort,
        badges: body.badges,
        codeHint: code.slice(-4),
        maxUses: body.maxUses,
        uses: 0,
        expiresAt: at + body.expiresInDays * DAY_MS,
        createdAt: at,
        revokedAt: null,
        code,
        codeHash: await inviteCodeHash(c.var.community.id, code),
        createdBy: actorId(c.var.principal),
      })
    }
    await db
      .batch([
        ...created.map((invite) => insertInvite(db, invite)),
        auditStatement(c, {
          action: 'invites.create',
          targetType: 'cohort',
          targetId: body.cohort,
          after: { count: body.count, badges: body.badges, maxUses: body.maxUses },
        }),
      ])
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) throw memberErrors.invite_code_taken()
        throw err
      })
    return c.json({ invites: created.map((invite) => ({ ...inviteView(invite), code: invite.code })) }, 201)
  })

  app.openapi(listRoute, async (c) => {
    const invites = await listInvites(c.var.services.db, c.var.community.id)
    return c.json({ invites: invites.map(inviteView) }, 200)
  })
}
