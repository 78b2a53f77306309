import { z } from '@hono/zod-openapi'
import { CommunityParams } from '../../core/http/params'

/** Any content id (`exp_…`, `que_…`): the prefix is the first letters of the content type. */
export const ContentParams = CommunityParams.extend({
  contentId: z
    .string()
    .regex(/^[a-z0-9]{1,3}_[0-9a-z]{22}$/, 'Not a valid content id.')
    .openapi({ param: { name: 'contentId', in: 'path' }, example: 'exp_01jd4m3k2q7h5x9c2b8rtw' }),
})

export const OriginalVersion = z
  .object({
    version: z.number().int(),
    editorKind: z.enum(['author', 'moderator', 'system']),
    editorId: z.string(),
    /** The text exactly as sent. */
    original: z.record(z.string(), z.string()),
    /** The text as published (identifiers replaced by markers). */
    public: z.record(z.string(), z.string()),
    /** Identifier types removed from this version (never their values). */
    redacted: z.array(z.string()),
    /** True when the author deleted their account and their text was erased from the history. */
    erased: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('OriginalVersion')

export const ContentOriginals = z
  .object({
    contentId: z.string(),
    type: z.string(),
    status: z.string(),
    authorId: z.string(),
    locale: z.string(),
    createdAt: z.string(),
    versions: z.array(OriginalVersion),
  })
  .openapi('ContentOriginals')

export const PrivacySettingsInput = z
  .object({
    /** Words never redacted as people's names: clinic, programme or brand names that follow "Dr." or "my". */
    keepTerms: z.array(z.string().trim().min(2).max(60)).max(200),
  })
  .openapi('PrivacySettingsInput')

export const PrivacySettingsView = PrivacySettingsInput.extend({ updatedAt: z.string().nullable() }).openapi(
  'PrivacySettings',
)

export const RedactionPreviewInput = z
  .object({ text: z.string().min(1).max(10_000), locale: z.enum(['en', 'es']).default('en') })
  .openapi('RedactionPreviewInput')

export const RedactionPreview = z
  .object({ text: z.string(), types: z.array(z.string()) })
  .openapi('RedactionPreview')
