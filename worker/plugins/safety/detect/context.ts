import { cuesEn } from './cues-en'
import type { Cues } from './lexicon'
import { cuesEs } from './lexicon-es'
import { OWN_BODY } from './net'
import { findAll, has, mask, type Sentence, wordRegex, wordsBetween } from './text'

// Decides, for one match in one sentence, whether it was lived (accepted), negated, or hypothetical.
// English and Spanish cues are merged: consumers mix languages, and neither set misfires on the other.

/** How many words a negation reaches forward ("no nausea, cramps or gas": all three are negated). */
export const NEGATION_WINDOW = 6

function merged(key: keyof Cues): RegExp {
  return wordRegex(`${cuesEn[key]}|${cuesEs[key]}`)
}

export const cue = {
  negation: merged('negation'),
  pseudo: merged('pseudoNegation'),
  terminators: merged('terminators'),
  hypothetical: merged('hypothetical'),
  experience: merged('experience'),
  causal: merged('causal'),
  thirdParty: merged('thirdParty'),
  female: merged('female'),
  male: merged('male'),
  age: merged('age'),
  severity: merged('severity'),
}

// "not sure if the headache is from it" presupposes the headache: that "if" is not hypothetical. A hope is
// hypothetical up to the end of its clause too: "I hope the gas isn't bad, …" but not "…, hope that's ok".
const IF = wordRegex(
  "(?<!(?:not sure|unsure|not certain|don't know|dont know|do not know|can't tell|cant tell|no se|no estoy segur[oa]) )(?:if|si(?!\\s*,)|whether)|in case|en caso de|what if|que pasa si|(?:i )?hope|hoping|hopefully|ojala",
)
const CLAUSE_END = /,|\bthen\b|\bentonces\b/g
// A new first-person clause inside an "if" sentence: "if I eat pizza I get cramps".
const RESTART = wordRegex(
  'i (?:get|got|had|have|feel|felt|end up|ended up|always|usually|still)|me (?:da|dan|dio|dieron|pone)|tengo|tuve',
)
// A condition the writer had before the product, now better: "my headaches from before are less frequent".
const PRE_EXISTING = wordRegex(
  "from before|(?:i've|i have|i had) always had|always had|for years before|(?:que )?(?:tenia|sufria) (?:desde )?antes|de antes",
)
const IMPROVED = wordRegex(
  'less|fewer|better|improved|improving|rarely|rare|gone|disappeared|went away|stopped|menos|mejor|mejorado|desaparecio|se me quito|se quito',
)
const NONE_AFTER = /^[\s:?!.-]*(?:none|nope|nada|ninguno|ninguna|zero|0|not really|not at all)\b/

export type Verdict = 'accepted' | 'negated' | 'hypothetical'

/** What a sentence says around its matches; computed once per sentence. */
export interface SentenceContext {
  sentence: Sentence
  negations: { start: number; end: number }[]
  terminators: { start: number; end: number }[]
  ifClauses: { start: number; end: number }[]
  /** An explicit hypothetical cue ("could it cause", "I'm worried", "me preocupa"). */
  hypothetical: boolean
  question: boolean
  experience: boolean
  /** A pre-existing condition reported as improved: its symptoms are not events. */
  improved: boolean
}

function ifClauses(text: string, masked: string): { start: number; end: number }[] {
  return findAll(IF, masked).map((m) => {
    let end = text.length
    for (const c of text.slice(m.end).matchAll(CLAUSE_END)) {
      end = Math.min(end, m.end + c.index)
      break
    }
    for (const r of findAll(RESTART, text)) {
      if (r.start > m.end && wordsBetween(text, m.end, r.start) >= 2) {
        end = Math.min(end, r.start)
        break
      }
    }
    return { start: m.start, end }
  })
}

/** An experience cue that is not itself denied ("a mí no me ha pasado", "nothing happened to me"). */
function lived(text: string): boolean {
  return findAll(cue.experience, text).some(
    (m) => !findAll(cue.negation, text.slice(Math.max(0, m.start - 12), m.start)).length,
  )
}

export function sentenceContext(sentence: Sentence): SentenceContext {
  const text = sentence.text
  const masked = mask(text, cue.pseudo)
  return {
    sentence,
    negations: findAll(cue.negation, masked),
    terminators: findAll(cue.terminators, text),
    ifClauses: ifClauses(text, masked),
    hypothetical: has(cue.hypothetical, masked),
    question: sentence.question,
    experience: lived(text) || has(OWN_BODY, text),
    improved: has(PRE_EXISTING, text) && has(IMPROVED, text),
  }
}

function negated(ctx: SentenceContext, start: number, end: number): boolean {
  const text = ctx.sentence.text
  if (NONE_AFTER.test(text.slice(end, end + 30))) return true
  return ctx.negations.some(
    (n) =>
      n.end <= start &&
      wordsBetween(text, n.end, start) <= NEGATION_WINDOW &&
      !ctx.terminators.some((t) => t.start >= n.end && t.end <= start),
  )
}

/**
 * `start`/`end` are offsets inside the sentence text. `postExperience`: another sentence of the same post
 * reports an experience, so a plain question here ("Oily spotting on day two, does it get better?" + "Had
 * pizza last night…") is about it, not hypothetical.
 */
export function classify(
  ctx: SentenceContext,
  start: number,
  end: number,
  postExperience = false,
  /** The match carries its own negation ("not working", "no he bajado"): a "no" before it is not a denial. */
  selfNegating = false,
): Verdict {
  if (!selfNegating && (negated(ctx, start, end) || ctx.improved)) return 'negated'
  if (ctx.ifClauses.some((c) => start >= c.start && start < c.end)) return 'hypothetical'
  if (ctx.hypothetical && !ctx.experience) return 'hypothetical'
  if (ctx.question && !ctx.experience && !postExperience && !livedClause(ctx.sentence.text, start))
    return 'hypothetical'
  return 'accepted'
}

const FIRST_PERSON = wordRegex("i|i'm|im|i've|ive|my|me|mine|we|our|yo|mi|mis|tengo|tuve|estoy|ando|llevo")

/**
 * "I'm not losing anything, what am I doing wrong?": the match is in a first-person statement that comes
 * before the question itself (the clause after the last comma), so it is told, not asked.
 */
function livedClause(text: string, start: number): boolean {
  const clauseEnd = text.indexOf(',', start)
  if (clauseEnd < 0) return false
  const clauseStart = text.lastIndexOf(',', start) + 1
  return has(FIRST_PERSON, text.slice(clauseStart, clauseEnd))
}

/** "severe cramps", "dolor muy fuerte": a severity word just before or after the match. */
export function severe(text: string, start: number, end: number): boolean {
  const around = `${text.slice(Math.max(0, start - 30), start)} | ${text.slice(end, end + 20)}`
  return has(cue.severity, around)
}
