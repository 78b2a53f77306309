import type { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { Community } from '../../../core/communities/schema'
import { newId } from '../../../core/crypto'
import type { AppEnv } from '../../../env'
import { learnErrors } from '../errors'
import { type ArticleRecord, findArticle, insertVersion, listVersions, type VersionContent } from '../queries'
import { insertReview, listReviews, type ReviewAction } from '../review-queries'
import { sanitizeMarkdown } from '../richtext'
import type { ArticleInput } from '../schema'
import { staffArticle } from '../views'

// Shared by the writing routes (staff.ts) and the review routes (review.ts).

export type Ctx = Context<AppEnv>
const tags = ['Learn (staff)']
export const WRITERS = ['expert', 'admin'] as const
export const STAFF = ['expert', 'admin', 'reviewer'] as const

export const route = <M extends 'get' | 'post' | 'put'>(
  method: M,
  path: string,
  access: readonly ('expert' | 'admin' | 'reviewer')[],
  summary: string,
) => ({ method, path, access, tags, summary }) as const

/** Sanitizes every translation; refuses languages the community does not offer, or a missing default one. */
export function translationsOf(community: Community, input: z.output<typeof ArticleInput>): VersionContent {
  const content: VersionContent = {}
  for (const locale of ['en', 'es'] as const) {
    const t = input.translations[locale]
    if (!t) continue
    if (!community.locales.includes(locale)) throw learnErrors.learn_locale_not_offered({ locale })
    const { tree, removed } = sanitizeMarkdown(t.markdown)
    if (tree.length === 0) throw learnErrors.learn_empty_article({ locale })
    content[locale] = { title: t.title, summary: t.summary, markdown: t.markdown, tree, removed }
  }
  if (!content[community.defaultLocale])
    throw learnErrors.learn_missing_default_locale({ locale: community.defaultLocale })
  return content
}

export function actor(c: Ctx) {
  const p = c.var.principal
  return p.kind === 'member'
    ? { id: p.member.id, pseudonym: p.member.pseudonym }
    : { id: 'platform', pseudonym: 'Platform administrator' }
}

export function event(
  c: Ctx,
  articleId: string,
  version: number,
  action: ReviewAction,
  comment: string | null = null,
) {
  const now = c.var.services.now()
  const who = actor(c)
  return insertReview(c.var.services.db, {
    id: newId('lrv', now),
    articleId,
    communityId: c.var.community.id,
    version,
    actorId: who.id,
    actorPseudonym: who.pseudonym,
    action,
    comment,
    at: now,
  })
}

export async function load(c: Ctx, id: string): Promise<ArticleRecord> {
  const article = await findArticle(c.var.services.db, c.var.community.id, id)
  if (!article) throw learnErrors.learn_article_not_found()
  return article
}

/** The staff view of an article; `versions` may be passed when the caller has just read them. */
export async function view(
  c: Ctx,
  id: string,
  known?: { versions: Awaited<ReturnType<typeof listVersions>> },
) {
  const article = await load(c, id)
  const { db } = c.var.services
  const [versions, timeline] = await Promise.all([
    known?.versions ?? listVersions(db, id),
    listReviews(db, id),
  ])
  return staffArticle(article, versions, timeline)
}

export function newVersion(c: Ctx, articleId: string, version: number, content: VersionContent) {
  const who = actor(c)
  return insertVersion(c.var.services.db, {
    articleId,
    communityId: c.var.community.id,
    version,
    content,
    editorId: who.id,
    editorPseudonym: who.pseudonym,
    createdAt: c.var.services.now(),
  })
}
