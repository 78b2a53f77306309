import type { AfterStoreContext, HookContext, HookResult, Reason } from '../../../core/content/pipeline'
import { newId } from '../../../core/crypto'
import { closeEntry, enqueueHeld, insertActivity, type QueueEntry } from '../queries'
import { ipHash, isExempt, textHash } from './common'

function reasonsOf(reasons: readonly Reason[]): QueueEntry['reasons'] {
  return reasons.map(({ hook, verdict, code, message }) => ({ hook, verdict, code, message }))
}

/**
 * The last moderation hook: logs the screening (for rate limits, repeats and metrics) and, when the post is
 * held by any hook so far, puts it in the queue with every hook's reasons, in the same batch as the post. An
 * author's edit that is no longer held takes the item out of the queue.
 */
export async function recordScreening(
  ctx: Pick<HookContext, 'now' | 'db' | 'community' | 'author' | 'content' | 'client' | 'decision'>,
): Promise<HookResult | undefined> {
  if (isExempt(ctx.author)) return undefined
  const { db, now, content, decision } = ctx
  const text = await textHash(content.original)
  const writes = [
    insertActivity(db, {
      id: newId('mac', now),
      communityId: ctx.community.id,
      contentId: content.id,
      authorId: ctx.author.id,
      ipHash: await ipHash(ctx),
      textHash: text.hash,
      textLength: text.length,
      isEdit: content.isEdit,
      verdict: decision.verdict,
      createdAt: now,
    }),
  ]
  if (decision.verdict === 'hold') {
    writes.push(
      enqueueHeld(db, {
        id: newId('mqe', now),
        communityId: ctx.community.id,
        contentId: content.id,
        contentType: content.type,
        authorId: ctx.author.id,
        reasons: reasonsOf(decision.reasons),
        now,
      }),
    )
  } else if (content.isEdit) {
    writes.push(closeEntry(db, { contentId: content.id, outcome: 'author_edit', now, onlyHeld: true }))
  }
  return { writes }
}

/** After commit: hooks that run after moderation (a content owner's) may also hold; their reasons join too. */
export async function queueFinal(
  ctx: Pick<AfterStoreContext, 'db' | 'now' | 'community' | 'author' | 'content' | 'decision'>,
): Promise<void> {
  if (isExempt(ctx.author) || ctx.content.status !== 'pending') return
  await enqueueHeld(ctx.db, {
    id: newId('mqe', ctx.now),
    communityId: ctx.community.id,
    contentId: ctx.content.id,
    contentType: ctx.content.type,
    authorId: ctx.content.authorId,
    reasons: reasonsOf(ctx.decision.reasons),
    now: ctx.now,
  }).run()
}
