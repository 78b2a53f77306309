import { describe, expect, it } from 'vitest'
import * as fts from '../../../worker/core/http/fts'

describe('core/http/fts.ts', () => {
  it('quotes every word and makes only the last one (of 2+ letters) a prefix', () => {
    expect(fts.matchAll('oily spotting')).toBe('"oily" "spotting"*')
    expect(fts.matchAll('Semana UNO días')).toBe('"semana" "uno" "días"*')
  })

  it('turns FTS syntax into plain words or drops it', () => {
    expect(fts.matchAll('"dose" AND (gas OR NOT -fat*) NEAR(a b)')).toBe(
      '"dose" "and" "gas" "or" "not" "fat" "near" "a" "b"',
    )
    expect(fts.matchAll('title:dose ^start')).toBe('"title" "dose" "start"*')
    expect(fts.matchAll('((( "')).toBeNull()
    expect(fts.matchAll('   ')).toBeNull()
  })

  it('keeps at most 12 distinct words', () => {
    const words = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ')
    expect(fts.searchTerms(`${words} w1 w2`)).toHaveLength(12)
    expect(fts.searchTerms('dose DOSE Dose')).toEqual(['dose'])
  })

  it('ORs the meaningful words of a draft question and ignores stopwords', () => {
    expect(fts.matchAny('What should I eat to avoid the oily spotting?')).toBe(
      '"should" OR "eat" OR "avoid" OR "oily" OR "spotting"',
    )
    expect(fts.matchAny('¿Qué puedo comer para evitar los gases?')).toBe(
      '"qué" OR "puedo" OR "comer" OR "evitar" OR "gases"',
    )
    expect(fts.matchAny('is it the')).toBeNull()
  })

  it('scopes a match to one column value', () => {
    expect(fts.scoped('scope', 'com_1"x', '"a"')).toBe('scope : "com_1x" AND ("a")')
  })

  it('splits marked snippets into segments and strips forged markers', () => {
    const { MARK_START: S, MARK_END: E } = fts
    expect(fts.segments(`…take it ${S}with${E} a ${S}meal${E}`)).toEqual([
      { text: '…take it ', match: false },
      { text: 'with', match: true },
      { text: ' a ', match: false },
      { text: 'meal', match: true },
    ])
    expect(fts.segments('')).toEqual([])
    expect(fts.stripMarkers(`a${S}b${E}c`)).toBe('abc')
    expect(fts.hasMatch(`x ${S}y${E}`)).toBe(true)
    expect(fts.hasMatch('x y')).toBe(false)
  })
})
