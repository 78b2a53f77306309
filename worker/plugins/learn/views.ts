import type { Locale } from '../../core/communities/schema'
import { iso } from '../../core/time'
import type { PublishedRecord } from './published-queries'
import type { ArticleRecord, VersionRecord } from './queries'
import type { ReviewEvent } from './review-queries'
import type { ArticleSummary, StaffArticle } from './schema'

/** The translation to show: the one asked for, else the community default, else any. */
export function pickLocale<T extends { locale: Locale }>(
  rows: readonly T[],
  asked: Locale,
  fallback: Locale,
): T | null {
  return rows.find((r) => r.locale === asked) ?? rows.find((r) => r.locale === fallback) ?? rows[0] ?? null
}

/** One entry per article, in list order, in the best locale for the reader. */
export function summaries(
  rows: readonly PublishedRecord[],
  asked: Locale,
  fallback: Locale,
): ArticleSummary[] {
  const byArticle = new Map<string, PublishedRecord[]>()
  for (const row of rows) byArticle.set(row.articleId, [...(byArticle.get(row.articleId) ?? []), row])
  return [...byArticle.values()]
    .map((translations) => pickLocale(translations, asked, fallback))
    .filter((row): row is PublishedRecord => row !== null)
    .map(summary)
}

export function summary(p: PublishedRecord): ArticleSummary {
  return {
    id: p.articleId,
    kind: p.kind,
    topic: p.topic,
    locale: p.locale,
    title: p.title,
    summary: p.summary,
    version: p.version,
    publishedAt: iso(p.publishedAt),
  }
}

export function staffArticle(
  a: ArticleRecord,
  versions: VersionRecord[],
  timeline: ReviewEvent[],
): StaffArticle {
  const latest = versions.find((v) => v.version === a.version)
  return {
    id: a.id,
    kind: a.kind,
    topic: a.topic,
    position: a.position,
    reviewState: a.reviewState,
    version: a.version,
    publishedVersion: a.archivedAt === null ? a.publishedVersion : null,
    archived: a.archivedAt !== null,
    helpful: { yes: a.helpfulYes, no: a.helpfulNo },
    translations: latest?.content ?? {},
    versions: versions.map((v) => ({
      version: v.version,
      editor: { id: v.editorId, pseudonym: v.editorPseudonym },
      at: iso(v.createdAt),
    })),
    timeline: timeline.map((e) => ({
      action: e.action,
      version: e.version,
      actor: { id: e.actorId, pseudonym: e.actorPseudonym },
      comment: e.comment,
      at: iso(e.at),
    })),
  }
}
