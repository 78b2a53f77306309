import { describe, expect, it } from 'vitest'
import { detect, productTermsOf } from '../../../../worker/plugins/safety/detect'
import {
  blind3Posts,
  blind4Posts,
  blind5Posts,
  evaluateDetection,
  heldOutPosts,
  labelledPosts,
} from './evaluate'

const productTerms = productTermsOf('Trimly 60 mg capsules')
const screen = (text: string) => detect({ body: text }, { productTerms })

describe('recall on the labelled consumer sentences (tuned for recall: a missed AE is worse)', () => {
  it('keeps recall of adverse events, complaints and seriousness on the tuning set at 98% or more', () => {
    const result = evaluateDetection(labelledPosts)
    expect(result.total).toBe(695)
    expect(result.adverseEvent.recall).toBeGreaterThanOrEqual(0.98)
    expect(result.complaint.recall).toBeGreaterThanOrEqual(0.98)
    expect(result.serious.recall).toBeGreaterThanOrEqual(0.98)
    expect(result.adverseEvent.precision).toBeGreaterThanOrEqual(0.95)
    expect(result.complaint.precision).toBeGreaterThanOrEqual(0.95)
  })

  it('does not fall below the recall reached on the held-out set', () => {
    const result = evaluateDetection(heldOutPosts)
    expect(result.total).toBe(73)
    expect(result.adverseEvent.recall).toBeGreaterThanOrEqual(0.9)
    expect(result.complaint.recall).toBeGreaterThanOrEqual(0.9)
    expect(result.serious.recall).toBeGreaterThanOrEqual(0.88)
    expect(result.adverseEvent.precision).toBeGreaterThanOrEqual(0.9)
  })

  it('does not fall below the recall reached on blind-3 (its misses were read: see evaluate.ts)', () => {
    const result = evaluateDetection(blind3Posts)
    expect(result.total).toBe(168)
    expect(result.adverseEvent.recall).toBeGreaterThanOrEqual(0.98)
    expect(result.complaint.recall).toBeGreaterThanOrEqual(0.95)
    expect(result.serious.recall).toBeGreaterThanOrEqual(0.98)
    expect(result.adverseEvent.precision).toBeGreaterThanOrEqual(0.9)
    expect(result.complaint.precision).toBeGreaterThanOrEqual(0.9)
  })

  it('does not fall below the recall first measured on blind-4 and blind-5 (never tuned on)', () => {
    const four = evaluateDetection(blind4Posts)
    const five = evaluateDetection(blind5Posts)
    expect([four.total, five.total]).toEqual([75, 75])
    expect(four.adverseEvent.recall).toBeGreaterThanOrEqual(0.8)
    expect(four.complaint.recall).toBeGreaterThanOrEqual(0.68)
    expect(five.adverseEvent.recall).toBeGreaterThanOrEqual(0.91)
    expect(five.complaint.recall).toBeGreaterThanOrEqual(0.87)
    for (const r of [four, five]) {
      expect(r.adverseEvent.precision).toBeGreaterThanOrEqual(0.9)
      expect(r.complaint.precision).toBeGreaterThanOrEqual(0.9)
    }
  })
})

describe('adverse-event rules', () => {
  it('finds lay terms and misspellings, quoting the verbatim words', () => {
    const found = screen('Ive had diarhea for 3 days and orange oil on my undies since I started Trimly')
    expect(found.adverseEvent).toBe(true)
    expect(found.events.map((e) => [e.term, e.matched])).toEqual([
      ['diarrhoea', 'diarhea'],
      ['oily spotting / fatty stool', 'orange oil'],
    ])
    expect(found.causal).toEqual(['since I started'])
    expect(found.productMentioned).toBe('Trimly')
    expect(found.confidence).toBe('high')
  })

  it('scopes negation to its clause: "no nausea but terrible headaches" keeps the headaches', () => {
    const found = screen('I had no nausea but terrible headaches.')
    expect(found.events.map((e) => e.term)).toEqual(['headache'])
    expect(found.events[0]!.severe).toBe(true)
    expect(found.ignored).toEqual([{ term: 'nausea', field: 'body', matched: 'nausea', reason: 'negated' }])
  })

  it('does not flag "no side effects at all" or a negated list', () => {
    expect(screen('No side effects at all, loving it!').adverseEvent).toBe(false)
    expect(screen("I haven't had any diarrhea, cramps or gas so far.").adverseEvent).toBe(false)
    expect(screen('Ningún efecto secundario, ni gases ni diarrea.').adverseEvent).toBe(false)
  })

  it('does not take "couldn\'t stop throwing up" or "not sure if" for negation', () => {
    expect(screen("I couldn't stop throwing up last night.").events.map((e) => e.term)).toEqual(['vomiting'])
    expect(screen("I'm not sure if the headache is from Trimly.").adverseEvent).toBe(true)
  })

  it('sets hypotheticals and questions without an experience aside', () => {
    for (const text of [
      "I'm worried it could cause liver damage.",
      'Does Trimly cause hair loss?',
      'If I get diarrhea should I stop taking it?',
      'The label says to stop if you get yellow eyes or dark urine.',
      '¿Puede dar dolor de cabeza?',
    ]) {
      const found = screen(text)
      expect(found.adverseEvent, text).toBe(false)
      expect(
        found.ignored.map((i) => i.reason),
        text,
      ).toContain('hypothetical')
    }
  })

  it('keeps a question that reports an experience', () => {
    expect(screen("I've had diarrhea for three days, could it be from Trimly?").adverseEvent).toBe(true)
    expect(screen('Has anyone else had headaches on this?').adverseEvent).toBe(true)
    expect(screen('If I eat pizza I get terrible cramps.').adverseEvent).toBe(true)
  })

  it('identifies a third-party patient and their sex', () => {
    const found = screen('My wife had terrible cramps the first week she took it.')
    expect(found.patient).toMatchObject({
      who: 'third_party',
      relation: 'wife',
      evidence: 'My wife',
      sex: 'female',
    })
    expect(screen('Mi esposo tiene dolor de cabeza desde que empezó.').patient).toMatchObject({
      who: 'third_party',
      relation: 'esposo',
      sex: 'male',
    })
  })

  it('reads the four seriousness cues the label names, in English and Spanish', () => {
    const found = screen('My eyes look yellow, I ended up in the ER and they admitted me overnight.')
    expect(found.possiblySerious).toBe(true)
    expect(found.seriousness.map((s) => s.criterion)).toEqual(['hospitalization', 'medically_important'])
    expect(screen('Casi me muero, se me cerró la garganta.').seriousness.map((s) => s.criterion)).toEqual([
      'life_threatening',
    ])
    expect(screen('My husband died last month.').seriousness.map((s) => s.criterion)).toEqual(['death'])
    expect(screen('This diet is killing me lol').possiblySerious).toBe(false)
  })

  it('opens on special situations: pregnancy, overdose, a child swallowing capsules', () => {
    expect(
      screen("Just found out I'm pregnant and I've been on Trimly for 3 weeks.").events[0]!.category,
    ).toBe('special_situation')
    expect(screen('I accidentally took a double dose this morning.').events[0]!.term).toBe(
      'overdose / medication error',
    )
    expect(screen('My toddler swallowed one of my capsules.').events[0]!.term).toBe(
      'accidental exposure (child)',
    )
  })
})

describe('product-complaint rules', () => {
  it('finds physical, packaging, count, smell and expiry complaints with the lot number', () => {
    const found = screen(
      'Lot 4H72K: bottle says 60 but I counted 54 capsules, the seal was torn and they smell rancid.',
    )
    expect(found.complaint).toBe(true)
    expect(found.complaints.map((c) => c.term)).toEqual([
      'damaged or open packaging',
      'wrong count',
      'abnormal smell or taste',
    ])
    expect(found.lot).toBe('4H72K')
    expect(found.adverseEvent).toBe(false)
  })

  it('does not flag a negated defect or a question about one', () => {
    expect(screen("The capsules weren't broken, I just dropped one.").complaint).toBe(false)
    expect(screen('What do I do if a capsule is cracked?').complaint).toBe(false)
    expect(screen('The bottle is easy to open and the capsules are easy to swallow.').complaint).toBe(false)
  })

  it('finds Spanish complaints', () => {
    expect(
      screen('Las cápsulas venían rotas y el sello estaba abierto.').complaints.map((c) => c.term),
    ).toEqual(['damaged dosage form', 'damaged or open packaging'])
  })
})

describe('context across a post and a community', () => {
  it('reads a question as an experience when another sentence of the post reports one', () => {
    const found = detect(
      {
        title: 'Oily spotting on day two — does it get better?',
        body: 'Had two slices of pizza last night.',
      },
      { productTerms },
    )
    expect(found.events.map((e) => [e.term, e.field])).toEqual([['oily spotting / fatty stool', 'title']])
    expect(detect({ title: 'Does it cause oily spotting?' }, { productTerms }).adverseEvent).toBe(false)
  })

  it('needs a link to the service before a symptom counts in a service community', () => {
    const service = { productTerms: productTermsOf('Brightwater Video Visits'), linkRequired: true }
    const reason = detect({ body: 'My son had a fever on Sunday and they saw us in 20 minutes.' }, service)
    expect(reason.adverseEvent).toBe(false)
    expect(reason.ignored).toEqual([
      { term: 'pyrexia / flu-like illness', field: 'body', matched: 'fever', reason: 'unlinked' },
    ])
    const harm = detect({ body: 'The antibiotic from my video visit gave me hives.' }, service)
    expect(harm.events.map((e) => e.term)).toEqual(['rash'])
  })

  it('adds the side effects a form records as structured data (experiences checklist)', async () => {
    const { withChecklist } = await import('../../../../worker/plugins/safety/detect/checklist')
    const text = screen('Two weeks in, down 4 lb.')
    const found = withChecklist(text, {
      sideEffects: [
        { field: 'side_effects', effect: 'oily_spotting', label: 'Oily spotting', severity: 'moderate' },
        {
          field: 'side_effects',
          effect: 'stomach_pain',
          label: 'Stomach pain or discomfort',
          severity: 'severe',
        },
      ],
    })
    expect(found.adverseEvent).toBe(true)
    expect(found.events.map((e) => [e.term, e.matched, e.severe])).toEqual([
      ['oily spotting', 'Oily spotting (moderate)', false],
      ['stomach pain or discomfort', 'Stomach pain or discomfort (severe)', true],
    ])
    expect(found.patient.who).toBe('author')
    expect(withChecklist(text, { formVersion: 1 })).toBe(text)
  })
})
