import type { AfterStoreContext } from '../../core/content/pipeline'
import { findEndpoint } from '../../core/delivery/queries'
import { deliveryStatement } from '../../core/delivery/service'
import type { WebhookOptions } from './index'

/** After a post is stored: if it is public and the community configured the endpoint, send it there. */
export function forwardPublished(options: WebhookOptions) {
  return async function forward(ctx: AfterStoreContext): Promise<void> {
    const { content, community } = ctx
    if (content.status !== 'published') return
    if (options.types && !options.types.includes(content.type)) return
    if (!(await findEndpoint(ctx.db, community.id, options.endpoint))) return
    const { id, statement } = deliveryStatement(ctx.db, ctx.now, {
      communityId: community.id,
      endpoint: options.endpoint,
      topic: 'content.published',
      data: {
        community: community.slug,
        id: content.id,
        type: content.type,
        link: content.link,
        text: content.fields,
        author: { id: ctx.author.id, pseudonym: ctx.author.pseudonym, badges: ctx.author.badges },
        createdAt: new Date(content.createdAt).toISOString(),
      },
    })
    await statement.run()
    await ctx.dispatch([id])
  }
}
