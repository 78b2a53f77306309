import { reviewedElsewhere } from '../../../core/content/moderation-mode'
import type { HookContext } from '../../../core/content/pipeline'
import { sha256Hex } from '../../../core/crypto'
import type { AuthorSnapshot } from '../../../core/members/schema'
import { repeatKey } from '../text'

/** Staff who post for the company: their text has its own review (the same roles core's moderation mode skips). */
const exemptRoles: readonly string[] = reviewedElsewhere

export function isExempt(author: Pick<AuthorSnapshot, 'roles'>): boolean {
  return author.roles.some((role) => exemptRoles.includes(role))
}

/** The IP is kept only as a salted hash: enough to count posts, not to say who sent them. */
export async function ipHash(ctx: Pick<HookContext, 'client' | 'community'>): Promise<string | null> {
  return ctx.client.ip ? sha256Hex(`cocreate-moderation:${ctx.community.id}:${ctx.client.ip}`) : null
}

export async function textHash(fields: Record<string, string>): Promise<{ hash: string; length: number }> {
  const key = repeatKey(fields)
  return { hash: await sha256Hex(key), length: key.length }
}

export function quoteList(terms: readonly string[]): string {
  return terms.map((t) => `“${t}”`).join(', ')
}
