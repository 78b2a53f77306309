import type { MetricDefinition } from '../../core/plugin'
import { answeredCounts, hoursToFirstOfficial } from './queries/inbox'
import { median } from './routes/inbox'

export const qaMetrics: MetricDefinition[] = [
  {
    name: 'qa.time_to_official_answer',
    label: 'Time to official answer',
    unit: 'hours',
    description:
      'Median hours from a question to its first public official answer, over questions first answered officially in the window.',
    compute: async (db, w) => median(await hoursToFirstOfficial(db, w)),
  },
  {
    name: 'qa.answered_share',
    label: 'Questions answered',
    unit: 'ratio',
    description:
      'Share of the questions asked in the window that have a public answer, an official answer, or (when routed) a private reply from medical information.',
    compute: async (db, w) => {
      const { asked, answered } = await answeredCounts(db, w)
      return asked === 0 ? null : Math.round((answered / asked) * 1000) / 1000
    },
  },
  {
    name: 'qa.questions_asked',
    label: 'Questions asked',
    unit: 'count',
    description: 'Published questions asked in the window.',
    compute: async (db, w) => (await answeredCounts(db, w)).asked,
  },
  {
    name: 'qa.medical_information_routed',
    label: 'Questions routed to medical information',
    unit: 'count',
    description:
      'Published questions asked in the window that asked for personal advice or about off-label use.',
    compute: async (db, w) => (await answeredCounts(db, w)).routed,
  },
]
