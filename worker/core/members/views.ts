import type { Community, Locale } from '../communities/schema'
import { iso } from '../time'
import { displayBadges, labelBadges } from './badges'
import type { PrivateDetails } from './queries'
import type { BadgeCode, MemberRecord } from './schema'

export function publicMember(member: MemberRecord, community: Pick<Community, 'hco'>, locale: Locale) {
  return {
    id: member.id,
    pseudonym: member.pseudonym,
    badges: labelBadges(displayBadges(member.badges, member.roles), locale, community.hco.name),
    joinedAt: iso(member.createdAt),
  }
}

export function staffMember(member: MemberRecord, community: Pick<Community, 'hco'>, locale: Locale) {
  return {
    ...publicMember(member, community, locale),
    roles: member.roles,
    status: member.status,
    joinedVia: member.joinedVia,
    cohort: member.cohort,
  }
}

export function selfMember(
  member: MemberRecord,
  community: Pick<Community, 'hco'>,
  locale: Locale,
  details: PrivateDetails | null,
  consents: { kind: string; version: string; grantedAt: number }[],
) {
  return {
    ...staffMember(member, community, locale),
    email: details?.email ?? null,
    consents: consents.map((c) => ({ kind: c.kind, version: c.version, grantedAt: iso(c.grantedAt) })),
  }
}

/** The public author line of a post: pseudonym and labelled disclosure badges, frozen when it was posted. */
export function authorView(
  author: { id: string; pseudonym: string; badges: readonly BadgeCode[] },
  community: Pick<Community, 'hco'>,
  locale: Locale,
) {
  return {
    id: author.id,
    pseudonym: author.pseudonym,
    badges: labelBadges(author.badges, locale, community.hco.name),
  }
}
