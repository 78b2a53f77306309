import type { WidgetContext } from '../../context'

// Placeholder tab; the issue that builds it replaces this file.
export default function Tab({ ctx }: { ctx: WidgetContext }) {
  return <p class="muted">{ctx.community.name}</p>
}
