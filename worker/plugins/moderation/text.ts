// Text normalisation for the word lists and repeat detection. Pure functions, tested without D1.

/** Latin look-alikes people type to dodge filters (Cyrillic and Greek letters, full-width forms are NFKC'd). */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ο: 'o',
  α: 'a',
  ι: 'i',
  ε: 'e',
}
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
  '+': 't',
}
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g
const NON_WORD = /[^\p{L}\p{N}]+/u

/** Lower case, accents and invisible characters removed, look-alike letters mapped to Latin. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[аеорсухіјѕοαιε]/g, (ch) => CONFUSABLES[ch] ?? ch)
}

/** `s.t.u.p.i.d` and `s t u p i d`: three or more single-character tokens in a row are read as one word. */
function joinSpelledOut(tokens: string[]): string[] {
  const out: string[] = []
  let run: string[] = []
  const flush = () => {
    if (run.length >= 3) out.push(run.join(''))
    else out.push(...run)
    run = []
  }
  for (const token of tokens) {
    if (token.length === 1) run.push(token)
    else {
      flush()
      out.push(token)
    }
  }
  flush()
  return out
}

/** Leetspeak inside words that have letters or symbols (`1d10t`, `@$$`), never in plain numbers (`60 mg`). */
function unLeet(word: string): string {
  if (!/\p{L}|[@$]/u.test(word)) return word
  return word
    .replace(/[0-9@$+]/g, (ch) => LEET[ch] ?? ch)
    .replace(/(?<=[\p{L}\p{N}])[!|](?=[\p{L}\p{N}!|])/gu, (ch) => LEET[ch] ?? ch)
}

/**
 * The word sequences a text can be read as: as written (folded), and with leetspeak, spelled-out words and
 * stretched letters (`stuuupid`) undone. A term matches if it matches either reading.
 */
export function readings(text: string): string[][] {
  const words = fold(text).split(/\s+/).filter(Boolean)
  const plain = words.flatMap((w) => w.split(NON_WORD)).filter(Boolean)
  const decoded = words
    .flatMap((w) => unLeet(w).split(NON_WORD))
    .filter(Boolean)
    .map((t) => t.replace(/(.)\1{2,}/gu, '$1'))
  return [plain, joinSpelledOut(decoded)]
}

export interface CompiledTerm {
  term: string
  tokens: string[]
  prefix: boolean
}

export function compileTerm(term: string): CompiledTerm | null {
  const prefix = term.trim().endsWith('*')
  const tokens = fold(term.replace(/\*$/, '')).split(NON_WORD).filter(Boolean)
  return tokens.length ? { term, tokens, prefix } : null
}

function matchesAt(words: string[], at: number, t: CompiledTerm): boolean {
  for (let i = 0; i < t.tokens.length; i++) {
    const word = words[at + i]
    const token = t.tokens[i]!
    if (word === undefined) return false
    const last = i === t.tokens.length - 1
    if (last && t.prefix ? !word.startsWith(token) : word !== token) return false
  }
  return true
}

/** Whether `t` occurs in the word sequence on word boundaries. */
export function occursIn(words: string[], t: CompiledTerm): boolean {
  for (let at = 0; at + t.tokens.length <= words.length; at++) if (matchesAt(words, at, t)) return true
  return false
}

/**
 * A word list indexed for matching: terms by their first word, and one-word prefix terms (`idiot*`) by prefix.
 * Matching then costs a few map lookups per word of the post, not one scan per term.
 */
export interface TermIndex {
  terms: CompiledTerm[]
  byFirst: Map<string, CompiledTerm[]>
  byPrefix: Map<number, Map<string, CompiledTerm[]>>
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export function indexTerms(list: readonly string[]): TermIndex {
  const index: TermIndex = { terms: [], byFirst: new Map(), byPrefix: new Map() }
  for (const raw of list) {
    const term = compileTerm(raw)
    if (!term) continue
    index.terms.push(term)
    const first = term.tokens[0]!
    if (term.tokens.length === 1 && term.prefix) {
      const byPrefix = index.byPrefix.get(first.length) ?? new Map<string, CompiledTerm[]>()
      index.byPrefix.set(first.length, byPrefix)
      add(byPrefix, first, term)
    } else add(index.byFirst, first, term)
  }
  return index
}

function collect(words: string[], index: TermIndex, found: Set<CompiledTerm>) {
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!
    for (const t of index.byFirst.get(word) ?? []) if (matchesAt(words, at, t)) found.add(t)
    for (const [length, byPrefix] of index.byPrefix) {
      if (word.length >= length) for (const t of byPrefix.get(word.slice(0, length)) ?? []) found.add(t)
    }
  }
}

/** The terms of the list that a text contains (as written or de-obfuscated), in list order. */
export function findTerms(text: string, index: TermIndex): string[] {
  if (index.terms.length === 0) return []
  const found = new Set<CompiledTerm>()
  for (const words of readings(text)) collect(words, index, found)
  return index.terms.filter((t) => found.has(t)).map((t) => t.term)
}

const SCHEME_URL = /\b(?:https?|ftp):\/\/[^\s<>"']+/gi
const WWW_URL = /\bwww\.[^\s<>"']+/gi
const BARE_DOMAIN =
  /(?<![@\w.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|biz|io|co|us|uk|ca|es|mx|ly|me|shop|store|online|site|xyz|app|health|link|click|top)\b(?:\/[^\s<>"']*)?/gi

/** Links in a text: full URLs, `www.` addresses and bare domains (`cheap-pills.shop`), but not e-mails. */
export function countLinks(text: string): number {
  let rest = text
  let n = 0
  for (const pattern of [SCHEME_URL, WWW_URL, BARE_DOMAIN]) {
    rest = rest.replace(pattern, () => {
      n += 1
      return ' '
    })
  }
  return n
}

/** The text compared for repeats: every field, folded, punctuation and spacing ignored. */
export function repeatKey(fields: Record<string, string>): string {
  return Object.keys(fields)
    .sort()
    .map((k) => fold(fields[k] ?? ''))
    .join(' ')
    .split(NON_WORD)
    .filter(Boolean)
    .join(' ')
}

/** All fields as one text, for the word lists and the link count. */
export function joinFields(fields: Record<string, string>): string {
  return Object.values(fields).join('\n')
}
