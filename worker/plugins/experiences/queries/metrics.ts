import { first } from '../../../core/db'

// SQL of the listening metrics.

interface Window {
  communityId: string
  from: number
  to: number
}

export async function countSubmitted(db: D1Database, w: Window): Promise<number> {
  const row = await first<{ n: number }>(
    db
      .prepare(
        `SELECT COUNT(*) AS n FROM experiences_reports
         WHERE community_id = ?1 AND created_at >= ?2 AND created_at < ?3`,
      )
      .bind(w.communityId, w.from, w.to),
  )
  return row?.n ?? 0
}

export interface PublishedStats {
  reports: number
  averageRating: number | null
  recommendAnswers: number
  promoters: number
  detractors: number
  sideEffectAnswers: number
  withSideEffects: number
  stillUsingAnswers: number
  stopped: number
}

/** Role-field statistics of the reports published and written in the window. */
export async function publishedStats(db: D1Database, w: Window): Promise<PublishedStats> {
  const row = await first<Record<string, number | null>>(
    db
      .prepare(
        `SELECT COUNT(*) AS reports, AVG(rating) AS average_rating,
           COUNT(recommend) AS recommend_answers, COALESCE(SUM(recommend >= 9), 0) AS promoters,
           COALESCE(SUM(recommend <= 6), 0) AS detractors,
           COUNT(side_effects) AS side_effect_answers, COALESCE(SUM(side_effects), 0) AS with_side_effects,
           COUNT(still_using) AS still_using_answers, COALESCE(SUM(still_using = 0), 0) AS stopped
         FROM experiences_reports
         WHERE community_id = ?1 AND status = 'published' AND created_at >= ?2 AND created_at < ?3`,
      )
      .bind(w.communityId, w.from, w.to),
  )
  const n = (key: string) => Number(row?.[key] ?? 0)
  return {
    reports: n('reports'),
    averageRating: row?.average_rating ?? null,
    recommendAnswers: n('recommend_answers'),
    promoters: n('promoters'),
    detractors: n('detractors'),
    sideEffectAnswers: n('side_effect_answers'),
    withSideEffects: n('with_side_effects'),
    stillUsingAnswers: n('still_using_answers'),
    stopped: n('stopped'),
  }
}
