/**
 * Lower-cases and strips accents WITHOUT changing the length, so a match in the normalised text has the same
 * offsets in the original (evidence is quoted from the original). Curly quotes become straight ones.
 */
export function normalize(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    const code = ch.charCodeAt(0)
    if (code >= 0xd800 && code <= 0xdfff) {
      out += ch
      continue
    }
    if (ch === '’' || ch === '‘' || ch === '`' || ch === '´') {
      out += "'"
      continue
    }
    if (ch === '“' || ch === '”') {
      out += '"'
      continue
    }
    const folded = ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
    if (folded.length === 1) out += folded
    else out += ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch
  }
  return out
}

export interface Sentence {
  start: number
  end: number
  /** Normalised text of the sentence. */
  text: string
  question: boolean
}

const BREAK = /[.!?¡¿]+["')\]]*(?=\s|$)|\n+|;/g

/** Splits normalised text into sentences (the scope of hypothetical and experience cues). */
export function sentences(norm: string): Sentence[] {
  const out: Sentence[] = []
  let start = 0
  const push = (end: number, mark: string) => {
    const raw = norm.slice(start, end)
    if (raw.trim()) out.push({ start, end, text: raw, question: mark.includes('?') || /[¿]/.test(raw) })
  }
  for (const m of norm.matchAll(BREAK)) {
    push(m.index + m[0].length, m[0])
    start = m.index + m[0].length
  }
  push(norm.length, '')
  return out
}

/** Words between two offsets (the negation window is counted in words). */
export function wordsBetween(text: string, from: number, to: number): number {
  if (to <= from) return 0
  return text
    .slice(from, to)
    .split(/[^a-z0-9']+/)
    .filter(Boolean).length
}

/** Compiles a pattern to match whole words only, anywhere (global), with offsets. */
export function wordRegex(pattern: string): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${pattern})(?![a-z0-9])`, 'g')
}

/** Every match of a regex in `text`, with offsets. */
export function findAll(re: RegExp, text: string): { start: number; end: number }[] {
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

/** Replaces the matches of `re` by spaces (same length), so they no longer count as cues. */
export function mask(text: string, re: RegExp): string {
  return text.replace(re, (m) => ' '.repeat(m.length))
}

/** `re.test(text)` for a global regex, leaving `lastIndex` at 0 (a global regex is stateful). */
export function has(re: RegExp, text: string): boolean {
  re.lastIndex = 0
  const found = re.test(text)
  re.lastIndex = 0
  return found
}
