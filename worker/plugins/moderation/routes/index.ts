import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env'
import { memberRoutes } from './members'
import { queueRoutes } from './queue'
import { reportRoutes } from './reports'
import { settingsRoutes } from './settings'

export function moderationRoutes(app: OpenAPIHono<AppEnv>) {
  settingsRoutes(app)
  reportRoutes(app)
  queueRoutes(app)
  memberRoutes(app)
}
