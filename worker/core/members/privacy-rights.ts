import type { Context } from 'hono'
import type { AppEnv } from '../../env'
import { auditStatement } from '../audit/record'
import {
  type ContentRecord,
  eraseAuthorVersions,
  listContentByAuthor,
  listVersions,
} from '../content/queries'
import { statusStatements } from '../content/service'
import { iso } from '../time'
import { eraseMember, findPrivateDetails, listConsents } from './queries'
import type { MemberRecord } from './schema'

/** Everything we hold about a member, for their data-access request (their own text included, verbatim). */
export async function exportMemberData(c: Context<AppEnv>, member: MemberRecord) {
  const { db, registry } = c.var.services
  const community = c.var.community
  const [details, consents, items, held] = await Promise.all([
    findPrivateDetails(db, member.id),
    listConsents(db, member.id),
    listContentByAuthor(db, community.id, member.id),
    Promise.all(
      registry.memberData.map(async (h) => [h.plugin, await h.export(db, community.id, member.id)]),
    ),
  ])
  const content = await Promise.all(
    items.map(async (item) => ({
      id: item.id,
      type: item.type,
      status: item.status,
      createdAt: iso(item.createdAt),
      versions: (await listVersions(db, community.id, item.id)).map((v) => ({
        version: v.version,
        text: v.original,
        data: v.data,
        at: iso(v.createdAt),
      })),
    })),
  )
  return {
    exportedAt: iso(c.var.services.now()),
    community: community.slug,
    member: {
      id: member.id,
      pseudonym: member.pseudonym,
      roles: member.roles,
      badges: member.badges,
      joinedVia: member.joinedVia,
      cohort: member.cohort,
      joinedAt: iso(member.createdAt),
      email: details?.email ?? null,
      displayName: details?.displayName ?? null,
    },
    consents: consents.map((x) => ({ kind: x.kind, version: x.version, grantedAt: iso(x.grantedAt) })),
    content,
    plugins: Object.fromEntries(held),
  }
}

function removalStatements(c: Context<AppEnv>, items: ContentRecord[]): D1PreparedStatement[] {
  const visible = items.filter((item) => item.status !== 'removed')
  return visible.flatMap((item) =>
    statusStatements(c.var.services, item, 'removed', 'author_deleted_account'),
  )
}

/**
 * Deletes an account: public content removed and the author anonymised everywhere, private details wiped,
 * consent withdrawn, sessions ended. Safety cases and the audit log are kept, as the law requires.
 */
export async function deleteMemberAccount(c: Context<AppEnv>, member: MemberRecord): Promise<void> {
  const { db, now, registry } = c.var.services
  const community = c.var.community
  const items = await listContentByAuthor(db, community.id, member.id)
  const pseudonym = `Deleted member ${member.id.slice(-6)}`
  const anonymize = [...registry.contentTypes.values()].flatMap((type) =>
    type.anonymizeAuthor(db, community.id, member.id, pseudonym),
  )
  await db.batch([
    ...removalStatements(c, items),
    ...anonymize,
    eraseAuthorVersions(db, community.id, member.id),
    ...registry.memberData.flatMap((h) => h.erase(db, community.id, member.id, now())),
    ...eraseMember(db, { id: member.id, communityId: community.id, pseudonym, now: now() }),
    auditStatement(c, {
      action: 'member.delete',
      targetType: 'member',
      targetId: member.id,
      before: { pseudonym: member.pseudonym, items: items.length },
      after: { pseudonym },
    }),
  ])
}
