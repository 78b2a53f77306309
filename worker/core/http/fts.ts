// Full-text search helpers (pure). The MATCH expression is built from tokens we extract ourselves, each quoted,
// so FTS5 syntax typed by users (quotes, `*`, NEAR, `-`, AND/OR/NOT, parentheses, column filters) is never
// interpreted: it is either dropped with the punctuation or searched for as a plain word.
// Shared by every plugin that keeps an FTS5 index (qa, learn).

/**
 * Marks FTS5 puts around matches in snippets, split into `{ text, match }` segments. A marker an author typed can
 * at most highlight text (segments are rendered as text, never markup); `stripMarkers` removes them.
 */
export const MARK_START = '\u0002'
export const MARK_END = '\u0003'
const TOKEN = /[\p{L}\p{N}]+/gu
const MAX_TERMS = 12

/** Words too common to help find a similar question (English and Spanish). */
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by can could do does for from had has have how i if in into is it its me ' +
    'my of on or our so than that the their them then there these they this to too was we were what when ' +
    'where which who why will with would you your im ive dont ' +
    'al como con de del el en era es esta este esto estoy ha hay la las le lo los me mi mis muy no o para ' +
    'pero por que se si sin su sus te tengo un una y ya yo'
  ).split(' '),
)

/** Lower-cased words of the input (letters and digits only), de-duplicated, at most 12. */
export function searchTerms(input: string): string[] {
  const terms: string[] = []
  for (const match of input.toLowerCase().normalize('NFC').matchAll(TOKEN)) {
    const term = match[0].slice(0, 40)
    if (!terms.includes(term)) terms.push(term)
    if (terms.length === MAX_TERMS) break
  }
  return terms
}

const quote = (term: string) => `"${term}"`

/**
 * A MATCH expression requiring every word; the last one also matches as a prefix (search-as-you-type).
 * Null when the input has no words, so callers answer "no results" instead of querying.
 */
export function matchAll(input: string): string | null {
  const terms = searchTerms(input)
  if (terms.length === 0) return null
  return terms.map((t, i) => (i === terms.length - 1 && t.length >= 2 ? `${quote(t)}*` : quote(t))).join(' ')
}

/** A MATCH expression for "similar" text: any meaningful word, ranked by how many and how rare. */
export function matchAny(input: string): string | null {
  const terms = searchTerms(input).filter((t) => !STOPWORDS.has(t) && t.length > 1)
  if (terms.length === 0) return null
  return terms.map(quote).join(' OR ')
}

/** Restricts a MATCH expression to one column holding `value` (e.g. the tenant scope). */
export function scoped(column: string, value: string, match: string): string {
  return `${column} : ${quote(value.replace(/"/g, ''))} AND (${match})`
}

export function stripMarkers(text: string): string {
  return text.replaceAll(MARK_START, '').replaceAll(MARK_END, '')
}

export interface Segment {
  text: string
  match: boolean
}

/** Splits an FTS5 snippet or highlight into plain and matched segments, for rendering without HTML. */
export function segments(marked: string): Segment[] {
  const out: Segment[] = []
  let match = false
  let text = ''
  const flush = () => {
    if (text) out.push({ text, match })
    text = ''
  }
  for (const ch of marked) {
    if (ch === MARK_START || ch === MARK_END) {
      flush()
      match = ch === MARK_START
    } else text += ch
  }
  flush()
  return out
}

/** True when a snippet contains at least one match. */
export function hasMatch(marked: string | null | undefined): boolean {
  return !!marked && marked.includes(MARK_START)
}
