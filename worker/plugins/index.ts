import type { PluginUse } from '../core/plugin'
import { use } from '../core/plugin'
import { experiences } from './experiences'
import { learn } from './learn'
import { moderation } from './moderation'
import { privacy } from './privacy'
import { qa } from './qa'
import { safety } from './safety'
import { webhook } from './webhook'

/**
 * THE list of enabled plugins, in order. A plugin comes after its dependencies, and content hooks run in this
 * order on every piece of consumer text: privacy redaction first (so nothing later publishes an identifier),
 * then safety screening (which reads the verbatim original), then moderation rules; content owners after them.
 */
export const plugins: readonly PluginUse[] = [
  use(privacy),
  use(safety),
  use(moderation),
  use(experiences),
  use(qa),
  use(learn),
  // Example plugin (see README, "Write your own plugin"): forwards published posts to an internal system.
  use(webhook),
]
