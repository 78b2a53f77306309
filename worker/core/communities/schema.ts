import { z } from '@hono/zod-openapi'
import { Slug } from '../http/params'

export const Locale = z.enum(['en', 'es'])
export type Locale = z.infer<typeof Locale>

const httpsUrl = z
  .url({ protocol: /^https?$/ })
  .max(500)
  .openapi({ example: 'https://example.com/label.pdf' })

/** An embed origin: scheme, host and optional port, nothing else (`https://www.example.com`). */
export const Origin = z
  .string()
  .max(200)
  .regex(
    /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/,
    'An origin is scheme://host[:port] with no path, e.g. https://example.com',
  )

export const Product = z
  .object({
    name: z.string().trim().min(1).max(120),
    kind: z.enum(['drug', 'device', 'service']),
    /** The approved use, in plain words; Q&A routing compares questions against it. */
    approvedUse: z.string().trim().max(1000).default(''),
    labelUrl: httpsUrl.optional(),
    importantSafetyInformation: z
      .string()
      .trim()
      .max(6000)
      .default('')
      .openapi({ description: 'Plain text shown in the widget; blank lines separate paragraphs.' }),
  })
  .openapi('Product')

export const ModerationSettings = z
  .object({
    mode: z.enum(['post', 'pre', 'first_n']).default('post'),
    /** With `first_n`: how many of a member's first posts are held for review. */
    firstN: z.number().int().min(1).max(50).default(3),
  })
  .openapi('ModerationSettings')

export const SsoSettings = z
  .object({
    issuer: z.string().trim().min(1).max(300).optional(),
    audience: z.string().trim().min(1).max(300).optional(),
    /** Verify RS256/ES256 tokens against the HCO's published keys. */
    jwksUrl: z
      .url({ protocol: /^https$/ })
      .max(500)
      .optional(),
  })
  .openapi('SsoSettings')

/** Settings an admin may set; stored as JSON on the community row. */
export const CommunitySettings = z
  .object({
    name: z.string().trim().min(1).max(120),
    hco: z.object({ name: z.string().trim().min(1).max(120), url: httpsUrl.optional() }),
    product: Product,
    accessMode: z.enum(['open', 'invite_only']).default('invite_only'),
    moderation: ModerationSettings.default({ mode: 'post', firstN: 3 }),
    embedOrigins: z.array(Origin).max(50).default([]),
    locales: z.array(Locale).min(1).default(['en']),
    defaultLocale: Locale.default('en'),
    /** Optional plugins switched on for this community; required plugins are always on. */
    plugins: z
      .array(z.string().regex(/^[a-z][a-z0-9]{1,30}$/))
      .max(50)
      .optional(),
    terms: z
      .object({ version: z.string().trim().min(1).max(40), url: httpsUrl.optional() })
      .default({ version: '1' }),
    sso: SsoSettings.default({}),
  })
  .openapi('CommunitySettings')
export type CommunitySettings = z.output<typeof CommunitySettings>

export const CreateCommunity = CommunitySettings.extend({
  slug: Slug,
  /** HS256 shared secret for SSO tokens; write-only, never returned. */
  ssoSecret: z.string().min(32).max(256).optional(),
}).openapi('CreateCommunity')

/** Every setting optional and WITHOUT defaults: a PATCH changes only the keys it sends. */
const patchShape = Object.fromEntries(
  Object.entries(CommunitySettings.shape).map(([key, schema]) => [
    key,
    (schema instanceof z.ZodDefault ? schema.unwrap() : schema).optional(),
  ]),
) as unknown as {
  [K in keyof typeof CommunitySettings.shape]: z.ZodOptional<
    z.ZodType<z.output<(typeof CommunitySettings.shape)[K]>>
  >
}

export const UpdateCommunity = z
  .object(patchShape)
  .extend({ ssoSecret: z.string().min(32).max(256).nullable().optional() })
  .openapi('UpdateCommunity')

/** A community as core services see it (settings resolved, plugin list complete). */
export interface Community extends Omit<CommunitySettings, 'plugins'> {
  id: string
  slug: string
  plugins: string[]
  ssoSecret: string | null
  createdAt: number
  updatedAt: number
}

export const PublicCommunity = z
  .object({
    slug: z.string(),
    name: z.string(),
    hco: z.object({ name: z.string(), url: z.string().optional() }),
    product: Product,
    accessMode: z.enum(['open', 'invite_only']),
    joinMethods: z.array(z.enum(['sso', 'invite', 'open'])),
    locales: z.array(Locale),
    defaultLocale: Locale,
    plugins: z.array(z.string()),
    terms: z.object({ version: z.string(), url: z.string().optional() }),
  })
  .openapi('PublicCommunity')

export const AdminCommunity = PublicCommunity.extend({
  id: z.string(),
  moderation: ModerationSettings,
  embedOrigins: z.array(z.string()),
  sso: SsoSettings.extend({ hasSecret: z.boolean() }),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('AdminCommunity')
