import type { MetricDefinition, MetricWindow } from '../../core/plugin'
import { countSubmitted, publishedStats } from './queries'

/**
 * Core computes every metric of a request with the same window object: the four statistics below share one
 * aggregate query per window instead of running it four times.
 */
const perWindow = new WeakMap<MetricWindow, ReturnType<typeof publishedStats>>()
function statsFor(db: D1Database, w: MetricWindow) {
  let stats = perWindow.get(w)
  if (!stats) {
    stats = publishedStats(db, w)
    perWindow.set(w, stats)
  }
  return stats
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000)

/** Listening metrics over reports written in the window (statistics over the published ones). */
export const experienceMetrics: MetricDefinition[] = [
  {
    name: 'experiences.reports_submitted',
    label: 'Experience reports submitted',
    unit: 'count',
    description: 'Reports written in the window, whatever happened to them in moderation.',
    compute: countSubmitted,
  },
  {
    name: 'experiences.average_rating',
    label: 'Average overall rating',
    unit: 'score',
    description: 'Mean headline star rating (1–5) of the published reports written in the window.',
    compute: async (db, w) => {
      const avg = (await statsFor(db, w)).averageRating
      return avg === null ? null : Math.round(avg * 100) / 100
    },
  },
  {
    name: 'experiences.nps',
    label: 'Net promoter score',
    unit: 'score',
    description: 'Promoters (9–10) minus detractors (0–6), in percent of published reports answering.',
    compute: async (db, w) => {
      const s = await statsFor(db, w)
      return s.recommendAnswers === 0
        ? null
        : Math.round(((s.promoters - s.detractors) / s.recommendAnswers) * 100)
    },
  },
  {
    name: 'experiences.side_effect_share',
    label: 'Share reporting side effects',
    unit: 'ratio',
    description:
      'Of the published reports answering the side-effect question, the share naming at least one.',
    compute: async (db, w) => {
      const s = await statsFor(db, w)
      return ratio(s.withSideEffects, s.sideEffectAnswers)
    },
  },
  {
    name: 'experiences.stopped_share',
    label: 'Share who stopped',
    unit: 'ratio',
    description: 'Of the published reports answering "are you still using it?", the share answering no.',
    compute: async (db, w) => {
      const s = await statsFor(db, w)
      return ratio(s.stopped, s.stillUsingAnswers)
    },
  },
]
