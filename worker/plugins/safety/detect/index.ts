import { complaintsEn } from './complaints-en'
import { classify, cue, type SentenceContext, sentenceContext, severe } from './context'
import { efficacyEn, efficacyEs } from './efficacy'
import { eventsEn } from './events-en'
import { expiryOf, lotOf, medicinesIn, type Patient, patientOf, productMention } from './extract'
import { fuzzyEvents } from './fuzzy'
import { layEn } from './lay-en'
import { layEs } from './lay-es'
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
import { complaintNet, eventNet, IDIOM } from './net'
import { seriousEn } from './serious-en'
import { findAll, mask, normalize, sentences } from './text'

export type { Patient } from './extract'
export type { ComplaintCategory, Criterion, EventCategory } from './lexicon'
export { criteria } from './lexicon'

/**
 * Screening of consumer text for possible adverse events (AEs, including lack of efficacy) and product-quality
 * complaints: explainable rules in English and Spanish, in two tiers per sentence. First the lexicons
 * (clinical, lay and misspelled symptom words, lack-of-effect phrases, defect phrases); when none of their
 * matches counts, a recall net that needs two kinds of cue together (a body part and a symptom word, a lived
 * frame and a health state, a product word and a defect word; see net.ts). Every match goes through the
 * negation, hypothetical and experience checks of context.ts and is quoted from the verbatim text. It is
 * triage for human review, tuned for recall: a doubtful match opens a case rather than being dropped.
 */

const eventsLexicon = compile<EventCategory>([
  ...eventsEn,
  ...layEn,
  ...efficacyEn,
  ...eventsEs,
  ...layEs,
  ...efficacyEs,
])
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
  /** The word whose position decides negation and hypothetical scope. */
  start: number
  end: number
  /** What to quote, when it is more than the word (the recall net quotes all its cues). */
  quote?: { start: number; end: number }
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

const overlaps = (a: Found, list: readonly Found[]) => list.some((b) => a.start < b.end && b.start < a.end)

/** A sentence's candidates: the lexicons first; the recall net (net.ts) only if none of them counts. */
interface Tiers {
  lexicon: Found[]
  net: () => Found[]
}

function eventTiers(text: string, lived: boolean): Tiers {
  const lexicon = matchesIn(eventsLexicon, text)
  const misspelt = fuzzyEvents(mask(text, IDIOM)).filter((m) => !overlaps(m, lexicon))
  return { lexicon: [...lexicon, ...misspelt], net: () => eventNet(text, lived) }
}

function complaintTiers(text: string, productTerms: readonly string[], lived: boolean): Tiers {
  return { lexicon: matchesIn(complaintsLexicon, text), net: () => complaintNet(text, productTerms, lived) }
}

/** Lack of efficacy carries its own negation ("not working"): a "no" before it does not deny it. */
const selfNegating = (m: Found) => m.category === 'lack_of_efficacy'

function scanSentence(
  field: string,
  original: string,
  ctx: SentenceContext,
  scan: Scan,
  postExperience: boolean,
  productTerms: readonly string[],
) {
  const { sentence } = ctx
  const quote = (m: { start: number; end: number }) =>
    original.slice(sentence.start + m.start, sentence.start + m.end)
  let hit = false
  const lists: [Tiers, Hit[]][] = [
    [eventTiers(sentence.text, ctx.experience), scan.events],
    [complaintTiers(sentence.text, productTerms, ctx.experience), scan.complaints],
  ]
  for (const [tiers, into] of lists) {
    for (const matches of [tiers.lexicon, null]) {
      let accepted = false
      for (const m of matches ?? tiers.net()) {
        const verdict = classify(ctx, m.start, m.end, postExperience, selfNegating(m))
        if (verdict !== 'accepted') {
          scan.ignored.push({ term: m.term, field, matched: quote(m.quote ?? m), reason: verdict })
          continue
        }
        accepted = true
        into.push({
          term: m.term,
          category: m.category,
          field,
          matched: quote(m.quote ?? m),
          severe: severe(sentence.text, m.start, m.end),
        })
        if (m.criterion) scan.seriousness.push({ criterion: m.criterion, field, matched: quote(m) })
        // The net's first cue pair that counts is evidence enough: one entry per sentence, not one per word.
        if (!matches) break
      }
      if (accepted) {
        hit = true
        break
      }
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

/** The items with distinct keys, first occurrence kept. */
export function unique<T>(items: T[], key: (item: T) => string): T[] {
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
  const productWords = options.linkRequired ? [] : options.productTerms
  for (const { field, original, sentences: list } of contexts) {
    for (const ctx of list) scanSentence(field, original, ctx, scan, postExperience, productWords)
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
  if (options.linkRequired) {
    // "Not working" about a video-visit service is about the app or the appointment, not a lack of efficacy.
    const noEffect = found.events.filter((e) => e.category === 'lack_of_efficacy')
    scan.ignored.push(
      ...noEffect.map((e) => ({
        term: e.term,
        field: e.field,
        matched: e.matched,
        reason: 'unlinked' as const,
      })),
    )
    found.events = found.events.filter((e) => e.category !== 'lack_of_efficacy')
  }
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
