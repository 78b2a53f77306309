import { describe, expect, it } from 'vitest'
import { detect, productTermsOf } from '../../../../worker/plugins/safety/detect'
import { editDistance, misspelt } from '../../../../worker/plugins/safety/detect/fuzzy'
import { FUZZY_REAL_WORDS } from '../../../../worker/plugins/safety/detect/fuzzy-words'

const productTerms = productTermsOf('Trimly 60 mg capsules')
const screen = (text: string) => detect({ body: text }, { productTerms })
const events = (text: string) => screen(text).events.map((e) => [e.term, e.matched])
const complaints = (text: string) => screen(text).complaints.map((c) => [c.term, c.matched])

describe('lack of efficacy (reportable: the product did not do what it is for)', () => {
  it('opens on "not working" and "no he bajado ni un kilo", whose own "not" is no denial', () => {
    const found = screen("Six weeks in and it's not working for me at all.")
    expect(found.adverseEvent).toBe(true)
    expect(found.possiblySerious).toBe(false)
    expect(found.events.map((e) => [e.term, e.category, e.matched])).toEqual([
      ['lack of efficacy', 'lack_of_efficacy', "it's not working"],
    ])
    expect(events('Llevo un mes y no he bajado ni un kilo.')).toEqual([
      ['lack of efficacy', 'no he bajado ni un kilo'],
    ])
    expect(events("I'm not losing anything, what am I doing wrong?")).toEqual([
      ['lack of efficacy', 'not losing anything'],
    ])
  })

  it('sets aside a worry or advice about efficacy', () => {
    const worry = screen("What if it doesn't work for me?")
    expect(worry.adverseEvent).toBe(false)
    expect(worry.ignored.map((i) => [i.term, i.reason])).toEqual([['lack of efficacy', 'hypothetical']])
    expect(screen("Results take time, it doesn't work overnight.").adverseEvent).toBe(false)
    expect(screen("I'm not sure it's working yet, scale hasn't moved much.").adverseEvent).toBe(false)
  })

  it('does not read "not working" as lack of efficacy in a service community', () => {
    const service = { productTerms: productTermsOf('Brightwater Video Visits'), linkRequired: true }
    const found = detect({ body: "It's not working for me, the video keeps freezing." }, service)
    expect(found.adverseEvent).toBe(false)
    expect(found.ignored.map((i) => [i.term, i.reason])).toEqual([['lack of efficacy', 'unlinked']])
  })
})

describe('misspelled symptom words (small edit distance, real words excluded)', () => {
  it('maps a misspelling to its symptom and quotes the word as written', () => {
    expect(events('Bad headake and nauseus all morning.')).toEqual([
      ['nausea', 'nauseus'],
      ['headache', 'headake'],
    ])
    expect(misspelt('palpatations')?.[1]).toBe('palpitations')
  })

  it('never takes a real English or Spanish word for a misspelling', () => {
    expect(screen('We went camping and I painted the fence, then voted.').adverseEvent).toBe(false)
    for (const word of ['camping', 'numbers', 'smelling', 'dressed', 'casada']) {
      expect(FUZZY_REAL_WORDS.has(word), word).toBe(true)
      expect(misspelt(word), word).toBeNull()
    }
  })

  it('counts transpositions as one edit and stops early past the limit', () => {
    expect(editDistance('siezure', 'seizure', 1)).toBe(1)
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3)
  })
})

describe('the recall net: two kinds of cue in one clause, quoted as evidence', () => {
  it('pairs a body part with a symptom word and quotes both', () => {
    expect(events('My gums have been really tender lately.')).toEqual([
      ['possible symptom (body part + symptom word)', 'gums have been really tender'],
    ])
    expect(events('Traigo los labios morados desde ayer.')).toEqual([
      ['possible symptom (body part + symptom word)', 'labios morados'],
    ])
  })

  it('reads a lived health state after a first-person frame, once per sentence', () => {
    expect(events('I feel hungover every morning on these.')).toEqual([
      ['possible symptom (lived health state)', 'I feel hungover'],
    ])
    expect(screen('I feel weird posting this but here goes.').adverseEvent).toBe(false)
  })

  it('keeps negation, idioms, other named causes and a "but" between the cues out', () => {
    const negated = screen("My back doesn't hurt anymore since I lost weight.")
    expect(negated.adverseEvent).toBe(false)
    expect(new Set(negated.ignored.map((i) => i.reason))).toEqual(new Set(['negated']))
    expect(screen('Back on track after a rough weekend!').adverseEvent).toBe(false)
    expect(screen('My legs are sore from the 5k on Saturday.').adverseEvent).toBe(false)
    expect(screen('My phone screen cracked but the capsules survived the drop.').complaint).toBe(false)
  })

  it('pairs a product word with a defect word', () => {
    expect(complaints('The capsules in this bottle look cloudy.')).toEqual([
      ['possible quality problem (product + defect word)', 'bottle look cloudy'],
    ])
    expect(complaints('Las cápsulas se deshacen al tocarlas.')).toEqual([
      ['possible quality problem (product + defect word)', 'cápsulas se deshacen'],
    ])
  })

  it('finds a count or a strength that contradicts itself, not a dosing schedule', () => {
    expect(complaints('Bottle should hold 120, I counted 111 this morning.')).toEqual([
      ['possible wrong count (two different counts)', '120, I counted 111'],
    ])
    expect(complaints('The box says 120 mg instead of 60 mg.')).toEqual([
      ['possible wrong strength (two different strengths)', '120 mg instead of 60'],
    ])
    expect(screen('I take 2 capsules with lunch and 1 with dinner.').complaint).toBe(false)
  })
})

describe('context cues added for recall', () => {
  it('does not take "not gonna lie", "can\'t … without" or "no one warned me" for negation', () => {
    expect(screen('Not gonna lie, my stomach has been killing me.').adverseEvent).toBe(true)
    expect(events("I can't eat anything without feeling sick.")).toEqual([['nausea', 'feeling sick']])
    expect(events('No one warned me about the headaches.')).toEqual([['headache', 'headaches']])
    expect(screen('No aguanto el dolor de estómago.').adverseEvent).toBe(true)
  })

  it('sets aside a condition from before that got better', () => {
    const found = screen('My migraines from before are much less frequent now.')
    expect(found.adverseEvent).toBe(false)
    expect(found.ignored.map((i) => [i.term, i.reason])).toContainEqual(['headache', 'negated'])
    expect(new Set(found.ignored.map((i) => i.reason))).toEqual(new Set(['negated']))
  })

  it('reads a first-person clause before a question as told, a bare list in a question as asked', () => {
    expect(screen('Diarrhea, cramps, gas: which is most common?').adverseEvent).toBe(false)
    expect(screen('Me duele el estómago desde anoche, ¿será por las cápsulas?').adverseEvent).toBe(true)
  })

  it('does not count an experience cue that is itself denied', () => {
    expect(screen('Dicen que da gases pero a mí no me ha pasado nada.').adverseEvent).toBe(false)
  })

  it('reads "felt like I was going to pass out" as dizziness, not as a serious syncope', () => {
    const found = screen('I felt like I was going to pass out in the shower.')
    expect(found.events.map((e) => e.term)).toEqual(['dizziness'])
    expect(found.possiblySerious).toBe(false)
    expect(screen('Passed out in the kitchen this morning.').possiblySerious).toBe(true)
  })

  it('reads a liver test as harm only when it is abnormal', () => {
    expect(screen('My doctor checked my liver enzymes and everything looks great.').adverseEvent).toBe(false)
    expect(screen('My liver enzymes came back high at my checkup.').possiblySerious).toBe(true)
  })
})
