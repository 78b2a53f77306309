import { describe, expect, it } from 'vitest'
import { checkProtectedTerms } from '../../../../worker/plugins/moderation/protected'
import { countLinks, findTerms, indexTerms, repeatKey } from '../../../../worker/plugins/moderation/text'

const list = (...terms: string[]) => indexTerms(terms)

describe('word-list matching', () => {
  const terms = list('idiot*', 'buy now', 'estúpido')

  it('matches on word boundaries only', () => {
    expect(findTerms('What an idiot.', terms)).toEqual(['idiot*'])
    expect(findTerms('Buy now while stocks last', terms)).toEqual(['buy now'])
    expect(findTerms('I will buy it now', terms)).toEqual([])
    expect(findTerms('Scunthorpe and assassin are fine', list('cunt', 'ass'))).toEqual([])
  })

  it('ignores case and accents on both sides', () => {
    expect(findTerms('ESTUPIDO', terms)).toEqual(['estúpido'])
    expect(findTerms('Eres un Estúpido', terms)).toEqual(['estúpido'])
    expect(findTerms('IDIOTS everywhere', terms)).toEqual(['idiot*'])
  })

  it('sees through leetspeak, spelled-out letters, stretched letters, look-alikes and invisible characters', () => {
    expect(findTerms('you 1d10t', terms)).toEqual(['idiot*'])
    expect(findTerms('you i.d.i.o.t', terms)).toEqual(['idiot*'])
    expect(findTerms('you i d i o t', terms)).toEqual(['idiot*'])
    expect(findTerms('you idiiiiot', terms)).toEqual(['idiot*'])
    expect(findTerms('you іdiot', terms)).toEqual(['idiot*']) // Cyrillic і
    expect(findTerms('you id\u200biot', terms)).toEqual(['idiot*'])
    expect(findTerms('you @$$', list('ass'))).toEqual(['ass'])
    expect(findTerms('b u y  n o w', terms)).toEqual([])
  })

  it('leaves plain numbers alone (60 mg is not "go mg") and punctuation after a word is not a letter', () => {
    expect(findTerms('I take 60 mg, great!', list('go', 'greati'))).toEqual([])
    expect(findTerms('this is gr8', list('grb'))).toEqual(['grb'])
  })
})

describe('link counting', () => {
  it('counts URLs, www addresses and bare domains once each, but not e-mail addresses', () => {
    expect(countLinks('see https://a.example/x?y=1 and www.b.com/page')).toBe(2)
    expect(countLinks('cheap at pills-now.shop or meds.co/deal')).toBe(2)
    expect(countLinks('write to me@example.com')).toBe(0)
    expect(countLinks('Dose was 60 mg. Then 120 mg.')).toBe(0)
    expect(countLinks('HTTPS://WWW.EXAMPLE.COM')).toBe(1)
  })
})

describe('repeat key', () => {
  it('is the same for texts that differ only in case, accents, spacing and punctuation', () => {
    expect(repeatKey({ body: 'Great   product!!  Buy it.' })).toBe(
      repeatKey({ body: 'great product buy it' }),
    )
    expect(repeatKey({ body: 'Está bien' })).toBe(repeatKey({ body: 'esta BIEN' }))
    expect(repeatKey({ body: 'a b' })).not.toBe(repeatKey({ body: 'a c' }))
  })
})

describe('protected terms (FTC 16 CFR 465)', () => {
  const community = { product: { name: 'Trimly 60 mg capsules' }, hco: { name: 'Northwind Health' } } as never

  it('refuses list entries that would match opinions, side effects, or the product or company name', () => {
    const attempt = (blockedTerms: string[], reviewTerms: string[] = []) => {
      try {
        checkProtectedTerms({ blockedTerms, reviewTerms }, community)
        return []
      } catch (err) {
        return (err as { code: string; details: { terms: unknown[] } }).details.terms
      }
    }
    expect(attempt(['scam*', 'idiot'], ['side effects', 'Trimly', 'terrible service', 'northwind'])).toEqual([
      { list: 'blockedTerms', term: 'scam*', because: 'opinion' },
      { list: 'reviewTerms', term: 'side effects', because: 'side_effects' },
      { list: 'reviewTerms', term: 'Trimly', because: 'product_name' },
      { list: 'reviewTerms', term: 'terrible service', because: 'opinion' },
      { list: 'reviewTerms', term: 'northwind', because: 'company_name' },
    ])
    expect(attempt(['w*'])).toEqual([{ list: 'blockedTerms', term: 'w*', because: 'opinion' }])
    expect(attempt(['idiot*', 'buy now', 'badge'])).toEqual([])
  })
})
