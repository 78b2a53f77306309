import {
  BODY_OWNED,
  BODY_PLAIN,
  CHANGE_FRAME,
  COMPLAINT_GUARDS,
  CONTRAST,
  DEFECT,
  DEFECT_VAGUE,
  IDIOMS,
  INTENSIFIER,
  OTHER_CAUSE,
  PRODUCT_WORDS,
  SOFT_STATE,
  STATE,
  STATE_FRAME,
  SYMPTOM_CLEAR,
  SYMPTOM_VAGUE,
} from './net-words'
import { findAll, mask, wordRegex, wordsBetween } from './text'

// The recall net under the lexicons. It runs on a sentence only when the lexicons found nothing that counts
// there, and it needs two kinds of cue in one clause:
// - a body part and a symptom word within a few words ("my gums started bleeding", "la piel roja");
// - a first-person or third-party frame and a health state ("I've been so jittery", "me siento débil");
// - a lived change and a clear symptom or state ("made me so shaky", "since I started … dizzy");
// - a product word and a defect word ("the foil was peeled back", "cápsulas pegajosas"), or a count or
//   strength that contradicts itself ("should have 120 but I counted 111", "120 mg instead of 60").
// Each match keeps the cue words (quoted to the reviewer) and goes through the same negation and
// hypothetical checks as a lexicon match. The cost is more false alarms: by design, for recall.

export interface NetMatch {
  /** The symptom, state or defect word: its position decides negation and hypothetical scope. */
  start: number
  end: number
  /** The span from the first to the last cue, quoted as the evidence. */
  quote: { start: number; end: number }
  term: string
  category: string
}

const re = (source: string) => wordRegex(source)
const BODY = re(`${BODY_OWNED}|${BODY_PLAIN}`)
/** "my gums", "mi piel": a sentence about the writer's (or a relative's) own body reports an experience. */
export const OWN_BODY = re(
  `(?:my|her|his|mi|mis|su|sus) (?:${BODY_PLAIN}|back|side|head|heart|hands?|face|bottom|butt|cara|manos?|costado)`,
)
const CLEAR = re(SYMPTOM_CLEAR)
const ANY_SYMPTOM = re(`${SYMPTOM_CLEAR}|${SYMPTOM_VAGUE}`)
const CHANGE = re(CHANGE_FRAME)
const CONTRAST_RE = re(CONTRAST)
export const IDIOM = re(IDIOMS)
const PRODUCT = re(PRODUCT_WORDS)
const DEFECT_RE = re(DEFECT)
const GUARDS = re(COMPLAINT_GUARDS)
const VAGUE_DEFECT = re(DEFECT_VAGUE)

const words = (source: string) => `(?:${source})`
/** "feel weird posting this", "got emotional reading": the state is about an activity, not the body. */
const ACTIVITY_AFTER =
  '(?! (?:[a-z]+ing|[a-z]+ando|[a-z]+iendo|about|that|to|for|of|with|de|por|con|al|que)(?![a-z]))'
/** "I feel so tired", "been super jittery", "me siento muy débil": the state is group 1. */
const LIVED_STATE = new RegExp(
  `(?<![a-z0-9'])${words(STATE_FRAME)}(?: ${words(INTENSIFIER)})*,? (${STATE})(?![a-z0-9'])${ACTIVITY_AFTER}`,
  'gd',
)
const SOFT = new RegExp(
  `(?<![a-z0-9'])(?:feel|feels|felt|feeling|i'm feeling|been feeling)(?: ${words(INTENSIFIER)})* (${SOFT_STATE})(?![a-z0-9'])${ACTIVITY_AFTER}(?! \\d)`,
  'gd',
)
const STATE_WORD = re(STATE)
const STATE_ALONE = new RegExp(`(?<![a-z0-9'])(?:${STATE})(?![a-z0-9'])${ACTIVITY_AFTER}`, 'g')
const OTHER = re(OTHER_CAUSE)

interface Span {
  start: number
  end: number
}

/** Two cues belong together: close enough, not overlapping, no "but" between them. */
function together(text: string, a: Span, b: Span, window: number): boolean {
  if (a.end > b.start && b.end > a.start) return false
  const [first, second] = a.start < b.start ? [a, b] : [b, a]
  if (wordsBetween(text, first.end, second.start) > window) return false
  return !findAll(CONTRAST_RE, text.slice(first.end, second.start)).length
}

function nearest(text: string, anchor: Span, cues: Span[], window: number): Span | null {
  let best: Span | null = null
  let bestGap = Number.POSITIVE_INFINITY
  for (const c of cues) {
    if (!together(text, anchor, c, window)) continue
    const gap = c.start < anchor.start ? anchor.start - c.end : c.start - anchor.end
    if (gap < bestGap) {
      best = c
      bestGap = gap
    }
  }
  return best
}

const spanOf = (a: Span, b: Span) => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) })

function livedStates(text: string): NetMatch[] {
  const out: NetMatch[] = []
  for (const pattern of [LIVED_STATE, SOFT]) {
    for (const m of text.matchAll(pattern)) {
      const [start, end] = m.indices![1]!
      out.push({
        start,
        end,
        quote: { start: m.index, end },
        term: 'possible symptom (lived health state)',
        category: 'unspecified',
      })
    }
  }
  return out
}

/**
 * Body + symptom, frame + state, change + symptom, then (weakest) a clear symptom word alone or a health state
 * anywhere in a sentence that reports an experience (`lived`): every candidate of a sentence, in that order.
 */
export function eventNet(sentence: string, lived = false): NetMatch[] {
  const text = mask(sentence, IDIOM)
  if (findAll(OTHER, text).length) return []
  const out: NetMatch[] = []
  const body = findAll(BODY, text)
  const symptoms = findAll(ANY_SYMPTOM, text)
  for (const s of symptoms) {
    const b = nearest(text, s, body, 12)
    if (b)
      out.push({
        ...s,
        quote: spanOf(s, b),
        term: 'possible symptom (body part + symptom word)',
        category: 'unspecified',
      })
  }
  out.push(...livedStates(text))
  const changes = findAll(CHANGE, text)
  if (changes.length) {
    for (const s of [...findAll(CLEAR, text), ...findAll(STATE_WORD, text)]) {
      const c = nearest(text, s, changes, 10)
      if (c)
        out.push({
          ...s,
          quote: spanOf(s, c),
          term: 'possible symptom (lived change)',
          category: 'unspecified',
        })
    }
  }
  for (const s of findAll(CLEAR, text))
    out.push({ ...s, quote: s, term: 'possible symptom (symptom word)', category: 'unspecified' })
  if (lived)
    for (const s of findAll(STATE_ALONE, text))
      out.push({ ...s, quote: s, term: 'possible symptom (health state, lived)', category: 'unspecified' })
  return out
}

const COUNT_WORD = re(
  'capsules?|pills?|tablets?|softgels?|bottle|box|pack|blister|count|ct|capsulas?|pastillas?|tabletas?|frasco|caja|paquete|blister',
)
const COMPARE = re(
  'but|only|just|instead of|rather than|not|should|supposed|says|said|label|printed|counted|count|in a|out of|vs|versus|pero|solo|solamente|nada mas|en lugar de|en vez de|dice|decia|deberia|traia|trae|tenia|conte|no',
)
/** Integers that are not doses, weights or durations. */
const NUMBER =
  /(?<![a-z0-9]|\d[.,/:])(\d{1,3})(?!\d|[.,/:]\d)(?! ?(?:mg|lbs?|pounds?|kg|kilos?|g|grams?|%|percent|days?|weeks?|months?|years?|yrs?|hours?|hrs?|minutes?|mins?|am|pm|dias?|semanas?|meses?|anos?|horas?|minutos?|st|nd|rd|th|x)\b)/g
const MG = /(?<![\d.,])(\d{1,4}) ?mg\b/g

/** "Bottle should have 120 but I only counted 111", "el frasco traía 56 en lugar de 60". */
function countMismatch(text: string): NetMatch | null {
  if (!findAll(COUNT_WORD, text).length || !findAll(COMPARE, text).length) return null
  const numbers = [...text.matchAll(NUMBER)].filter((m) => Number(m[1]) >= 10)
  const distinct = new Set(numbers.map((m) => Number(m[1])))
  if (distinct.size < 2) return null
  const first = numbers[0]!
  const last = numbers[numbers.length - 1]!
  return {
    start: first.index,
    end: first.index + first[0].length,
    quote: { start: first.index, end: last.index + last[0].length },
    term: 'possible wrong count (two different counts)',
    category: 'count',
  }
}

/** "The box says 120 mg instead of 60": two different strengths in one sentence with a comparison. */
function strengthMismatch(text: string): NetMatch | null {
  const doses = [...text.matchAll(MG)]
  if (!doses.length || !findAll(COMPARE, text).length) return null
  const numbers = [...text.matchAll(/(?<![a-z0-9.,])(\d{1,4})(?!\d|[.,]\d)/g)]
  if (new Set(numbers.map((m) => Number(m[1]))).size < 2) return null
  const m = doses[0]!
  const first = numbers[0]!
  const last = numbers[numbers.length - 1]!
  return {
    start: m.index,
    end: m.index + m[0].length,
    quote: { start: first.index, end: Math.max(last.index + last[0].length, m.index + m[0].length) },
    term: 'possible wrong strength (two different strengths)',
    category: 'wrong_product',
  }
}

/**
 * Product word + defect word, self-contradicting counts or strengths, and (weakest) a product word with a vague
 * "something is off" word in a sentence about the writer's own pack (`lived`: "my refill looks weird").
 */
export function complaintNet(
  sentence: string,
  productTerms: readonly string[] = [],
  lived = false,
): NetMatch[] {
  const text = mask(mask(sentence, IDIOM), GUARDS)
  const product = productTerms.length ? re(`${PRODUCT_WORDS}|${productTerms.join('|')}`) : PRODUCT
  const products = findAll(product, text)
  const out: NetMatch[] = []
  for (const d of findAll(DEFECT_RE, text)) {
    const p = nearest(text, d, products, 16)
    if (p)
      out.push({
        ...d,
        quote: spanOf(d, p),
        term: 'possible quality problem (product + defect word)',
        category: 'quality',
      })
  }
  if (lived) {
    for (const d of findAll(VAGUE_DEFECT, text)) {
      const p = nearest(text, d, products, 16)
      if (p)
        out.push({
          ...d,
          quote: spanOf(d, p),
          term: 'possible quality problem (own pack + vague word)',
          category: 'quality',
        })
    }
  }
  const count = countMismatch(text)
  if (count) out.push(count)
  const strength = strengthMismatch(text)
  if (strength) out.push(strength)
  return out
}
