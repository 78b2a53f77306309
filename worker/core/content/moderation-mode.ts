import type { HookContext, HookResult } from './pipeline'
import { countPublishedByAuthor } from './queries'

/** Staff post as the company; their text is reviewed by its own workflows (e.g. official-answer review). */
export const reviewedElsewhere = ['expert', 'moderator', 'safety', 'admin'] as const

/**
 * The community's moderation mode, as the first content hook: `post` publishes (later hooks may still hold),
 * `pre` holds everything for review, `first_n` holds a member's first N posts until one is approved N times.
 */
export async function moderationMode(
  ctx: Pick<HookContext, 'db' | 'community' | 'author'>,
): Promise<HookResult | undefined> {
  const { mode, firstN } = ctx.community.moderation
  if (ctx.author.roles.some((role) => (reviewedElsewhere as readonly string[]).includes(role)))
    return undefined
  if (mode === 'pre') {
    return {
      verdict: 'hold',
      reasons: [
        { verdict: 'hold', code: 'premoderation', message: 'Every post is reviewed before it appears.' },
      ],
    }
  }
  if (mode === 'first_n') {
    const published = await countPublishedByAuthor(ctx.db, ctx.community.id, ctx.author.id)
    if (published < firstN) {
      return {
        verdict: 'hold',
        reasons: [
          {
            verdict: 'hold',
            code: 'first_posts',
            message: `A member's first ${firstN} posts are reviewed before they appear (${published} approved so far).`,
          },
        ],
      }
    }
  }
  return undefined
}
