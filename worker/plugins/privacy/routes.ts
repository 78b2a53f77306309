import type { OpenAPIHono } from '@hono/zod-openapi'
import { auditStatement } from '../../core/audit/record'
import { findContent, listVersions, type VersionRecord } from '../../core/content/queries'
import { CommunityParams, defineRoute, json, jsonBody } from '../../core/http/route'
import { iso, isoOrNull } from '../../core/time'
import type { AppEnv } from '../../env'
import { privacyErrors } from './errors'
import { findPrivacySettings, upsertPrivacySettings } from './queries'
import {
  ContentOriginals,
  ContentParams,
  PrivacySettingsInput,
  PrivacySettingsView,
  RedactionPreview,
  RedactionPreviewInput,
} from './schema'
import { redactFields } from './screen'

const tags = ['Privacy']

const originalsRoute = defineRoute({
  method: 'get',
  path: '/{community}/content/{contentId}/originals',
  access: ['safety', 'moderator'],
  tags,
  summary: 'Every version of a content item as sent (verbatim) and as published; each read is audited',
  request: { params: ContentParams },
  responses: { 200: json(ContentOriginals, 'The verbatim versions') },
})

const getSettingsRoute = defineRoute({
  method: 'get',
  path: '/{community}/settings',
  access: ['admin', 'moderator', 'safety'],
  tags,
  summary: 'Redaction settings: words never redacted as names',
  request: { params: CommunityParams },
  responses: { 200: json(PrivacySettingsView, 'Settings') },
})

const putSettingsRoute = defineRoute({
  method: 'put',
  path: '/{community}/settings',
  access: ['admin'],
  tags,
  summary: 'Set the words never redacted as names (clinic, programme or brand names)',
  request: { params: CommunityParams, body: jsonBody(PrivacySettingsInput) },
  responses: { 200: json(PrivacySettingsView, 'Saved') },
})

const previewRoute = defineRoute({
  method: 'post',
  path: '/{community}/preview',
  access: ['admin', 'moderator', 'safety'],
  tags,
  summary: 'Show how a text would be redacted, without storing anything',
  request: { params: CommunityParams, body: jsonBody(RedactionPreviewInput) },
  responses: { 200: json(RedactionPreview, 'The redacted text') },
})

function versionView(v: VersionRecord) {
  const erased = Object.keys(v.original).length === 0 && Object.keys(v.public).length === 0
  return {
    version: v.version,
    editorKind: v.editorKind,
    editorId: v.editorId,
    original: v.original,
    public: v.public,
    redacted: v.decision.flags.filter((f) => f.startsWith('pii_redacted:')).map((f) => f.slice(13)),
    erased,
    createdAt: iso(v.createdAt),
  }
}

export function privacyRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(originalsRoute, async (c) => {
    const { contentId } = c.req.valid('param')
    const { db } = c.var.services
    const communityId = c.var.community.id
    const content = await findContent(db, communityId, contentId)
    if (!content) throw privacyErrors.privacy_content_not_found()
    // The read is recorded before anything is read: no verbatim text leaves without an audit entry.
    await auditStatement(c, {
      action: 'privacy.original.read',
      targetType: content.type,
      targetId: contentId,
      after: { versions: content.version },
    }).run()
    const versions = await listVersions(db, communityId, contentId)
    c.header('Cache-Control', 'no-store')
    return c.json(
      {
        contentId,
        type: content.type,
        status: content.status,
        authorId: content.authorId,
        locale: content.locale,
        createdAt: iso(content.createdAt),
        versions: versions.map(versionView),
      },
      200,
    )
  })

  app.openapi(getSettingsRoute, async (c) => {
    const settings = await findPrivacySettings(c.var.services.db, c.var.community.id)
    return c.json({ keepTerms: settings.keepTerms, updatedAt: isoOrNull(settings.updatedAt) }, 200)
  })

  app.openapi(putSettingsRoute, async (c) => {
    const { keepTerms } = c.req.valid('json')
    const { db, now } = c.var.services
    const before = await findPrivacySettings(db, c.var.community.id)
    const at = now()
    await db.batch([
      upsertPrivacySettings(db, { communityId: c.var.community.id, keepTerms, now: at }),
      auditStatement(c, {
        action: 'privacy.settings',
        targetType: 'community',
        targetId: c.var.community.id,
        before: { keepTerms: before.keepTerms },
        after: { keepTerms },
      }),
    ])
    return c.json({ keepTerms, updatedAt: iso(at) }, 200)
  })

  app.openapi(previewRoute, async (c) => {
    const { text, locale } = c.req.valid('json')
    const result = await redactFields(c.var.services.db, c.var.community, { text }, locale, [])
    return c.json({ text: result.fields.text ?? text, types: result.types }, 200)
  })
}
