import { matches, type Span } from './types'

// Record, health-plan, account, licence, certificate and device numbers (Safe Harbor H–M). A number is only
// an identifier next to a cue word ("MRN", "member ID", "policy #", "Rx #", "número de afiliado"), so doses,
// counts and lot numbers stay. Lot numbers are batch-level, not personal, and safety staff need them public.

const CUES_EN = [
  'medical record(?: number| no\\.?| #)?',
  'mrn',
  'chart(?: number| no\\.?| #)',
  'patient (?:id|number|no\\.?|#)',
  'member (?:id|number|no\\.?|#)',
  'membership (?:id|number|no\\.?|#)',
  'subscriber (?:id|number|no\\.?|#)',
  'insurance (?:id|number|no\\.?|#|card number)',
  'policy(?: number| no\\.?| #)?',
  'group (?:number|no\\.?|#)',
  'plan (?:id|number|no\\.?|#)',
  'health plan(?: id| number)?',
  'medicare(?: id| number| no\\.?| #)?',
  'medicaid(?: id| number| no\\.?| #)?',
  'beneficiary (?:id|number)',
  'mbi',
  'hicn',
  'account(?: number| no\\.?| #)?',
  'acct\\.?(?: number| no\\.?| #)?',
  'claim(?: number| no\\.?| #)?',
  'rx(?: number| no\\.?| #)?',
  'prescription(?: number| no\\.?| #)',
  'case(?: number| no\\.?| #| id)',
  'ticket(?: number| no\\.?| #)?',
  'reference(?: number| no\\.?| #)',
  'confirmation(?: number| no\\.?| #| code)?',
  'order(?: number| no\\.?| #)',
  'licen[cs]e(?: number| no\\.?| #| plate)?',
  "driver'?s licen[cs]e(?: number| no\\.?| #)?",
  'dl(?: number| no\\.?| #)',
  'passport(?: number| no\\.?| #)?',
  'certificate(?: number| no\\.?| #)',
  'serial(?: number| no\\.?| #)?',
  's/n',
  'vin',
  'plate(?: number| no\\.?| #)',
  'npi',
  'dea(?: number| no\\.?| #)?',
  'employee (?:id|number|no\\.?|#)',
  'student (?:id|number|no\\.?|#)',
  'id(?: number| no\\.?| #)?',
]
const CUES_ES = [
  'n[uú]mero de (?:expediente|afiliado|afiliaci[oó]n|p[oó]liza|cuenta|receta|caso|pedido|tarjeta|seguro|licencia|pasaporte|serie|historia cl[ií]nica|socio|paciente|folio)',
  'expediente',
  'historia cl[ií]nica',
  'afiliado',
  'p[oó]liza',
  'tarjeta sanitaria',
  'tarjeta de salud',
  'dni',
  'nie',
  'curp',
  'rfc',
  'c[eé]dula',
  'pasaporte',
  'folio',
  'matr[ií]cula',
  'placa',
]
// Between the cue and the value: "number", "#", "is", ":" and friends.
const JOIN = '\\s*(?:(?:number|num|no\\.?|nbr|#|n[ºo°]\\.?|id|is|was|es|era|:|=|-)\\s*){0,3}'
// At least two digits: a value like "through my employer" is not a number.
const VALUE =
  '(\\d{2,6}(?:[ -]\\d{2,6}){1,4}(?![\\p{L}\\d])|(?=[\\p{L}\\d-]*\\d[\\p{L}\\d-]*\\d)[\\p{L}\\d][\\p{L}\\d-]{3,24})'
const CUED = new RegExp(`\\b(?:${[...CUES_EN, ...CUES_ES].join('|')})(?![\\p{L}\\d])${JOIN}${VALUE}`, 'giu')
const NOT_A_LOT = '(?<!\\b(?:lot|lote|batch|exp|cad)\\.?\\s*(?:number|no\\.?|n[ºo°]\\.?)?\\s*:?\\s*#?\\s*)'
const HASH = new RegExp(`${NOT_A_LOT}(?<![\\p{L}\\d])#\\s?(\\d{5,})\\b`, 'giu')
// A Medicare Beneficiary Identifier has a fixed shape: 1EG4-TE5-MK73.
const MBI = /\b[1-9][A-Z][A-Z0-9]\d-?[A-Z][A-Z0-9]\d-?[A-Z]{2}\d{2}\b/gu
// Eight digits or more on their own are an identifier of some kind, never a dose.
const LONG_NUMBER = new RegExp(`${NOT_A_LOT}(?<![\\d.,/-])\\d{8,}(?![\\d.,/-]\\d)`, 'giu')

export function idNumbers(text: string): Span[] {
  const spans: Span[] = []
  for (const m of matches(CUED, text, 1)) spans.push({ ...m, type: 'id_number', priority: 75 })
  for (const m of matches(HASH, text, 1)) spans.push({ ...m, type: 'id_number', priority: 50 })
  for (const m of matches(MBI, text)) spans.push({ ...m, type: 'id_number', priority: 75 })
  for (const m of matches(LONG_NUMBER, text)) spans.push({ ...m, type: 'id_number', priority: 30 })
  return spans
}
