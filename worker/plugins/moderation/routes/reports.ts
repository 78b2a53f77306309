import type { OpenAPIHono } from '@hono/zod-openapi'
import { CommunityParams, defineRoute, json, jsonBody } from '../../../core/http/route'
import type { AppEnv } from '../../../env'
import { fileReport } from '../reports'
import { CreateReport, ReportView } from '../schema'
import { reportView } from '../views'

const reportRoute = defineRoute({
  method: 'post',
  path: '/{community}/reports',
  access: 'member',
  tags: ['Moderation'],
  summary:
    'Report a published item with a reason; reporting it again returns the first report (200); enough reports hold it',
  request: { params: CommunityParams, body: jsonBody(CreateReport) },
  responses: {
    200: json(ReportView, 'You had already reported this item'),
    201: json(ReportView, 'Reported'),
  },
})

export function reportRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(reportRoute, async (c) => {
    const { report, created } = await fileReport(c, c.req.valid('json'))
    return created ? c.json(reportView(report), 201) : c.json(reportView(report), 200)
  })
}
