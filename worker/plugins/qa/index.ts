import { definePlugin } from '../../core/plugin'
import { answerType, questionType } from './content-types'
import { qaErrors } from './errors'
import { qaMetrics } from './metrics'
import { answerRoutes } from './routes/answers'
import { inboxRoutes } from './routes/inbox'
import { medinfoRoutes } from './routes/medinfo'
import { officialRoutes } from './routes/official'
import { officialReviewRoutes } from './routes/official-review'
import { questionPageRoute, questionRoutes } from './routes/questions'
import { searchRoutes } from './routes/search'
import { routeMedicalInformation } from './routing'

/**
 * Questions and answers: peers answer; experts draft answers that become official only when a reviewer other
 * than their author approves a version; personal-advice and off-label questions go to medical information;
 * full-text search over questions and official answers.
 */
export const qa = definePlugin({
  name: 'qa',
  description: 'Questions and answers, reviewed official answers, medical-information routing and search.',
  optional: true,
  dependencies: ['content', 'deliveries'],
  errors: qaErrors,
  contentTypes: [questionType, answerType],
  hooks: () => ({ beforeStore: [{ name: 'route-medical-information', run: routeMedicalInformation }] }),
  metrics: qaMetrics,
  routes: (app) => {
    questionRoutes(app)
    searchRoutes(app)
    questionPageRoute(app)
    answerRoutes(app)
    officialRoutes(app)
    officialReviewRoutes(app)
    medinfoRoutes(app)
    inboxRoutes(app)
  },
})
