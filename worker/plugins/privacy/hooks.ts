import { companyRoles } from '../../core/auth/roles'
import type { HookContext, HookResult } from '../../core/content/pipeline'
import { redactFields } from './screen'

const labels: Record<string, string> = {
  name: 'names',
  email: 'email addresses',
  phone: 'phone numbers',
  fax: 'fax numbers',
  address: 'street addresses',
  location: 'places smaller than a state',
  date: 'dates',
  age: 'ages over 89',
  id_number: 'record or account numbers',
  ssn: 'social security numbers',
  url: 'links',
  ip: 'IP addresses',
}

// Company staff write as the company ("call our medical information line at 1-800-…" must stay readable), so
// text by holders of `companyRoles` is not redacted.

/**
 * Replaces identifiers in consumer text with neutral markers. Runs first, so no later hook and no public
 * view ever sees them; the verbatim original stays in core `content_versions` for safety and moderation staff.
 */
export async function redactIdentifiers(
  ctx: Pick<HookContext, 'db' | 'community' | 'author' | 'content'>,
): Promise<HookResult | undefined> {
  if (ctx.author.roles.some((role) => companyRoles.includes(role))) return undefined
  const { fields, types } = await redactFields(
    ctx.db,
    ctx.community,
    ctx.content.fields,
    ctx.content.locale,
    [ctx.author.pseudonym],
  )
  if (types.length === 0) return undefined
  return {
    fields,
    flags: ['pii_redacted', ...types.map((t) => `pii_redacted:${t}`)],
    reasons: [
      {
        verdict: 'publish',
        code: 'pii_redacted',
        message: `Personal details were removed from the public text to protect privacy: ${types.map((t) => labels[t]).join(', ')}.`,
        public: true,
      },
    ],
  }
}
