import { findIdentifiers, identifierTypes, type Span } from '../../../../worker/plugins/privacy/redact'
import set from './redaction-set.json'

/** One labelled consumer sentence and the identifiers (exact substrings) a privacy reviewer would remove. */
export interface RedactionCase {
  text: string
  locale: 'en' | 'es'
  identifiers: { type: string; value: string }[]
}

export const redactionSet = set as RedactionCase[]

/** The demo community's protected words: product, HCO, community name and a member's pseudonym. */
const options = (locale: string) => ({
  locale,
  keep: ['Trimly 60 mg capsules', 'Northwind Health', 'Trimly launch community', 'Calm Otter'],
  keepHosts: ['northwind.example'],
})

export interface TypeScore {
  type: string
  expected: number
  found: number
  falsePositives: number
  recall: number | null
  precision: number | null
}

function covered(spans: Span[], start: number, end: number, type?: string): boolean {
  return spans.some((s) => (!type || s.type === type) && s.start <= start && s.end >= end)
}

/** Per identifier type (typed match), and overall removal whatever type label the span got. */
export function evaluateRedaction(cases: readonly RedactionCase[] = redactionSet) {
  const rows = cases.map((c) => {
    const spans = findIdentifiers(c.text, options(c.locale))
    const expected = c.identifiers.map((i) => {
      const start = c.text.indexOf(i.value)
      return { ...i, start, end: start + i.value.length }
    })
    return { c, spans, expected }
  })
  const perType: TypeScore[] = identifierTypes.map((type) => {
    let expected = 0
    let found = 0
    let falsePositives = 0
    for (const { spans, expected: ids } of rows) {
      for (const id of ids.filter((i) => i.type === type)) {
        expected += 1
        if (covered(spans, id.start, id.end, type)) found += 1
      }
      for (const s of spans.filter((x) => x.type === type)) {
        if (!ids.some((i) => s.start < i.end && s.end > i.start)) falsePositives += 1
      }
    }
    return {
      type,
      expected,
      found,
      falsePositives,
      recall: expected ? found / expected : null,
      precision: found + falsePositives ? found / (found + falsePositives) : null,
    }
  })
  const all = rows.flatMap((r) =>
    r.expected.map((i) => ({ ...i, removed: covered(r.spans, i.start, i.end) })),
  )
  const spurious = rows.flatMap((r) =>
    r.spans
      .filter((s) => !r.expected.some((i) => s.start < i.end && s.end > i.start))
      .map((s) => r.c.text.slice(s.start, s.end)),
  )
  return {
    sentences: cases.length,
    perType,
    removed: all.filter((i) => i.removed).length,
    identifiers: all.length,
    missed: all.filter((i) => !i.removed).map((i) => `${i.type}: ${i.value}`),
    spurious,
  }
}
