import { emails, ips, links, phones, ssns } from './contact'
import { ages, dates } from './dates'
import { names } from './names'
import { idNumbers } from './numbers'
import { addresses, locations } from './places'
import { type IdentifierType, markerFor, type RedactOptions, type Span } from './types'

export { type IdentifierType, identifierTypes, markerFor, type RedactOptions, type Span } from './types'

/** Keeps the strongest of overlapping spans: higher priority first, then the longer one. */
function resolve(spans: Span[]): Span[] {
  const ranked = [...spans].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  )
  const kept: Span[] = []
  for (const span of ranked) {
    if (kept.every((k) => span.end <= k.start || span.start >= k.end)) kept.push(span)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/** Every identifier in `text`, without overlaps, in text order. Pure: the bench and tests call it directly. */
export function findIdentifiers(text: string, options: RedactOptions): Span[] {
  return resolve([
    ...emails(text),
    ...links(text, options),
    ...ips(text),
    ...ssns(text),
    ...idNumbers(text),
    ...dates(text),
    ...phones(text),
    ...ages(text),
    ...addresses(text),
    ...locations(text),
    ...names(text, options),
  ])
}

/** Replaces each span by its neutral marker (Spanish markers for Spanish posts). */
export function applyRedaction(text: string, spans: readonly Span[], locale: string): string {
  let out = ''
  let at = 0
  for (const span of spans) {
    out += text.slice(at, span.start) + markerFor(span.type, locale)
    at = span.end
  }
  return out + text.slice(at)
}

/** The identifier types among spans, in a stable order, for flags and reasons (never the values). */
export function typesOf(spans: readonly Span[]): IdentifierType[] {
  return [...new Set(spans.map((s) => s.type))].sort()
}

/** Convenience for callers that need no database check (bench, preview). */
export function redact(text: string, options: RedactOptions): { text: string; types: IdentifierType[] } {
  const spans = findIdentifiers(text, options)
  return { text: applyRedaction(text, spans, options.locale), types: typesOf(spans) }
}
