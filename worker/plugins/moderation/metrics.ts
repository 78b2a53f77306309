import type { MetricDefinition } from '../../core/plugin'
import { itemsHeld, medianHoursToDecision, reportsReceived, shareRejected } from './queries'

/** Listening metrics: how much moderation the community needs, and how fast it is answered. */
export const moderationMetrics: MetricDefinition[] = [
  {
    name: 'moderation.items_held',
    label: 'Items held for review',
    unit: 'count',
    description:
      'Posts hidden until a moderator decided: held by the moderation mode, a rule, another hook, or reports.',
    compute: itemsHeld,
  },
  {
    name: 'moderation.median_hours_to_decision',
    label: 'Median time to a moderation decision',
    unit: 'hours',
    description: 'From entering the queue to the decision, over the decisions taken in the window.',
    compute: medianHoursToDecision,
  },
  {
    name: 'moderation.share_rejected',
    label: 'Share of posts rejected',
    unit: 'ratio',
    description:
      'New member posts in the window rejected by a word list or repeat rule, or by a moderator (staff posts excluded).',
    compute: shareRejected,
  },
  {
    name: 'moderation.reports_received',
    label: 'Reports received',
    unit: 'count',
    description: 'Reports members filed on posts in the window.',
    compute: reportsReceived,
  },
]
