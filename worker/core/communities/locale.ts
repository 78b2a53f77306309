import type { Context } from 'hono'
import type { AppEnv } from '../../env'
import type { Locale } from './schema'

/** The locale to answer in: `?locale=` when the community offers it, else the community's default. */
export function requestLocale(c: Context<AppEnv>): Locale {
  const community = c.get('community')
  const asked = c.req.query('locale')
  return community.locales.find((l) => l === asked) ?? community.defaultLocale
}
