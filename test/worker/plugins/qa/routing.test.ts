import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { detectMedicalInformation, type ProductFacts } from '../../../../worker/plugins/qa/routing-rules'
import { ADMIN_TOKEN, api, staffMember } from '../../../helpers/api'
import { blindCases3 } from './routing-blind-3'
import { blindCases4 } from './routing-blind-4'
import { blindCases5 } from './routing-blind-5'
import { blindCases6 } from './routing-blind-6'
import { devCases3, heldOutCases, heldOutCases2, type RoutingCase, routingCases } from './routing-cases'
import { ask, qaCommunity } from './setup'

const products = {
  drug: {
    kind: 'drug' as const,
    approvedUse:
      'Weight loss in overweight adults aged 18 and older, used together with a reduced-calorie, low-fat diet.',
  },
  service: {
    kind: 'service' as const,
    approvedUse:
      'Video appointments with a Brightwater clinician for non-emergency care, for Brightwater members.',
  },
}

function score(cases: RoutingCase[]) {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const c of cases) {
    const routed = detectMedicalInformation(c.text, products[c.product]).routed
    if (routed && c.routed) tp++
    else if (routed) fp++
    else if (c.routed) fn++
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), n: cases.length }
}

describe('routing rules on the labelled sets', () => {
  it('routes the tuning set with precision and recall of at least 0.95', () => {
    const s = score(routingCases)
    console.log(
      `[qa routing] tuning set (n=${s.n}): precision ${s.precision.toFixed(2)}, recall ${s.recall.toFixed(2)}`,
    )
    expect(s.precision).toBeGreaterThanOrEqual(0.95)
    expect(s.recall).toBeGreaterThanOrEqual(0.95)
  })

  it('keeps its figures on the round-3 development set (tuned on, so not an estimate)', () => {
    const s = score(devCases3)
    console.log(
      `[qa routing] round-3 development set (n=${s.n}): precision ${s.precision.toFixed(2)}, recall ${s.recall.toFixed(2)}`,
    )
    expect(s.precision).toBeGreaterThanOrEqual(0.95)
    expect(s.recall).toBeGreaterThanOrEqual(0.95)
  })

  it('keeps its measured figures on the held-out and blind sets (reported in the README; a drop is a regression)', () => {
    // Recall first: a personal-advice or off-label question answered in public is the costly error, a false
    // alarm only sends the asker to medical information. Floors are the figures measured when the rules were
    // frozen (see the README for which sets had been seen before that).
    const floors: [string, RoutingCase[], { precision: number; recall: number }][] = [
      ['held-out 1', heldOutCases, { precision: 1, recall: 1 }],
      ['held-out 2', heldOutCases2, { precision: 1, recall: 1 }],
      ['blind 3', blindCases3, { precision: 1, recall: 1 }],
      ['blind 4', blindCases4, { precision: 0.96, recall: 1 }],
      ['blind 5', blindCases5, { precision: 1, recall: 1 }],
      ['blind 6', blindCases6, { precision: 1, recall: 1 }],
    ]
    for (const [name, cases, floor] of floors) {
      const s = score(cases)
      console.log(
        `[qa routing] ${name} (n=${s.n}): precision ${s.precision.toFixed(2)}, recall ${s.recall.toFixed(2)}`,
      )
      expect(s.precision, name).toBeGreaterThanOrEqual(floor.precision)
      expect(s.recall, name).toBeGreaterThanOrEqual(floor.recall)
    }
  })

  it('routes at least 95% of the should-route questions in blind set 3 (the recall floor reached)', () => {
    expect(score(blindCases3).recall).toBeGreaterThanOrEqual(0.95)
  })

  it('routes through named medicines, conditions and symptoms, and keeps the words that matched as evidence', () => {
    const cues = (text: string, product: ProductFacts = products.drug) =>
      detectMedicalInformation(text, product).cues.map((c) => [c.id, ...c.evidence])
    expect(cues('Does Trimly clash with Lexapro?')).toEqual([['named_medicine', 'lexapro']])
    expect(cues('Is Trimly a problem if you have lupus?')).toEqual([['named_condition', 'lupus']])
    expect(cues('Has anyone had headaches on it? Mine started on day 2, is that normal?')).toEqual([
      ['symptom_question', 'headaches', 'is that normal'],
    ])
    expect(cues('Is this shingles? Painful rash on one side of my back', products.service)).toEqual([
      ['self_diagnosis', 'is this shingles'],
    ])
    expect(cues("Can I use my son's leftover amoxicillin?", products.service)).toEqual([
      ['someone_elses_medicine', "son's leftover amoxicillin"],
    ])
    expect(cues('Does it still work if I do keto?')).toEqual([['other_diet', 'keto']])
  })

  it('reads shorthand and frequent misspellings (w/, im, pregant, tengo 16)', () => {
    const ids = (text: string) => detectMedicalInformation(text, products.drug).cues.map((c) => c.id)
    expect(ids('im pregant, keep taking it or stop??')).toEqual(['pregnancy'])
    expect(ids('can i take it w/ my bp meds')).toEqual(['named_medicine'])
    expect(ids('tengo 16, lo puedo comprar?')).toEqual(['minor'])
  })

  it('adds the broad cues only when no narrower cue explains the routing', () => {
    // "cramps" + "stop" would also match the broad symptom rule; staff see the one cue that says it best.
    const d = detectMedicalInformation('Should I stop taking it if I get cramps?', products.drug)
    expect(d.cues.map((c) => c.id)).toEqual(['should_i'])
  })

  it('keeps logistics and product questions public, in English and Spanish', () => {
    const open: [string, ProductFacts][] = [
      ['Where can I buy the refill pack?', products.drug],
      ['How long does shipping take?', products.drug],
      ['What does the plan include?', products.drug],
      ['What happens if I eat a high-fat meal by mistake?', products.drug],
      ['¿Dónde puedo comprar el paquete de recarga?', products.drug],
      ['¿Cuánto tarda el envío?', products.drug],
      ['What time are video visits available?', products.service],
      ['Can I book a video visit for my son?', products.service],
      ['Can I do my diabetes follow-up by video?', products.service],
      ['¿A qué hora hay videoconsultas?', products.service],
    ]
    for (const [text, product] of open) {
      expect({ text, routed: detectMedicalInformation(text, product).routed }).toEqual({
        text,
        routed: false,
      })
    }
  })

  it('does not count the product itself, or what its approved use names, as another medicine or condition', () => {
    const pen: ProductFacts = {
      kind: 'drug',
      name: 'Insulin Glargine Pen',
      approvedUse: 'Blood sugar control in adults with type 2 diabetes.',
    }
    expect(detectMedicalInformation('Where do I store my insulin pen?', pen).routed).toBe(false)
    expect(detectMedicalInformation('Does it help my blood sugar and my diabetes?', pen).routed).toBe(false)
    expect(
      detectMedicalInformation('Where do I store my insulin pen?', products.drug).cues.map((c) => c.id),
    ).toEqual(['named_medicine'])
    expect(
      detectMedicalInformation(
        'My husband has diabetes and his sugar is 350, what do we do?',
        products.service,
      ).cues.map((c) => c.id),
    ).toEqual(['named_condition'])
  })

  it('lists the cues it matched, with readable labels', () => {
    const d = detectMedicalInformation(
      'Can I give it to my 15 year old son instead of my metformin?',
      products.drug,
    )
    expect(d.cues.map((c) => `${c.category}:${c.id}`)).toEqual([
      'personal_advice:for_someone',
      'personal_advice:instead_of',
      'off_label:minor',
    ])
    expect(d.cues[1]?.label).toBe('"instead of my …" (replacing a treatment)')
  })

  it('reads off-label cues against the approved use written in the settings', () => {
    const teen = 'Is it ok for teenagers?'
    expect(detectMedicalInformation(teen, products.drug).cues.map((c) => c.id)).toEqual(['minor'])
    const anyAge = { kind: 'drug' as const, approvedUse: 'Relief of occasional heartburn.' }
    expect(detectMedicalInformation(teen, anyAge).routed).toBe(false)
    const diabetesDrug = {
      kind: 'drug' as const,
      approvedUse: 'Blood sugar control in adults with type 2 diabetes.',
    }
    expect(detectMedicalInformation('Does it help with diabetes?', diabetesDrug).routed).toBe(false)
    expect(
      detectMedicalInformation('Does it help with diabetes?', products.drug).cues.map((c) => c.id),
    ).toEqual(['other_condition'])
  })
})

describe('routing at storage time', () => {
  it('gives a routed question the public note with the contact, no answers, and shows staff the cues', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Is it safe to take Trimly while breastfeeding?' })
    expect(q).toMatchObject({ state: 'medical_information', canAnswer: false, routing: null })
    expect(q.route).toEqual({
      kind: 'medical_information',
      message: expect.stringContaining('Northwind Health’s medical information team replies privately'),
      contact: {
        phone: '1-800-555-0100',
        email: null,
        url: 'https://northwind.example/medical-information',
        hours: 'Mon–Fri 8am–8pm ET',
      },
    })
    const asStaff = await api(`/v1/qa/${t.slug}/questions/${q.id}`, { token: t.expert.token })
    expect(asStaff.body.routing).toEqual({
      source: 'auto',
      cues: [{ id: 'pregnancy', category: 'personal_advice', label: 'pregnancy or breastfeeding' }],
    })
    const asPublic = await api(`/v1/qa/${t.slug}/questions/${q.id}?locale=es`)
    expect(asPublic.body.route.message).toContain('responde en privado a quien preguntó')
    expect(asPublic.body.routing).toBeNull()
  })

  it('keeps the decision with the stored version (flags and reason) so it can be audited', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Can I double my dose on weekends?' })
    const row = await env.DB.prepare('SELECT flags FROM content WHERE id = ?1')
      .bind(q.id)
      .first<{ flags: string }>()
    expect(JSON.parse(row!.flags)).toEqual(['qa_medical_information', 'qa_cue:my_dose', 'qa_cue:dose_change'])
    const version = await env.DB.prepare('SELECT decision FROM content_versions WHERE content_id = ?1')
      .bind(q.id)
      .first<{ decision: string }>()
    expect(JSON.parse(version!.decision).reasons).toContainEqual({
      hook: 'qa.route-medical-information',
      verdict: 'publish',
      code: 'qa_medical_information',
      message: 'Routed to medical information; cues: "my dose"; changing the dose.',
    })
  })

  it('does not route general questions', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'What should I eat on day one to avoid spotting?' })
    expect(q).toMatchObject({ state: 'unanswered', route: null })
  })

  it('sends a routed question to the medical-information system when the HCO configured that endpoint', async () => {
    const t = await qaCommunity()
    await api(`/v1/deliveries/${t.slug}/endpoints/medinfo`, {
      method: 'PUT',
      body: { url: 'https://medinfo.example/intake', secret: 'medinfo-shared-secret-0123456789' },
      token: ADMIN_TOKEN,
    })
    const q = await ask(t.slug, t.asker.token, { title: 'Can my 15 year old use Trimly?' })
    const deliveries = await api(`/v1/deliveries/${t.slug}`, { token: ADMIN_TOKEN })
    expect(deliveries.body.deliveries).toMatchObject([{ endpoint: 'medinfo', topic: 'qa.question.routed' }])
    const row = await env.DB.prepare('SELECT payload FROM deliveries WHERE id = ?1')
      .bind(deliveries.body.deliveries[0].id)
      .first<{ payload: string }>()
    expect(JSON.parse(row!.payload).data).toMatchObject({
      questionId: q.id,
      cues: ['minor'],
      question: { title: 'Can my 15 year old use Trimly?', body: '' },
    })
  })
})

describe('experts mark and unmark routing', () => {
  it('routes a question by hand, then opens it again to public answers; both logged and audited', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'What works for you when cravings hit?' })
    const url = `/v1/qa/${t.slug}/questions/${q.id}/route`
    const routed = await api(url, {
      method: 'PUT',
      body: { route: 'medical_information', note: 'Body mentions a specific medication schedule' },
      token: t.expert.token,
    })
    expect(routed.body).toMatchObject({
      state: 'medical_information',
      routing: { source: 'expert', cues: [] },
    })
    const refused = await api(`/v1/qa/${t.slug}/questions/${q.id}/answers`, {
      body: { body: 'Gum!' },
      token: t.peer.token,
    })
    expect(refused.body.error.code).toBe('qa_question_routed')
    const reopened = await api(url, {
      method: 'PUT',
      body: { route: 'public', note: 'General question after all' },
      token: t.expert.token,
    })
    expect(reopened.body).toMatchObject({ state: 'unanswered', route: null })
    const audit = await api(`/v1/audit/${t.slug}?action=qa.question.route`, { token: ADMIN_TOKEN })
    expect(audit.body.entries.map((e: { after: { route: string } }) => e.after.route)).toEqual([
      'public',
      'medical_information',
    ])
    expect(
      (await api(url, { method: 'PUT', body: { route: 'public', note: 'x y z' }, token: t.reviewer.token }))
        .status,
    ).toBe(403)
  })
})

describe('private replies from medical information', () => {
  it('lets the asker and medical-information staff read the reply, and nobody else', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Will Trimly interact with my warfarin?' })
    const sent = await api(`/v1/qa/${t.slug}/questions/${q.id}/private-replies`, {
      body: { body: 'Please talk to your doctor before starting; your INR may need checking more often.' },
      token: t.expert.token,
    })
    expect(sent.status).toBe(201)
    expect(sent.body.author).toEqual({
      pseudonym: t.expert.member.pseudonym,
      label: 'Medical information, Northwind Health',
    })
    const url = `/v1/qa/${t.slug}/questions/${q.id}/private-replies`
    const mine = await api(url, { token: t.asker.token })
    expect(mine.body.replies.map((r: { body: string }) => r.body)).toEqual([
      'Please talk to your doctor before starting; your INR may need checking more often.',
    ])
    const safety = await staffMember(t.slug, ['safety'])
    expect((await api(url, { token: safety.token })).status).toBe(200)
    for (const token of [t.peer.token, t.moderator.token]) {
      const res = await api(url, { token })
      expect(res.status).toBe(403)
      expect(res.body.error.code).toBe('qa_private')
    }
    const page = await api(`/v1/qa/${t.slug}/questions/${q.id}`)
    expect(JSON.stringify(page.body)).not.toContain('INR')
  })

  it('refuses a private reply to a question that is not routed (qa_not_routed)', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Which pharmacies stock Trimly?' })
    const res = await api(`/v1/qa/${t.slug}/questions/${q.id}/private-replies`, {
      body: { body: 'Most large chains do.' },
      token: t.expert.token,
    })
    expect(res.status).toBe(409)
    expect(res.body.error.code).toBe('qa_not_routed')
  })
})
