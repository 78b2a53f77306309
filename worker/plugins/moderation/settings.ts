import type { Community } from '../../core/communities/schema'
import { findRules } from './queries'
import { ModerationRules } from './schema'
import { indexTerms, type TermIndex } from './text'

/** A community's rules with the word lists compiled once. */
export interface ActiveRules extends ModerationRules {
  blocked: TermIndex
  review: TermIndex
  updatedAt: number | null
  updatedBy: string | null
}

export const DEFAULT_RULES: ModerationRules = ModerationRules.parse({})

/**
 * Indexed word lists, kept per isolate for the rules version they were built from (community and save time),
 * so a changed list is never served stale and an unchanged one is not rebuilt for every post.
 */
const indexed = new Map<string, { blocked: TermIndex; review: TermIndex }>()
const INDEXED_MAX = 200

function indexesFor(key: string, rules: ModerationRules) {
  let lists = indexed.get(key)
  if (!lists) {
    lists = { blocked: indexTerms(rules.blockedTerms), review: indexTerms(rules.reviewTerms) }
    if (indexed.size >= INDEXED_MAX) indexed.delete(indexed.keys().next().value!)
    indexed.set(key, lists)
  }
  return lists
}

export async function loadRules(db: D1Database, communityId: string): Promise<ActiveRules> {
  const stored = await findRules(db, communityId)
  // Rules were validated when saved; parsing again fills defaults added by later versions of the schema.
  const parsed = ModerationRules.safeParse(stored?.rules ?? {})
  const rules = parsed.success ? parsed.data : DEFAULT_RULES
  return {
    ...rules,
    ...indexesFor(`${communityId}:${stored?.updatedAt ?? 0}`, rules),
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
  }
}

/**
 * The rules for one piece of text. The hooks of one store call share the request's community object, so the
 * rules are read once per post however many moderation hooks run (and never reused across requests).
 */
const perRequest = new WeakMap<Community, Promise<ActiveRules>>()

export function rulesFor(db: D1Database, community: Community): Promise<ActiveRules> {
  let rules = perRequest.get(community)
  if (!rules) {
    rules = loadRules(db, community.id)
    perRequest.set(community, rules)
  }
  return rules
}
