import type { MetricDefinition } from '../../core/plugin'
import { countOpened, countOverdue, triageDelays } from './queries'

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Listening metrics of the safety screen: how much it catches and how fast staff act on it. */
export const safetyMetrics: MetricDefinition[] = [
  {
    name: 'safety.cases_opened',
    label: 'Safety cases opened',
    unit: 'count',
    description: 'Possible adverse events and product complaints received in the window (each opens a case).',
    compute: async (db, w) => (await countOpened(db, w)).opened,
  },
  {
    name: 'safety.serious_share',
    label: 'Possibly serious share',
    unit: 'ratio',
    description: 'Share of the cases opened in the window that showed a seriousness cue (15-day clock).',
    compute: async (db, w) => {
      const { opened, serious } = await countOpened(db, w)
      return opened === 0 ? null : serious / opened
    },
  },
  {
    name: 'safety.overdue_cases',
    label: 'Overdue safety cases',
    unit: 'count',
    description: 'Cases past their due date and not closed at the end of the window.',
    compute: (db, w) => countOverdue(db, w.communityId, w.to),
  },
  {
    name: 'safety.median_triage_hours',
    label: 'Median time to triage',
    unit: 'hours',
    description: 'Median hours from receipt to the first triage decision, for cases received in the window.',
    compute: async (db, w) => {
      const ms = median(await triageDelays(db, w))
      return ms === null ? null : Math.round((ms / 3_600_000) * 10) / 10
    },
  },
]
