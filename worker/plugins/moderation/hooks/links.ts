import type { HookContext, HookResult } from '../../../core/content/pipeline'
import { rulesFor } from '../settings'
import { countLinks, joinFields } from '../text'
import { isExempt } from './common'

/** Holds a post with more links than the community allows (counted on the original: redaction hides URLs). */
export async function linkLimit(
  ctx: Pick<HookContext, 'db' | 'community' | 'author' | 'content'>,
): Promise<HookResult | undefined> {
  if (isExempt(ctx.author)) return undefined
  const { maxLinks } = await rulesFor(ctx.db, ctx.community)
  const links = countLinks(joinFields(ctx.content.original))
  if (links <= maxLinks) return undefined
  const message = `${links} links; this community allows ${maxLinks} per post without review.`
  return { verdict: 'hold', reasons: [{ verdict: 'hold', code: 'too_many_links', message, public: true }] }
}
