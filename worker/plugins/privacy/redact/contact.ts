import { matches, type RedactOptions, type Span } from './types'

// Contact identifiers: e-mail addresses (also spelled out: "jane at gmail dot com"), links and social
// handles, IP addresses, social security numbers, phone and fax numbers.

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu
// Spelled out: "jane at gmail dot com", "tony dot r at yahoo dot com", "ana arroba correo punto es". A bare
// "." must touch its words, so "…at lunch. Co-workers…" is not an address.
const SPELLED_EMAIL =
  /\b[\w.+-]+(?:\s+(?:dot|punto)\s+[\w+-]+)*\s*(?:\(at\)|\[at\]|\{at\}|\s(?:at|arroba)\s)\s*[\w-]+(?:\s*(?:\(dot\)|\[dot\]|\{dot\})\s*|\s(?:dot|punto)\s|\.)(?:com|net|org|edu|gov|es|mx|co|us|info|io)\b/giu

const TLD =
  'com|org|net|edu|gov|io|co|us|es|mx|ar|cl|info|me|ly|health|app|biz|uk|ca|de|fr|it|link|site|online|blog|page'
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]+/giu
const BARE_DOMAIN = new RegExp(
  `\\b(?:[a-z0-9-]+\\.)+(?:${TLD})\\b(?:\\/[^\\s<>"'()\\[\\]{}]*)?(?![\\w@])`,
  'giu',
)
const HANDLE =
  /\b(?:instagram|insta|ig|twitter|tiktok|facebook|fb|snapchat|snap|threads|x|telegram|youtube)\s*(?:[:-]|is|es)?\s*(@[\w.]{2,30})/giu
const TRAILING = /[.,;:!?]+$/u

const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/gu
const IPV6_CANDIDATE = /(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/giu

const SSN = /(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])/gu
const SSN_CUE =
  /\b(?:ssn|social security(?: number| no\.?| #)?|seguro social|nss)\s*(?:#|:|is|es|number|number is)?\s*(\d{3}[- ]?\d{2}[- ]?\d{4}|\d{9})\b/giu

// North American numbers: (555) 123-4567, 555.123.4567, +1 555 123 4567, 1-800-555-0199.
const NANP =
  /(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)(?:\s?(?:x|ext\.?)\s?\d{1,5})?/giu
// International: a + country code followed by 6 to 14 digits in groups.
const INTERNATIONAL = /(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,6}(?!\d)/gu
// Any run of 10+ digits written in groups (mobile numbers in many countries).
const GROUPED = /(?<![\w.,/-])\d{2,5}(?:[\s.-]\d{2,5}){2,5}(?![\w/-])/gu
// After a cue word, 7 or more digits in any grouping.
const PHONE_CUE =
  /\b(?:call|phone|ph|tel|telephone|cell|cellphone|mobile|text|txt|whatsapp|fax|reach me|number is|tel[eé]fono|m[oó]vil|celular|cel|ll[aá]mame|ll[aá]meme|escr[ií]beme|n[uú]mero es)\b[^\d+]{0,20}?(\+?\(?\d[\d\s().-]{5,20}\d)/giu

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length
}

function hostOf(url: string): string {
  return url
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .split(/[/?#:]/)[0]!
    .toLowerCase()
}

function kept(url: string, keepHosts: readonly string[]): boolean {
  const host = hostOf(url)
  return keepHosts.some((k) => host === k || host.endsWith(`.${k}`))
}

export function emails(text: string): Span[] {
  return [...matches(EMAIL, text), ...matches(SPELLED_EMAIL, text)].map((m) => ({
    ...m,
    type: 'email',
    priority: 100,
  }))
}

export function links(text: string, options: Pick<RedactOptions, 'keepHosts'>): Span[] {
  const spans: Span[] = []
  for (const re of [URL, BARE_DOMAIN]) {
    for (const m of matches(re, text)) {
      const raw = text.slice(m.start, m.end)
      const trimmed = raw.replace(TRAILING, '')
      if (kept(trimmed, options.keepHosts)) continue
      spans.push({ start: m.start, end: m.start + trimmed.length, type: 'url', priority: 90 })
    }
  }
  for (const m of matches(HANDLE, text, 1)) spans.push({ ...m, type: 'url', priority: 90 })
  return spans
}

export function ips(text: string): Span[] {
  const spans: Span[] = [...matches(IPV4, text)].map((m) => ({ ...m, type: 'ip', priority: 85 }))
  for (const m of matches(IPV6_CANDIDATE, text)) {
    const value = text.slice(m.start, m.end)
    const groups = value.split(':').filter(Boolean)
    const compressed = value.includes('::')
    const hexLetter = /[a-f]/i.test(value)
    if (groups.length === 8 || (compressed && groups.length >= 2 && hexLetter)) {
      spans.push({ ...m, type: 'ip', priority: 85 })
    }
  }
  return spans
}

export function ssns(text: string): Span[] {
  return [...matches(SSN, text), ...matches(SSN_CUE, text, 1)].map((m) => ({
    ...m,
    type: 'ssn',
    priority: 80,
  }))
}

export function phones(text: string): Span[] {
  const spans: Span[] = []
  const add = (m: { start: number; end: number }, priority: number) => {
    const before = text.slice(Math.max(0, m.start - 24), m.start)
    const type = /\bfax\b/i.test(before) ? 'fax' : 'phone'
    spans.push({ ...m, type, priority })
  }
  for (const m of matches(NANP, text)) add(m, 60)
  for (const m of matches(INTERNATIONAL, text)) {
    const n = digitCount(text.slice(m.start, m.end))
    if (n >= 8 && n <= 15) add(m, 60)
  }
  for (const m of matches(GROUPED, text)) {
    const n = digitCount(text.slice(m.start, m.end))
    if (n >= 10 && n <= 15) add(m, 40)
  }
  for (const m of matches(PHONE_CUE, text, 1)) {
    const n = digitCount(text.slice(m.start, m.end))
    if (n >= 7 && n <= 15) add(m, 65)
  }
  return spans
}
