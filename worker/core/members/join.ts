import type { Community } from '../communities/schema'
import { newId, sha256Hex } from '../crypto'
import { isUniqueViolation } from '../db'
import { coreErrors } from '../errors'
import type { Services } from '../services'
import { memberErrors } from './errors'
import { countInviteUse, findInviteByCodeHash } from './invite-queries'
import { generatePseudonym } from './pseudonyms'
import {
  findMemberBySsoSubject,
  insertConsent,
  insertMember,
  insertPrivateDetails,
  type PrivateDetails,
} from './queries'
import type { JoinRequest, MemberRecord } from './schema'
import { newSession } from './sessions'
import { verifySsoToken } from './sso'

export type JoinMethod = 'sso' | 'invite' | 'open'

export function joinMethods(community: Community): JoinMethod[] {
  const methods: JoinMethod[] = []
  if (community.sso.jwksUrl || community.ssoSecret) methods.push('sso')
  methods.push('invite')
  if (community.accessMode === 'open') methods.push('open')
  return methods
}

/** Invite codes are compared without case, spaces or dashes, and stored only as a community-bound hash. */
export function inviteCodeHash(communityId: string, code: string): Promise<string> {
  return sha256Hex(`${communityId}:${code.toUpperCase().replace(/[^A-Z0-9]/g, '')}`)
}

export interface JoinOutcome {
  created: boolean
  member: MemberRecord
  token: string
  expiresAt: number
}

interface NewMember {
  member: MemberRecord
  details: PrivateDetails
  pseudonymChosen: boolean
  extra: D1PreparedStatement[]
}

async function sessionStatements(
  services: Services,
  community: Community,
  member: MemberRecord,
  termsVersion: string,
) {
  const now = services.now()
  const consent = (kind: string) =>
    insertConsent(services.db, {
      id: newId('cns', now),
      memberId: member.id,
      communityId: community.id,
      kind,
      version: termsVersion,
      now,
    })
  const session = await newSession(services.db, now, member, services.sessionTtlMs)
  return {
    token: session.token,
    expiresAt: session.expiresAt,
    statements: [consent('terms'), consent('health_data'), session.statement],
  }
}

type Prepared = { kind: 'new'; value: NewMember } | { kind: 'existing'; member: MemberRecord }

async function prepareNewMember(
  services: Services,
  community: Community,
  req: JoinRequest,
): Promise<Prepared> {
  const now = services.now()
  const base = {
    id: newId('mem', now),
    communityId: community.id,
    roles: [],
    status: 'active' as const,
    createdAt: now,
  }
  if (req.method === 'sso') {
    const identity = await verifySsoToken(req.token, community, now)
    const existing = await findMemberBySsoSubject(services.db, community.id, identity.subject)
    if (existing) return { kind: 'existing', member: existing }
    return {
      kind: 'new',
      value: {
        member: { ...base, pseudonym: generatePseudonym(), badges: [], joinedVia: 'sso', cohort: null },
        details: { email: identity.email, displayName: identity.name, ssoSubject: identity.subject },
        pseudonymChosen: false,
        extra: [],
      },
    }
  }
  if (req.method === 'invite') {
    const invite = await findInviteByCodeHash(
      services.db,
      community.id,
      await inviteCodeHash(community.id, req.code),
    )
    if (!invite) throw memberErrors.invite_invalid()
    if (invite.revokedAt || invite.expiresAt <= now || invite.uses >= invite.maxUses)
      throw memberErrors.invite_expired()
    return {
      kind: 'new',
      value: {
        member: {
          ...base,
          pseudonym: req.pseudonym ?? generatePseudonym(),
          badges: invite.badges,
          joinedVia: 'invite',
          cohort: invite.cohort,
        },
        details: { email: req.email ?? null, displayName: null, ssoSubject: null },
        pseudonymChosen: req.pseudonym !== undefined,
        extra: [countInviteUse(services.db, invite.id)],
      },
    }
  }
  if (community.accessMode !== 'open') throw memberErrors.join_method_not_allowed({ method: 'open' })
  return {
    kind: 'new',
    value: {
      member: { ...base, pseudonym: req.pseudonym, badges: [], joinedVia: 'open', cohort: null },
      details: { email: req.email ?? null, displayName: null, ssoSubject: null },
      pseudonymChosen: true,
      extra: [],
    },
  }
}

/** Signs a returning SSO member in with a fresh session (recording their consent again). */
async function signInExisting(services: Services, community: Community, member: MemberRecord, terms: string) {
  if (member.status !== 'active') throw coreErrors.member_blocked()
  const session = await sessionStatements(services, community, member, terms)
  await services.db.batch(session.statements)
  return { created: false, member, token: session.token, expiresAt: session.expiresAt }
}

/** Joins a community by SSO, invite or open sign-up; records consent and opens a session in one batch. */
export async function joinCommunity(
  services: Services,
  community: Community,
  req: JoinRequest,
): Promise<JoinOutcome> {
  if (req.consent.termsVersion !== community.terms.version) {
    throw memberErrors.terms_version_mismatch({ current: community.terms.version })
  }
  const outcome = await prepareNewMember(services, community, req)
  if (outcome.kind === 'existing')
    return signInExisting(services, community, outcome.member, req.consent.termsVersion)
  let prepared = outcome.value
  for (let attempt = 0; ; attempt++) {
    const session = await sessionStatements(services, community, prepared.member, req.consent.termsVersion)
    try {
      await services.db.batch([
        insertMember(services.db, prepared.member, services.now()),
        insertPrivateDetails(services.db, prepared.member.id, community.id, prepared.details),
        ...prepared.extra,
        ...session.statements,
      ])
      return { created: true, member: prepared.member, token: session.token, expiresAt: session.expiresAt }
    } catch (err) {
      if (err instanceof Error && err.message.includes('invite_exhausted'))
        throw memberErrors.invite_expired()
      if (!isUniqueViolation(err)) throw err
      if (err instanceof Error && err.message.includes('sso_subject') && prepared.details.ssoSubject) {
        const existing = await findMemberBySsoSubject(services.db, community.id, prepared.details.ssoSubject)
        if (existing) return signInExisting(services, community, existing, req.consent.termsVersion)
      }
      if (prepared.pseudonymChosen || attempt >= 4) throw memberErrors.pseudonym_taken()
      prepared = { ...prepared, member: { ...prepared.member, pseudonym: generatePseudonym() } }
    }
  }
}
