import { matches, type Span } from './types'

// Geographic subdivisions smaller than a state (Safe Harbor B): street addresses and PO boxes (`address`),
// and cities and ZIP codes (`location`) where the text shows they are places ("Dayton, OH", "ZIP 45402",
// "I live in Dayton", "vivo en Zapopan"). A city named with no such cue is not found: see the README.

const SUFFIX =
  'street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|way|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|alley|crescent|pike'
const UNIT = '(?:,?\\s*(?:apt|apartment|suite|ste|unit|fl|floor|#)\\.?\\s*#?[\\p{L}\\d-]{1,6})?'
const STREET = new RegExp(
  `\\b\\d{1,6}[A-Za-z]?\\s+((?:[NSEW]\\.?\\s+|(?:north|south|east|west)\\s+)?(?:[\\p{L}\\d'.-]+\\s+){1,3}?)(?:${SUFFIX})\\b\\.?${UNIT}`,
  'giu',
)
const STOPWORDS = new Set(
  'the a an on my of to and for in at with from by or but per every each this that these those some times pills capsules tablets days weeks months lbs pounds mg minutes minute hours hour blocks miles mile km step steps'.split(
    ' ',
  ),
)
const PO_BOX =
  /\b(?:p\.?\s?o\.?\s?box|post office box|apartado(?: de correos| postal)?|casilla(?: de correo)?)\s*#?\s*\d+\b/giu
const ES_STREET =
  /\b(?:[Cc]alle|[Cc]\/|[Aa]venida|[Aa]vda\.?|[Aa]v\.|[Pp]aseo|[Pp]laza|[Pp]za\.?|[Cc]amino|[Cc]arrera|[Cc]ra\.?|[Cc]alzada|[Rr]onda|[Tt]raves[ií]a|[Cc]allej[oó]n|[Pp]rivada|[Bb]ulevar|[Cc]arretera)\s+(?:(?:de|del|la|las|los|el|y)\s+)*\p{Lu}[\p{L}.'-]*(?:\s+(?:(?:de|del|la|las|los|el|y)\s+)*\p{Lu}[\p{L}.'-]*){0,3},?\s*(?:n(?:º|°|o\.?|[uú]m\.?)\s*)?\d{1,5}[A-Za-z]?(?:,?\s*\d{1,2}\s*[º°ª]?\s*[A-Za-z]?\b)?/gu

const STATE_NAMES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico'
// Codes that are also common words or names ("OK", "HI", "IN", "AL") only count when a ZIP code follows.
const SAFE_CODES =
  'AK|AZ|AR|CA|CT|FL|GA|IL|IA|KS|KY|MD|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|DC'
const STATE_CODES = `${SAFE_CODES}|AL|CO|DE|HI|ID|IN|LA|ME|MA|OK|OR|PA`
const COUNTRIES =
  'Mexico|México|Spain|España|Colombia|Argentina|Chile|Peru|Perú|Venezuela|Ecuador|Guatemala|Cuba|Honduras|Canada|Canadá|USA|America|United States|Estados Unidos|UK|England|Inglaterra|Ireland|France|Germany|Italy|Portugal|Brazil|Brasil|Puerto Rico|Dominican Republic|República Dominicana|El Salvador|Nicaragua|Costa Rica|Panama|Panamá|Uruguay|Paraguay|Bolivia|Europe|Europa|Asia|Africa'
const PLACE_WORD = "\\p{Lu}[\\p{Ll}'’.-]+"
const PLACE = `${PLACE_WORD}(?:\\s(?:${PLACE_WORD}|de|del|la))*`
const CITY_STATE = new RegExp(
  `(?<![\\p{L}])(${PLACE}),\\s*(?:${STATE_NAMES}|(?:${SAFE_CODES})(?![\\p{L}])|(?:${STATE_CODES})\\s+\\d{5}\\b)`,
  'gu',
)
// An address line without commas: "Columbus OH 43215".
const CITY_CODE_ZIP = new RegExp(
  `(?<![\\p{L}])(${PLACE_WORD}(?:\\s${PLACE_WORD}){0,2})\\s+(?:${STATE_CODES})\\s+\\d{5}\\b`,
  'gu',
)
const ZIP_AFTER_STATE = new RegExp(`\\b(?:${STATE_CODES})\\s+(\\d{5}(?:-\\d{4})?)\\b`, 'gu')
const ZIP_CUE =
  /\b(?:zip|zip code|zipcode|postal code|postcode|c[oó]digo postal|c\.p\.|cp)\s*(?:is|es|:|#)?\s*(\d{5}(?:-\d{4})?|\d{4})\b/giu
/** `[Ww]ord`: a cue word in either case, in a regex that must stay case-sensitive for the name after it. */
function cue(words: string[]): string {
  return words.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')
}
const LIVE_IN = new RegExp(
  `\\b(?:${cue(['live', 'lives', 'living', 'lived', 'moved', 'reside', 'resides', 'residing', 'vivo', 'vivimos', 'vive', 'viven', 'resido', 'me mudé', 'me mude', 'nos mudamos'])})\\s+(?:in|to|near|en|a|cerca de)\\s+(${PLACE})`,
  'gu',
)
const NOT_PLACES = new RegExp(`^(?:${STATE_NAMES}|${COUNTRIES}|the|a|an|my|la|el|los|las|mi)$`, 'iu')

function streetWordsLookLikeAName(words: string): boolean {
  const list = words.trim().split(/\s+/)
  return list.every((w) => !STOPWORDS.has(w.toLowerCase()))
}

export function addresses(text: string): Span[] {
  const spans: Span[] = []
  for (const m of text.matchAll(STREET)) {
    if (!streetWordsLookLikeAName(m[1] ?? '')) continue
    spans.push({ start: m.index, end: m.index + m[0].length, type: 'address', priority: 58 })
  }
  for (const re of [PO_BOX, ES_STREET]) {
    for (const m of matches(re, text)) spans.push({ ...m, type: 'address', priority: 58 })
  }
  return spans
}

function placeName(text: string, m: { start: number; end: number }): boolean {
  return !NOT_PLACES.test(text.slice(m.start, m.end))
}

export function locations(text: string): Span[] {
  const spans: Span[] = []
  for (const m of matches(CITY_STATE, text, 1)) {
    if (placeName(text, m)) spans.push({ ...m, type: 'location', priority: 45 })
  }
  for (const m of matches(CITY_CODE_ZIP, text, 1)) {
    if (placeName(text, m)) spans.push({ ...m, type: 'location', priority: 45 })
  }
  for (const m of matches(LIVE_IN, text, 1)) {
    if (placeName(text, m)) spans.push({ ...m, type: 'location', priority: 45 })
  }
  for (const re of [ZIP_AFTER_STATE, ZIP_CUE]) {
    for (const m of matches(re, text, 1)) spans.push({ ...m, type: 'location', priority: 45 })
  }
  return spans
}
