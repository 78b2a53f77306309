import { complaintsEn } from './complaints-en'
import { classify, cue, type SentenceContext, sentenceContext, severe } from './context'
import { eventsEn } from './events-en'
import { expiryOf, lotOf, medicinesIn, type Patient, patientOf, productMention } from './extract'
import {
  type ComplaintCategory,
  type Criterion,
  compile,
  compileSerious,
  criteria,
  type Entry,
  type EventCategory,
} from './lexicon'
import { complaintsEs, eventsEs, seriousEs } from './lexicon-es'
import { looseComplaint, looseEvent } from './loose'
import { seriousEn } from './serious-en'
import { findAll, normalize, sentences } from './text'

export type { Patient } from './extract'
export type { ComplaintCategory, Criterion, EventCategory } from './lexicon'
export { criteria } from './lexicon'

/**
 * Screening of consumer text for possible adverse events (AEs) and product-quality complaints: explainable
 * lexicon rules with negation, hypothetical and experience cues, in English and Spanish. It is triage for
 * human review, tuned for recall: a doubtful match opens a case rather than being dropped.
 */

const eventsLexicon = compile<EventCategory>([...eventsEn, ...eventsEs])
const complaintsLexicon = compile<ComplaintCategory>([...complaintsEn, ...complaintsEs])
const serious = compileSerious([...seriousEn, ...seriousEs])

export interface Hit {
  term: string
  category: string
  field: string
  /** The words that matched, quoted from the verbatim text. */
  matched: string
  severe: boolean
}

export interface SeriousHit {
  criterion: Criterion
  field: string
  matched: string
}

export interface Ignored {
  term: string
  field: string
  matched: string
  /** `unlinked`: a symptom in a service community that the text does not tie to the service. */
  reason: 'negated' | 'hypothetical' | 'unlinked'
}

export interface Detection {
  adverseEvent: boolean
  complaint: boolean
  possiblySerious: boolean
  events: Hit[]
  complaints: Hit[]
  seriousness: SeriousHit[]
  /** Matches set aside, with why: so a reviewer can see what the rules chose not to count. */
  ignored: Ignored[]
  patient: Patient
  /** Temporal or causal words linking the event to the product ("since I started", "me dio"). */
  causal: string[]
  productMentioned: string | null
  concomitant: string[]
  lot: string | null
  expiry: string | null
  confidence: 'high' | 'medium' | 'low'
}

export interface DetectOptions {
  /** Words that name the product ("trimly"): a mention links the event to it. */
  productTerms: readonly string[]
  /**
   * For a service (a video-visit programme), a symptom is usually why the member sought care, not harm
   * from it: an adverse event then needs causal words, the service named, or a seriousness cue.
   */
  linkRequired?: boolean
}

interface Scan {
  events: Hit[]
  complaints: Hit[]
  seriousness: SeriousHit[]
  ignored: Ignored[]
  causal: string[]
  hitSentences: string[]
  experience: boolean
}

interface Found {
  term: string
  category: string
  criterion?: Criterion
  start: number
  end: number
}

function matchesIn(entries: readonly Entry<string>[], text: string): Found[] {
  return entries.flatMap((entry) =>
    findAll(entry.re, text).map((m) => ({
      term: entry.term,
      category: entry.category,
      ...(entry.criterion ? { criterion: entry.criterion } : {}),
      ...m,
    })),
  )
}

/** Lexicon matches, or else the loose recall net's one match (see loose.ts). */
function candidates(text: string): { events: Found[]; complaints: Found[] } {
  const events = matchesIn(eventsLexicon, text)
  const complaints = matchesIn(complaintsLexicon, text)
  const symptom = events.length === 0 ? looseEvent(text) : null
  const anomaly = complaints.length === 0 ? looseComplaint(text) : null
  return {
    events: symptom
      ? [{ term: 'possible symptom (body part + symptom word)', category: 'unspecified', ...symptom }]
      : events,
    complaints: anomaly
      ? [{ term: 'possible quality problem (product + anomaly word)', category: 'quality', ...anomaly }]
      : complaints,
  }
}

function scanSentence(
  field: string,
  original: string,
  ctx: SentenceContext,
  scan: Scan,
  postExperience: boolean,
) {
  const { sentence } = ctx
  const quote = (m: { start: number; end: number }) =>
    original.slice(sentence.start + m.start, sentence.start + m.end)
  let hit = false
  const found = candidates(sentence.text)
  const lists: [Found[], Hit[]][] = [
    [found.events, scan.events],
    [found.complaints, scan.complaints],
  ]
  for (const [matches, into] of lists) {
    for (const m of matches) {
      const verdict = classify(ctx, m.start, m.end, postExperience)
      if (verdict !== 'accepted') {
        scan.ignored.push({ term: m.term, field, matched: quote(m), reason: verdict })
        continue
      }
      hit = true
      into.push({
        term: m.term,
        category: m.category,
        field,
        matched: quote(m),
        severe: severe(sentence.text, m.start, m.end),
      })
      if (m.criterion) scan.seriousness.push({ criterion: m.criterion, field, matched: quote(m) })
    }
  }
  for (const entry of serious) {
    for (const m of findAll(entry.re, sentence.text)) {
      if (classify(ctx, m.start, m.end, postExperience) !== 'accepted') continue
      hit = true
      scan.seriousness.push({ criterion: entry.criterion, field, matched: quote(m) })
    }
  }
  if (hit) {
    scan.hitSentences.push(sentence.text)
    scan.causal.push(...findAll(cue.causal, sentence.text).map(quote))
    if (ctx.experience) scan.experience = true
  }
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    const k = key(item)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** Screens every text field of a piece of content (the verbatim original, never the redacted text). */
export function detect(fields: Record<string, string>, options: DetectOptions): Detection {
  const scan: Scan = {
    events: [],
    complaints: [],
    seriousness: [],
    ignored: [],
    causal: [],
    hitSentences: [],
    experience: false,
  }
  const contexts = Object.entries(fields).map(([field, original]) => ({
    field,
    original,
    sentences: sentences(normalize(original)).map(sentenceContext),
  }))
  const postExperience = contexts.some((f) => f.sentences.some((ctx) => ctx.experience))
  for (const { field, original, sentences: list } of contexts) {
    for (const ctx of list) scanSentence(field, original, ctx, scan, postExperience)
  }
  const original = Object.values(fields).join('\n')
  const normalized = normalize(original)
  const found = {
    events: unique(scan.events, (h) => h.term),
    complaints: unique(scan.complaints, (h) => h.term),
    seriousness: unique(scan.seriousness, (h) => h.criterion).sort(
      (a, b) => criteria.indexOf(a.criterion) - criteria.indexOf(b.criterion),
    ),
  }
  const causal = [...new Set(scan.causal)]
  const productMentioned = productMention(normalized, original, options.productTerms)
  const linked = causal.length > 0 || productMentioned !== null || found.seriousness.length > 0
  if (options.linkRequired && !linked && found.events.length > 0) {
    scan.ignored.push(
      ...found.events.map((e) => ({
        term: e.term,
        field: e.field,
        matched: e.matched,
        reason: 'unlinked' as const,
      })),
    )
    found.events = []
  }
  // A seriousness cue alone ("ended up in the ER") is an adverse event with an unnamed reaction.
  const adverseEvent = found.events.length > 0 || found.seriousness.length > 0
  return {
    adverseEvent,
    complaint: found.complaints.length > 0,
    possiblySerious: found.seriousness.length > 0,
    ...found,
    ignored: unique(scan.ignored, (i) => `${i.term}|${i.reason}`),
    patient: patientOf(normalized, original, scan.hitSentences),
    causal,
    productMentioned,
    concomitant: medicinesIn(normalized, original),
    lot: lotOf(original),
    expiry: expiryOf(original),
    confidence: linked ? 'high' : scan.experience ? 'medium' : 'low',
  }
}

/** The product words to look for: the product's name and its distinctive words ("trimly"). */
export function productTermsOf(productName: string): string[] {
  const generic =
    /^(?:capsules?|tablets?|pills?|mg|ml|extended|release|plus|max|forte|video|visits?|health|care)$/
  const name = normalize(productName).trim()
  const words = name.split(/[^a-z0-9]+/).filter((w) => w.length >= 4 && !generic.test(w) && !/^\d+$/.test(w))
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return [...new Set([name, ...words])].filter(Boolean).map(literal)
}
