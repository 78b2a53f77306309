import type { Community } from '../../core/communities/schema'
import type { TextFields } from '../../core/content/pipeline'
import { findMemberPseudonyms } from '../../core/members/queries'
import { findPrivacySettings } from './queries'
import {
  applyRedaction,
  findIdentifiers,
  type IdentifierType,
  type RedactOptions,
  type Span,
  typesOf,
} from './redact'

export interface Redaction {
  /** Only the fields that changed, redacted. */
  fields: TextFields
  types: IdentifierType[]
}

function hostOf(url: string | undefined): string[] {
  if (!url) return []
  try {
    return [new URL(url).hostname.replace(/^www\./, '').toLowerCase()]
  } catch {
    return []
  }
}

function optionsFor(community: Community, locale: string, keep: readonly string[]): RedactOptions {
  return {
    locale,
    keep: [community.product.name, community.hco.name, community.name, ...keep],
    keepHosts: [...hostOf(community.hco.url), ...hostOf(community.product.labelUrl)],
  }
}

/** The name as found, and with the one or two words before it ("Nurse Amara"), to compare with pseudonyms. */
function nameCandidates(text: string, span: Span): string[] {
  const name = text.slice(span.start, span.end)
  const before = text
    .slice(Math.max(0, span.start - 40), span.start)
    .trim()
    .split(/\s+/)
    .slice(-2)
  return [name, `${before.at(-1) ?? ''} ${name}`.trim(), `${before.join(' ')} ${name}`.trim()]
}

/**
 * Redacts every field. Names are double-checked against the community: configured keep-terms and members'
 * pseudonyms are never redacted. Reads the database only when a post has a name candidate.
 */
export async function redactFields(
  db: D1Database,
  community: Community,
  fields: TextFields,
  locale: string,
  keep: readonly string[],
): Promise<Redaction> {
  let options = optionsFor(community, locale, keep)
  let found = Object.entries(fields).map(([field, text]) => ({
    field,
    text,
    spans: findIdentifiers(text, options),
  }))
  const candidates = found.flatMap(({ text, spans }) =>
    spans.filter((s) => s.type === 'name').flatMap((s) => nameCandidates(text, s)),
  )
  if (candidates.length > 0) {
    const [settings, pseudonyms] = await Promise.all([
      findPrivacySettings(db, community.id),
      findMemberPseudonyms(db, community.id, [...new Set(candidates)]),
    ])
    const members = new Set(pseudonyms.map((p) => p.toLowerCase()))
    options = optionsFor(community, locale, [...keep, ...settings.keepTerms])
    found = found.map(({ field, text }) => ({
      field,
      text,
      spans: findIdentifiers(text, options).filter(
        (s) => s.type !== 'name' || !nameCandidates(text, s).some((c) => members.has(c.toLowerCase())),
      ),
    }))
  }
  const changed = found.filter((f) => f.spans.length > 0)
  return {
    fields: Object.fromEntries(changed.map((f) => [f.field, applyRedaction(f.text, f.spans, locale)])),
    types: typesOf(changed.flatMap((f) => f.spans)),
  }
}
