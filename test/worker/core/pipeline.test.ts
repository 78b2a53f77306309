import { describe, expect, it } from 'vitest'
import { initialDecision, mergeDecision } from '../../../worker/core/content/pipeline'

describe('mergeDecision', () => {
  it('keeps the strictest verdict whatever the order', () => {
    let d = initialDecision({ body: 'x' })
    d = mergeDecision(d, 'a', { verdict: 'reject' })
    d = mergeDecision(d, 'b', { verdict: 'publish' })
    d = mergeDecision(d, 'c', { verdict: 'hold' })
    expect(d.verdict).toBe('reject')
  })

  it('tags each reason with the hook that gave it and de-duplicates flags', () => {
    let d = initialDecision({ body: 'x' })
    d = mergeDecision(d, 'p.one', { flags: ['a'], reasons: [{ verdict: 'hold', code: 'r1', message: 'm' }] })
    d = mergeDecision(d, 'p.two', { flags: ['a', 'b'] })
    expect(d.flags).toEqual(['a', 'b'])
    expect(d.reasons).toEqual([{ hook: 'p.one', verdict: 'hold', code: 'r1', message: 'm' }])
  })

  it('replaces only the fields a hook returns and ignores an empty result', () => {
    let d = initialDecision({ title: 't', body: 'b' })
    d = mergeDecision(d, 'x', { fields: { body: 'B' } })
    d = mergeDecision(d, 'y', undefined)
    expect(d.fields).toEqual({ title: 't', body: 'B' })
    expect(d.verdict).toBe('publish')
  })
})
