import { definePlugin } from '../../core/plugin'
import { learnErrors } from './errors'
import { feedbackCounts } from './published-queries'
import { publicRoutes } from './routes/public'
import { reviewRoutes } from './routes/review'
import { staffRoutes } from './routes/staff'

/**
 * Learn: HCO-authored articles and updates in the community's languages. Experts and admins write Markdown; it
 * is stored as a restricted, sanitized node tree; a reviewer who did not write a version approves it before it
 * is published; readers say whether an article helped.
 */
export const learn = definePlugin({
  name: 'learn',
  description: 'HCO-authored Learn articles in a sanitized rich-text format.',
  optional: true,
  dependencies: ['content', 'audit'],
  errors: learnErrors,
  metrics: [
    {
      name: 'learn.helpful_share',
      label: 'Articles that helped',
      unit: 'ratio',
      description: 'Share of “did this help?” answers given (or changed) in the window that said yes.',
      compute: async (db, w) => {
        const { yes, total } = await feedbackCounts(db, w)
        return total === 0 ? null : Math.round((yes / total) * 1000) / 1000
      },
    },
    {
      name: 'learn.feedback_count',
      label: 'Article feedback',
      unit: 'count',
      description: '“Did this help?” answers given (or changed) in the window.',
      compute: async (db, w) => (await feedbackCounts(db, w)).total,
    },
  ],
  routes: (app) => {
    publicRoutes(app)
    staffRoutes(app)
    reviewRoutes(app)
  },
})
