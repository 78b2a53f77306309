import { joinMethods } from '../members/join'
import { iso } from '../time'
import type { Community } from './schema'

export function publicCommunity(community: Community) {
  return {
    slug: community.slug,
    name: community.name,
    hco: community.hco,
    product: community.product,
    accessMode: community.accessMode,
    joinMethods: joinMethods(community),
    locales: community.locales,
    defaultLocale: community.defaultLocale,
    plugins: community.plugins,
    terms: community.terms,
  }
}

export function adminCommunity(community: Community) {
  return {
    ...publicCommunity(community),
    id: community.id,
    moderation: community.moderation,
    embedOrigins: community.embedOrigins,
    sso: { ...community.sso, hasSecret: community.ssoSecret !== null },
    createdAt: iso(community.createdAt),
    updatedAt: iso(community.updatedAt),
  }
}

/** The settings part of a community, as stored in its JSON column. */
export function settingsOf(community: Community) {
  const { id: _id, slug: _slug, ssoSecret: _secret, createdAt: _c, updatedAt: _u, ...settings } = community
  return settings
}
