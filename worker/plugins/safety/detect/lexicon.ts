import { wordRegex } from './text'

/** ICH E2A seriousness criteria, as in E2B(R3) E.i.3.2a–f. */
export const criteria = [
  'death',
  'life_threatening',
  'hospitalization',
  'disability',
  'birth_defect',
  'medically_important',
] as const
export type Criterion = (typeof criteria)[number]

export type EventCategory =
  | 'gastrointestinal'
  | 'hepatic'
  | 'skin'
  | 'allergic'
  | 'respiratory'
  | 'neurological'
  | 'psychiatric'
  | 'cardiovascular'
  | 'renal'
  | 'general'
  | 'unspecified'
  | 'special_situation'
  | 'lack_of_efficacy'

export type ComplaintCategory =
  | 'physical_defect'
  | 'packaging'
  | 'tampering'
  | 'count'
  | 'wrong_product'
  | 'smell_taste'
  | 'expired'
  | 'contamination'
  | 'quality'

/** One lexicon entry: a pattern (over normalised text), the term it stands for and its category. */
export interface Entry<C extends string> {
  re: RegExp
  term: string
  category: C
  /** A seriousness criterion the term itself signals (jaundice, anaphylaxis…). */
  criterion?: Criterion
}

export type Row<C extends string> = readonly [
  pattern: string,
  term: string,
  category: C,
  criterion?: Criterion,
]

export function compile<C extends string>(rows: readonly Row<C>[]): Entry<C>[] {
  return rows.map(([pattern, term, category, criterion]) => ({
    re: wordRegex(pattern),
    term,
    category,
    ...(criterion ? { criterion } : {}),
  }))
}

/** Seriousness cues: `[pattern, criterion]`. */
export type SeriousRow = readonly [pattern: string, criterion: Criterion]

export interface SeriousEntry {
  re: RegExp
  criterion: Criterion
}

export function compileSerious(rows: readonly SeriousRow[]): SeriousEntry[] {
  return rows.map(([pattern, criterion]) => ({ re: wordRegex(pattern), criterion }))
}

/** The cue lists of one language. Each is one regex source (alternatives), matched on normalised text. */
export interface Cues {
  negation: string
  /** Phrases that look like negation but are not ("not sure", "couldn't stop"): masked before cues are read. */
  pseudoNegation: string
  /** Words that end a negation's scope ("but", "except"). */
  terminators: string
  hypothetical: string
  /** First-person or third-party experience: keeps a sentence with a hypothetical cue positive. */
  experience: string
  causal: string
  thirdParty: string
  female: string
  male: string
  age: string
  severity: string
}
