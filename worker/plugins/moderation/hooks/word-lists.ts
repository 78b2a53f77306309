import type { HookContext, HookResult } from '../../../core/content/pipeline'
import { rulesFor } from '../settings'
import { findTerms, joinFields } from '../text'
import { isExempt, quoteList } from './common'

/**
 * The community's word lists, on what the author wrote (before redaction): a blocked term rejects the post
 * (`blocked_term`, shown to the author), a needs-review term holds it for a moderator (`review_term`).
 */
export async function wordLists(
  ctx: Pick<HookContext, 'db' | 'community' | 'author' | 'content'>,
): Promise<HookResult | undefined> {
  if (isExempt(ctx.author)) return undefined
  const rules = await rulesFor(ctx.db, ctx.community)
  const text = joinFields(ctx.content.original)
  const blocked = findTerms(text, rules.blocked)
  if (blocked.length > 0) {
    const message = `Contains a term this community does not allow: ${quoteList(blocked)}.`
    return {
      verdict: 'reject',
      reasons: [{ verdict: 'reject', code: 'blocked_term', message, public: true }],
    }
  }
  const review = findTerms(text, rules.review)
  if (review.length > 0) {
    const message = `Contains a term moderators check first: ${quoteList(review)}.`
    return { verdict: 'hold', reasons: [{ verdict: 'hold', code: 'review_term', message }] }
  }
  return undefined
}
