import { audit } from './audit'
import { communities } from './communities'
import { content } from './content'
import { deliveries } from './delivery'
import { members } from './members'
import { metrics } from './metrics'
import type { PluginUse } from './plugin'
import { use } from './plugin'

/** Core features, mounted before the plugin list and never switched off. */
export const corePlugins: readonly PluginUse[] = [
  use(communities),
  use(members),
  use(content),
  use(audit),
  use(deliveries),
  use(metrics),
]
