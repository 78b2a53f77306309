import { matches, type Span } from './types'

// Full dates other than the year (Safe Harbor C): numeric (3/14/2026, 14.03.26, 2026-03-14), written out
// ("March 3rd", "Mar. 3, 2026", "the 3rd of March", "3 de marzo de 2026", "marzo 3") and month + year.
// A month alone ("in March") and weekdays are kept: see the README for why.
// Ages over 89 (Safe Harbor C) become "[age over 89]".

const MONTHS =
  'january|february|march|april|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre'
const ABBREVIATIONS = 'jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|ene|abr|ago|dic'
// "May" followed by a day number is read as a date ("you may 2x" is rare); quantities are excluded below.
const MONTH = `(?:(?:${MONTHS}|May)|(?:${ABBREVIATIONS})\\.?)`
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|ro|º|°)?'
const YEAR = "(?:\\d{4}|'\\d{2})"
const NOT_A_QUANTITY =
  '(?!\\s*(?:miles?|km|kilomet|times?|pounds?|lbs?|kg|kilos?|mg|hours?|days?|weeks?|months?|years?|minutes?|capsules?|pills?|tablets?|%|veces|d[ií]as|semanas|meses|a[nñ]os|libras|horas))'

const flags = 'giu'
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?:,?\\s+${YEAR}\\b)?${NOT_A_QUANTITY}`, flags)
const DAY_MONTH = new RegExp(
  `\\b(?:the\\s+)?${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR}\\b)?(?![\\p{L}])`,
  flags,
)
const DAY_DE_MONTH = new RegExp(
  `\\b(?:el\\s+)?(?:${DAY}|primero)\\s+de\\s+${MONTH}(?:\\s+(?:de|del)\\s+\\d{4})?(?![\\p{L}])`,
  flags,
)
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+(?:(?:of|de|del)\\s+)?\\d{4}\\b`, flags)
const DAY_MON_YEAR = new RegExp(`\\b\\d{1,2}[-/ ]${MONTH}[-/ ]\\d{2,4}\\b`, flags)
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/gu
const ISO = /(?<![\d/-])\d{4}([-/.])(0?[1-9]|1[0-2])\1(0?[1-9]|[12]\d|3[01])(?![\d/-])/gu
// A day and month without a year only after a cue: "on 3/14", "since 3/1", "el 14/3" (not "1/2 a capsule").
const SHORT_NUMERIC =
  /\b(?:on|since|from|until|till|til|by|before|after|started|starting|began|dated|date|due|el|desde|hasta|del|al|d[ií]a)\s+(\d{1,2}\/\d{1,2})(?![\d/])(?!\s*(?:pain|scale|of|of the|dose|dosis))/giu
const DOB =
  /\b(?:dob|d\.o\.b\.|date of birth|born on|born|birthday|fecha de nacimiento|naci[ií] el|cumplea[nñ]os)\s*(?:is|was|es|:|-)?\s*(\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)/giu

function validDayMonth(a: number, b: number): boolean {
  const usual = a >= 1 && a <= 12 && b >= 1 && b <= 31
  const european = b >= 1 && b <= 12 && a >= 1 && a <= 31
  return usual || european
}

export function dates(text: string): Span[] {
  const spans: Span[] = []
  const add = (m: { start: number; end: number }) => spans.push({ ...m, type: 'date', priority: 70 })
  for (const re of [MONTH_DAY, DAY_MONTH, DAY_DE_MONTH, MONTH_YEAR, DAY_MON_YEAR, ISO]) {
    for (const m of matches(re, text)) add(m)
  }
  for (const m of text.matchAll(NUMERIC)) {
    if (validDayMonth(Number(m[1]), Number(m[3]))) add({ start: m.index, end: m.index + m[0].length })
  }
  for (const re of [SHORT_NUMERIC, DOB]) {
    for (const m of matches(re, text, 1)) {
      const [a, b] = text.slice(m.start, m.end).split(/[/.-]/).map(Number)
      if (validDayMonth(a ?? 0, b ?? 0)) add(m)
    }
  }
  return spans
}

const OVER_89 = '(?:9\\d|1[01]\\d)'
const AGE_UNIT = new RegExp(
  `\\b${OVER_89}(?:\\s*|-)(?:years?|yrs?|yr)(?:\\s*|-)old\\b|\\b${OVER_89}[\\s-]?(?:yo|y/o|y\\.o\\.)(?![\\p{L}])|\\b${OVER_89}\\s+a[nñ]os(?:\\s+de\\s+edad)?\\b`,
  'giu',
)
const AGE_CUE = new RegExp(
  `\\b(?:age|aged|ages|turned|turning|i['’]?m|i am|he['’]?s|she['’]?s|he is|she is|is now|tengo|tiene|cumpli[oó]?|cumple|edad(?: de)?:?)\\s+(${OVER_89})\\b${NOT_A_QUANTITY}(?!\\s*(?:lbs?|pounds?|kg|kilos?|percent|cm|inches|in\\b|feet|ft|mg|libras))`,
  'giu',
)

export function ages(text: string): Span[] {
  return [...matches(AGE_UNIT, text), ...matches(AGE_CUE, text, 1)].map((m) => ({
    ...m,
    type: 'age',
    priority: 55,
  }))
}
