import { FUZZY_REAL_WORDS } from './fuzzy-words'
import type { Criterion, EventCategory } from './lexicon'

// Misspelled symptom words ("nausious", "headake", "diahrrea", "bloted", "mariada"): a word of the text close
// to a symptom word counts as that symptom. Close: the same first letter and one edit up to 7 letters, two
// from 8 (Damerau: a swap of neighbours is one edit), or for long words the same first two letters and the same
// letters in another order, give or take one. The vocabulary holds only words of 6 letters or more, and real
// English and Spanish words that happen to be close ("camping" ~ "cramping", "numbers" ~ "numbness") are
// never taken for misspellings (fuzzy-words.ts, generated from the system word lists).

type Vocab = readonly [word: string, term: string, category: EventCategory, criterion?: Criterion]

export const FUZZY_VOCABULARY: readonly Vocab[] = [
  ['nausea', 'nausea', 'gastrointestinal'],
  ['nauseous', 'nausea', 'gastrointestinal'],
  ['nauseated', 'nausea', 'gastrointestinal'],
  ['queasy', 'nausea', 'gastrointestinal'],
  ['nauseas', 'nausea', 'gastrointestinal'],
  ['vomiting', 'vomiting', 'gastrointestinal'],
  ['vomited', 'vomiting', 'gastrointestinal'],
  ['diarrhea', 'diarrhoea', 'gastrointestinal'],
  ['diarrhoea', 'diarrhoea', 'gastrointestinal'],
  ['diarrea', 'diarrhoea', 'gastrointestinal'],
  ['bloated', 'bloating', 'gastrointestinal'],
  ['bloating', 'bloating', 'gastrointestinal'],
  ['cramps', 'abdominal pain', 'gastrointestinal'],
  ['cramping', 'abdominal pain', 'gastrointestinal'],
  ['stomachache', 'abdominal pain', 'gastrointestinal'],
  ['bellyache', 'abdominal pain', 'gastrointestinal'],
  ['colicos', 'abdominal pain', 'gastrointestinal'],
  ['retortijones', 'abdominal pain', 'gastrointestinal'],
  ['constipated', 'constipation', 'gastrointestinal'],
  ['constipation', 'constipation', 'gastrointestinal'],
  ['estrenimiento', 'constipation', 'gastrointestinal'],
  ['estrenida', 'constipation', 'gastrointestinal'],
  ['heartburn', 'dyspepsia', 'gastrointestinal'],
  ['indigestion', 'dyspepsia', 'gastrointestinal'],
  ['agruras', 'dyspepsia', 'gastrointestinal'],
  ['flatulence', 'flatulence', 'gastrointestinal'],
  ['flatulencias', 'flatulence', 'gastrointestinal'],
  ['incontinence', 'faecal urgency / incontinence', 'gastrointestinal'],
  ['headache', 'headache', 'neurological'],
  ['headaches', 'headache', 'neurological'],
  ['migraine', 'headache', 'neurological'],
  ['migraines', 'headache', 'neurological'],
  ['dizziness', 'dizziness', 'neurological'],
  ['lightheaded', 'dizziness', 'neurological'],
  ['mareada', 'dizziness', 'neurological'],
  ['mareado', 'dizziness', 'neurological'],
  ['fainted', 'syncope', 'neurological', 'medically_important'],
  ['fainting', 'syncope', 'neurological', 'medically_important'],
  ['desmayo', 'syncope', 'neurological', 'medically_important'],
  ['seizure', 'seizure', 'neurological', 'medically_important'],
  ['seizures', 'seizure', 'neurological', 'medically_important'],
  ['tingling', 'paraesthesia', 'neurological'],
  ['numbness', 'paraesthesia', 'neurological'],
  ['hormigueo', 'paraesthesia', 'neurological'],
  ['insomnia', 'insomnia', 'psychiatric'],
  ['insomnio', 'insomnia', 'psychiatric'],
  ['anxiety', 'anxiety', 'psychiatric'],
  ['anxious', 'anxiety', 'psychiatric'],
  ['ansiedad', 'anxiety', 'psychiatric'],
  ['irritable', 'anxiety', 'psychiatric'],
  ['depressed', 'depression', 'psychiatric'],
  ['depression', 'depression', 'psychiatric'],
  ['deprimida', 'depression', 'psychiatric'],
  ['deprimido', 'depression', 'psychiatric'],
  ['fatigue', 'fatigue', 'general'],
  ['fatigued', 'fatigue', 'general'],
  ['exhausted', 'fatigue', 'general'],
  ['exhaustion', 'fatigue', 'general'],
  ['cansancio', 'fatigue', 'general'],
  ['cansada', 'fatigue', 'general'],
  ['cansado', 'fatigue', 'general'],
  ['palpitations', 'palpitations', 'cardiovascular'],
  ['palpitaciones', 'palpitations', 'cardiovascular'],
  ['itching', 'pruritus', 'skin'],
  ['comezon', 'pruritus', 'skin'],
  ['rashes', 'rash', 'skin'],
  ['sarpullido', 'rash', 'skin'],
  ['swollen', 'swelling', 'general'],
  ['swelling', 'swelling', 'general'],
  ['hinchada', 'swelling', 'general'],
  ['hinchado', 'swelling', 'general'],
  ['hinchazon', 'swelling', 'general'],
  ['jaundice', 'jaundice', 'hepatic', 'medically_important'],
  ['feverish', 'pyrexia / flu-like illness', 'general'],
  ['escalofrios', 'pyrexia / flu-like illness', 'general'],
  ['dehydrated', 'dehydration', 'general'],
  ['dehydration', 'dehydration', 'general'],
  ['breathless', 'dyspnoea', 'respiratory'],
  ['wheezing', 'dyspnoea', 'respiratory'],
  ['allergic', 'hypersensitivity', 'allergic'],
]

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prev2: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1)
      row.push(d)
      best = Math.min(best, d)
    }
    if (best > max) return max + 1
    prev2 = prev
    prev = row
  }
  return prev[b.length]!
}

/** How many edits a vocabulary word tolerates. */
export const allowedEdits = (word: string) => (word.length >= 8 ? 2 : 1)

/** Letters of `a` and `b` that the other lacks, counted with repetition ("diareah" vs "diarrhea": 1). */
export function letterDifference(a: string, b: string): number {
  const counts = new Map<string, number>()
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  for (const ch of b) counts.set(ch, (counts.get(ch) ?? 0) - 1)
  let diff = 0
  for (const n of counts.values()) diff += Math.abs(n)
  return diff
}

/**
 * The fuzzy rule: same first letter and a small edit distance, or, for long words, the same first two letters
 * and the same letters in another order give or take one ("diareah", "diahrrea": scrambled, not just edited).
 */
export function near(token: string, word: string): boolean {
  if (word[0] !== token[0]) return false
  const max = allowedEdits(word)
  if (editDistance(token, word, max) <= max) return true
  return token.length >= 7 && word.length >= 7 && token[1] === word[1] && letterDifference(token, word) <= 1
}

const known = new Set(FUZZY_VOCABULARY.map(([w]) => w))

export interface FuzzyMatch {
  start: number
  end: number
  word: string
  term: string
  category: EventCategory
  criterion?: Criterion
}

/** The vocabulary word a token misspells, if any. */
export function misspelt(token: string): Vocab | null {
  if (token.length < 5 || known.has(token) || FUZZY_REAL_WORDS.has(token)) return null
  return FUZZY_VOCABULARY.find(([word]) => near(token, word)) ?? null
}

/** Misspelled symptom words in a (normalised) sentence. */
export function fuzzyEvents(text: string): FuzzyMatch[] {
  const out: FuzzyMatch[] = []
  for (const m of text.matchAll(/[a-z]{5,}/g)) {
    const entry = misspelt(m[0])
    if (!entry) continue
    const [word, term, category, criterion] = entry
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      word,
      term,
      category,
      ...(criterion ? { criterion } : {}),
    })
  }
  return out
}
