import { cue } from './context'
import { findAll, has, wordRegex } from './text'

// Case details read from the text: who the patient is (the author or someone they describe), age and sex
// when stated, other medicines (E2B drug role "concomitant"), and lot number / expiry of the product.

export interface Patient {
  who: 'author' | 'third_party' | 'unknown'
  /** "wife", "hijo"… for a third party. */
  relation: string | null
  /** The words that identify the patient, quoted from the post. */
  evidence: string | null
  age: number | null
  sex: 'female' | 'male' | null
}

const FIRST_PERSON = wordRegex("i|i'm|im|i've|ive|i'd|i'll|me|my|myself|mine|yo|mi|mis|me siento|tengo|tuve")

const MEDICINES = wordRegex(
  'warfarin|coumadin|warfarina|metformin|metformina|glucophage|insulin|insulina|levothyroxine|levotiroxina|synthroid|cyclosporine|ciclosporin|ciclosporina|amiodarone|amiodarona|lisinopril|atorvastatin|atorvastatina|lipitor|simvastatin|ozempic|wegovy|semaglutide|mounjaro|tirzepatide|phentermine|fentermina|sertraline|sertralina|zoloft|fluoxetine|fluoxetina|prozac|bupropion|wellbutrin|levetiracetam|lamotrigine|lamotrigina|valproate|phenytoin|ibuprofen|ibuprofeno|advil|motrin|naproxen|aleve|acetaminophen|paracetamol|tylenol|aspirin|aspirina|omeprazole|omeprazol|prilosec|multivitamin|multivitaminico|birth control|anticonceptiv\\w+|the pill|antiretroviral\\w*|hiv (?:meds|medication|medicine)|thyroid (?:meds|medication|medicine)|blood thinners?|anticoagulant\\w*',
)

const LOT = /\b(?:lot|lote|batch)\s*(?:number|no\.?|n[ºo°]\.?|#)?\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{2,19})\b/giu
const EXPIRY =
  /\b(?:exp(?:iry|iration)?|caducidad|cad\.?|vence|vencimiento)\.?\s*(?:date|fecha)?\s*[:#]?\s*(\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}(?:-\d{2})?|[A-Za-z]{3,9}\.? \d{4})/iu

/** `normalized` and `original` have the same length (see normalize), so offsets carry over. */
export function patientOf(normalized: string, original: string, hitSentences: readonly string[]): Patient {
  const relationIn = (text: string) => {
    cue.thirdParty.lastIndex = 0
    const m = cue.thirdParty.exec(text)
    cue.thirdParty.lastIndex = 0
    return m
  }
  const inHits = hitSentences.map(relationIn).find(Boolean)
  const anywhere = relationIn(normalized)
  const firstPerson = has(FIRST_PERSON, normalized)
  const third = inHits ?? (firstPerson ? null : anywhere)
  const sex = has(cue.female, normalized) ? 'female' : has(cue.male, normalized) ? 'male' : null
  const ageMatch = [...normalized.matchAll(new RegExp(cue.age.source, 'g'))][0]
  const ageText = ageMatch?.slice(1).find((g) => g !== undefined)
  const age = ageText ? Number(ageText) : null
  if (third) {
    const at = normalized.indexOf(third[0])
    const evidence = at >= 0 ? original.slice(at, at + third[0].length) : third[0]
    // English and Spanish relation words are different capture groups of the merged regex.
    const relation = third.slice(1).find((g) => g !== undefined) ?? null
    return { who: 'third_party', relation, evidence, age, sex: sexOfRelation(relation ?? undefined) ?? sex }
  }
  if (firstPerson)
    return { who: 'author', relation: null, evidence: 'the author writes in the first person', age, sex }
  return { who: 'unknown', relation: null, evidence: null, age, sex }
}

const FEMALE_RELATIONS =
  /^(?:wife|girlfriend|fiancee|daughter|mom|mother|mum|sister|aunt|grandma|grandmother|niece|granddaughter|stepmom|mother-in-law|sister-in-law|esposa|mujer|novia|hija|mama|madre|hermana|tia|abuela|prima|amiga|vecina|suegra|sobrina|nieta|nina)$/
const MALE_RELATIONS =
  /^(?:husband|boyfriend|fiance|son|dad|father|brother|uncle|grandpa|grandfather|nephew|grandson|stepdad|father-in-law|brother-in-law|esposo|marido|novio|hijo|papa|padre|hermano|tio|abuelo|primo|amigo|vecino|suegro|sobrino|nieto|nino)$/

function sexOfRelation(relation: string | undefined): 'female' | 'male' | null {
  if (!relation) return null
  if (FEMALE_RELATIONS.test(relation)) return 'female'
  if (MALE_RELATIONS.test(relation)) return 'male'
  return null
}

export function medicinesIn(normalized: string, original: string): string[] {
  return [...new Set(findAll(MEDICINES, normalized).map((m) => original.slice(m.start, m.end)))]
}

export function lotOf(original: string): string | null {
  for (const m of original.matchAll(LOT)) if (/\d/.test(m[1] ?? '')) return m[1]!
  return null
}

export function expiryOf(original: string): string | null {
  return EXPIRY.exec(original)?.[1] ?? null
}

/** The first product word (from the community's product name) the text mentions, quoted from it. */
export function productMention(
  normalized: string,
  original: string,
  productTerms: readonly string[],
): string | null {
  for (const term of productTerms) {
    const m = findAll(wordRegex(term), normalized)[0]
    if (m) return original.slice(m.start, m.end)
  }
  return null
}
