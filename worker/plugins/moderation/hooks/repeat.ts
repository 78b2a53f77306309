import type { HookContext, HookResult } from '../../../core/content/pipeline'
import { findRepeats } from '../queries'
import { rulesFor } from '../settings'
import { isExempt, textHash } from './common'

/** Shorter texts ("Thank you!") are repeated innocently; the same text from several members needs more. */
export const MIN_OWN_REPEAT = 12
export const MIN_SHARED_REPEAT = 40

/**
 * The same text (case, accents, spacing and punctuation ignored) already sent in the window: by the same
 * member, the community's repeat action (reject by default); by other members, held as possible spam.
 */
export async function repeatPosts(
  ctx: Pick<HookContext, 'db' | 'now' | 'community' | 'author' | 'content'>,
): Promise<HookResult | undefined> {
  if (isExempt(ctx.author)) return undefined
  const { hash, length } = await textHash(ctx.content.original)
  if (length < MIN_OWN_REPEAT) return undefined
  const { repeat } = await rulesFor(ctx.db, ctx.community)
  const found = await findRepeats(ctx.db, {
    communityId: ctx.community.id,
    authorId: ctx.author.id,
    contentId: ctx.content.id,
    textHash: hash,
    since: ctx.now - repeat.windowMinutes * 60_000,
  })
  const hours = Math.round((repeat.windowMinutes / 60) * 10) / 10
  if (found.own > 0) {
    const message = `Same text as a post this member sent in the last ${hours} h.`
    return {
      verdict: repeat.action,
      reasons: [{ verdict: repeat.action, code: 'spam_repeat', message, public: true }],
    }
  }
  if (found.others > 0 && length >= MIN_SHARED_REPEAT) {
    const message = `Same text as posts by ${found.others} other member(s) in the last ${hours} h.`
    return { verdict: 'hold', reasons: [{ verdict: 'hold', code: 'spam_repeat', message }] }
  }
  return undefined
}
