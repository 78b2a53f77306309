import type { RedactOptions, Span } from './types'

// People's names, only where the words around them say a person is named: a title ("Dr. Patel", "nurse
// Kelly", "la doctora Ruiz"), a relation ("my wife Maria", "mi hijo Mateo"), an introduction ("my name is",
// "I'm Jen from", "me llamo"), "named"/"llamado", a greeting ("Hi Sarah,") or a sign-off at the end of a post
// ("Thanks, Maria"). Capitalisation is required except after "my name is", so product words, the HCO's name
// and members' pseudonyms (checked by the hook against the community) are never taken for names.

/**
 * Cue words in any case (`[gG][pP]`), inside regexes that stay case-sensitive for the name that follows.
 * A word starting with `=` keeps its exact case ("Miss": "I miss Sarah" names nobody).
 */
function anyCase(words: readonly string[]): string {
  const one = (ch: string) =>
    ch.toLowerCase() === ch.toUpperCase() ? ch : `[${ch.toLowerCase()}${ch.toUpperCase()}]`
  return words
    .map((w) => (w.startsWith('=') ? w.slice(1) : [...w].map(one).join('')))
    .map((w) => w.replace(/\./g, '\\.').replace(/ /g, '\\s+'))
    .join('|')
}

const WORD = "\\p{Lu}[\\p{Ll}\\p{Lu}'’-]*\\p{Ll}[\\p{Ll}'’-]*|\\p{Lu}\\.|\\p{Lu}(?=\\s)"
const PARTICLE = '(?:de|del|de la|van|von|da|di|le|la|y|bin|al)'
// A name ends where letters and digits end: "SteadyHeron42" is a pseudonym, not "SteadyHero".
const END = '(?![\\p{L}\\p{N}])'
const NAME = `(?:${WORD})(?:\\s+(?:${PARTICLE}\\s+)?(?:${WORD})){0,2}${END}`
const LOWER_NAME = `\\p{Ll}[\\p{Ll}'’-]{1,20}(?:\\s+\\p{Ll}[\\p{Ll}'’-]{1,20})?${END}`

const TITLES = anyCase([
  'dr',
  'dra',
  'drs',
  'doctor',
  'doctora',
  '=Doc',
  'nurse',
  'np',
  'pa',
  'mr',
  'mrs',
  'ms',
  'mx',
  '=Miss',
  'prof',
  'professor',
  'pharmacist',
  'enfermera',
  'enfermero',
  'sr',
  'sra',
  'srta',
  'señor',
  'señora',
  'señorita',
  'don',
  'doña',
  'coach',
  'dietitian',
  'nutritionist',
  'licenciada',
  'licenciado',
  'lic',
])
const ROLES = anyCase(
  'doctor doc gp pcp physician dr nurse pharmacist dietitian nutritionist therapist cardiologist gastroenterologist gi endocrinologist surgeon provider specialist obgyn ob midwife coach trainer husband wife partner boyfriend girlfriend fiance fiancé fiancee son daughter mom mother mum dad father sister brother aunt uncle grandma grandmother grandpa grandfather cousin friend neighbor neighbour coworker co-worker boss roommate niece nephew kid child baby stepmom stepdad stepson stepdaughter'.split(
    ' ',
  ),
)
const ROLES_ES = anyCase(
  'doctor doctora médico medico médica medica enfermera enfermero farmacéutico farmacéutica nutrióloga nutriólogo nutricionista esposo esposa marido mujer pareja novio novia hijo hija mamá mama madre papá papa padre hermano hermana tía tia tío tio abuela abuelo prima primo amiga amigo vecina vecino suegra suegro sobrina sobrino nieta nieto'.split(
    ' ',
  ),
)

const flags = 'gu'
const TITLE_NAME = new RegExp(`(?<![\\p{L}])(?:${TITLES})\\.?\\s+(${NAME})`, flags)
const ROLE_NAME = new RegExp(
  `(?<![\\p{L}])(?:${anyCase(['my', 'our', 'his', 'her', 'their'])})\\s+(?:${ROLES})\\s*,?\\s+(?:(?:${TITLES})\\.?\\s+)?(${NAME})`,
  flags,
)
const ROLE_NAME_ES = new RegExp(
  `(?<![\\p{L}])(?:${anyCase(['mi', 'mis', 'nuestro', 'nuestra', 'su', 'el', 'la'])})\\s+(?:${ROLES_ES})\\s*,?\\s+(?:(?:${TITLES})\\.?\\s+)?(${NAME})`,
  flags,
)
const NAMED = new RegExp(
  `(?<![\\p{L}])(?:${anyCase(['named', 'called', 'llamado', 'llamada', 'de nombre'])})\\s+(${NAME})`,
  flags,
)
// Strong introductions: the name may be typed in lower case.
const MY_NAME = new RegExp(
  `(?<![\\p{L}])(?:${anyCase(['my name is', "my name's", 'me llamo', 'mi nombre es', 'call me'])})\\s+(${NAME}|${LOWER_NAME})`,
  flags,
)
// Weak introductions need a capitalised name followed by "from", "and", a comma or the end of the sentence;
// "this is" / "it's" only before "from" or "here" ("This is Week 3 and…" names nobody).
const INTRO = new RegExp(
  `(?<![\\p{L}])(?:${anyCase(["i'm", 'i’m', 'im', 'i am', 'soy'])})\\s+(${NAME})(?=\\s*(?:,|\\.|!|$|(?:from|and|here|de|y|aquí|aqui|again)(?![\\p{L}])))`,
  flags,
)
const THIS_IS = new RegExp(
  `(?<![\\p{L}])(?:${anyCase(['this is', 'here is', "it's", 'it’s', 'habla', 'les habla', 'les saluda'])})\\s+(${NAME})(?=\\s+(?:from|here|de|desde|aquí|aqui)(?![\\p{L}]))`,
  flags,
)
const GREETING = new RegExp(
  `(?:^|[\\n.!?]\\s*)(?:${anyCase(['hi', 'hello', 'hey', 'dear', 'hola', 'querida', 'querido', 'thanks', 'thank you'])})\\s+(${NAME})\\s*[,!:]`,
  flags,
)
const SIGN_OFF = new RegExp(
  `(?:^|[\\n.!?]\\s*|,\\s*)(?:${anyCase(['thanks', 'thank you', 'thx', 'cheers', 'best', 'regards', 'best regards', 'kind regards', 'warmly', 'love', 'xoxo', 'xo', 'sincerely', 'take care', 'blessings', 'gracias', 'saludos', 'un abrazo', 'besos', 'atentamente', 'bendiciones'])})\\s*[,!.-]*\\s+(${NAME})\\s*[.!]?\\s*$`,
  flags,
)
const DASH_SIGN = new RegExp(`\\n\\s*[-–—~]\\s*(${NAME})\\s*$`, flags)

// Capitalised words that follow these cues without being names.
const NOT_NAMES = new Set(
  `i me my we you he she it they everyone everybody all guys team folks friends there here ladies gals y'all
  todos todas amigos amigas chicas chicos gente equipo
  not so very just really also still now back new sorry glad happy sure fine okay ok good great tired sick done home
  ready excited nervous scared worried confused frustrated thankful grateful blessed lucky proud hungry bloated
  nauseous alright well better worse curious down up out over prediabetic allergic overweight obese retired
  single married divorced widowed disabled finally officially currently almost only always never
  week day month year semana día dia mes año doc doctor nurse team staff admin moderator
  dr dra drs mr mrs ms mx sr sra srta prof np pa lic
  hispanic latina latino latinx asian black white american mexican canadian british spanish catholic christian
  jewish muslim type diabetic vegan vegetarian pregnant
  god jesus lord google
  monday tuesday wednesday thursday friday saturday sunday lunes martes miércoles miercoles jueves viernes sábado sabado domingo
  january february march april may june july august september october november december
  enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
  er urgent emergency walgreens cvs target costco amazon walmart
  in on at the a an and or but for of to from with`
    .split(/\s+/)
    .filter(Boolean),
)

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter(Boolean)
}

/**
 * Trims a candidate name at the first word that is a common word or a protected term (product, HCO,
 * pseudonym), and drops it when nothing is left. Returns the span of what remains.
 */
function trimCandidate(text: string, start: number, end: number, keep: ReadonlySet<string>): Span | null {
  const candidate = text.slice(start, end)
  const parts = [...candidate.matchAll(/\S+/gu)]
  let last = -1
  for (const [i, part] of parts.entries()) {
    const bare = part[0].toLowerCase().replace(/[.,'’]+$/u, '')
    if (NOT_NAMES.has(bare) || keep.has(bare)) break
    last = i
  }
  if (last < 0) return null
  const final = parts[last]!
  // "Maria's" → "Maria": the possessive stays readable around the marker.
  const stop = final.index + final[0].replace(/[,]+$/u, '').replace(/['’]s$/u, '').length
  return { start, end: start + stop, type: 'name', priority: 20 }
}

export function names(text: string, options: Pick<RedactOptions, 'keep'>): Span[] {
  const keep = new Set(options.keep.flatMap(words))
  const spans: Span[] = []
  const patterns = [
    TITLE_NAME,
    ROLE_NAME,
    ROLE_NAME_ES,
    NAMED,
    MY_NAME,
    INTRO,
    THIS_IS,
    GREETING,
    SIGN_OFF,
    DASH_SIGN,
  ]
  for (const re of patterns) {
    const withIndices = new RegExp(re.source, `${re.flags}d`)
    for (const m of text.matchAll(withIndices)) {
      const range = m.indices?.[1]
      if (!range) continue
      const span = trimCandidate(text, range[0], range[1], keep)
      if (span) spans.push(span)
    }
  }
  return spans
}
