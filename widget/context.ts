import type { Locale } from '../worker/core/communities/schema'
import type { Api, Me, PublicCommunity } from './api'
import type { Strings } from './i18n'

/** What the shell hands to every tab and lazy panel. */
export interface WidgetContext {
  api: Api
  community: PublicCommunity
  locale: Locale
  t: Strings
  me: Me | null
  /** Asks the shell to show the join / sign-in panel (e.g. when a guest presses "share your experience"). */
  requestJoin: () => void
}

/** `?locale=` for GET requests, so the server answers labels and notes in the widget's language. */
export function withLocale(ctx: Pick<WidgetContext, 'locale'>, path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}locale=${ctx.locale}`
}
