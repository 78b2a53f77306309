import { DRUG, LAUNCH, SERVICE, ssoToken } from './communities'
import type { DemoSeed } from './index'
import type { Actor, Seeder } from './seeder'

const HOUR = 3_600_000
const DAY = 24 * HOUR

// The demo safety systems do not exist: deliveries fail locally, retry with back-off and end up in the
// dead-letter list (GET /v1/deliveries/{community}?status=dead), where staff can replay them.
const endpoints = {
  [DRUG]: 'https://safety.northwind.example/cocreate/intake',
  [SERVICE]: 'https://pv.brightwater.example/hooks/cocreate',
}

interface DrugPost {
  day: number
  by: number
  title: string
  story: string
  weeks: number
  overall: number
  effects?: [string, 'mild' | 'moderate' | 'severe'][]
  es?: true
}

/** Experience reports that a pharmacovigilance team must see: each opens a safety case. */
const reports: DrugPost[] = [
  {
    day: 9.2,
    by: 0,
    weeks: 1,
    overall: 3,
    title: 'Broken capsules in my new bottle',
    story:
      'Opened my second bottle tonight and three of the capsules were cracked open, with the powder all over the others. Lot 4H72K, exp 09/2027. I am still taking the intact ones but wanted to flag it.',
  },
  {
    day: 12.3,
    by: 5,
    weeks: 2,
    overall: 1,
    effects: [['stomach_pain', 'severe']],
    title: 'Had to stop — ended up at urgent care',
    story:
      'Two days of severe pain in my upper belly that went through to my back, and my husband said the whites of my eyes looked yellow. Urgent care sent me for liver tests and told me to stop Trimly until the results are back.',
  },
  {
    day: 15.1,
    by: 7,
    weeks: 2,
    overall: 4,
    effects: [
      ['loose_stools', 'moderate'],
      ['stomach_pain', 'mild'],
    ],
    es: true,
    title: 'Los primeros días fueron difíciles',
    story:
      'Me dio mucha diarrea y cólicos la primera semana, sobre todo después de cenar. Ya mejoré comiendo con menos grasa y tomando el multivitamínico en la noche.',
  },
  {
    day: 17.6,
    by: 9,
    weeks: 3,
    overall: 4,
    title: 'Keep your capsules away from others',
    story:
      'Going well for me, but my wife tried two of my capsules last weekend and broke out in an itchy rash on her arms the next day. It faded after a couple of days with antihistamines.',
  },
  {
    day: 21.4,
    by: 13,
    weeks: 3,
    overall: 2,
    title: 'Something is off with this batch',
    story:
      'The capsules in my refill smell like vinegar and the safety seal under the cap was missing. Same pharmacy as always. I have not taken any from this bottle.',
  },
]

const questions = [
  {
    day: 11.5,
    by: 2,
    title: 'Oily spotting every day — is this normal?',
    body: 'Started a week ago. I follow the plan but I still get oily spotting most days, even with a 12 g fat lunch. Does it settle down?',
  },
  {
    day: 19.0,
    by: 11,
    title: 'Just found out I am pregnant — I took Trimly for three weeks',
    body: 'I stopped as soon as I found out. Should I tell my OB anything specific about Trimly?',
  },
]

async function configure(s: Seeder) {
  for (const [slug, url] of Object.entries(endpoints)) {
    await s.call(`/v1/deliveries/${slug}/endpoints/safety`, {
      method: 'PUT',
      body: { url, secret: `demo-${slug}-webhook-secret-change-me` },
      token: s.admin,
    })
  }
  // The health system gives its own quality team a shorter deadline for non-serious reports.
  await s.call(`/v1/safety/${SERVICE}/settings`, {
    method: 'PUT',
    body: { seriousDays: 15, nonSeriousDays: 30, complaintDays: 14, holdSerious: true },
    token: s.admin,
  })
}

function answers(r: DrugPost) {
  return {
    overall: r.overall,
    time_on_product: { value: r.weeks, unit: 'weeks' },
    side_effects: (r.effects ?? []).map(([effect, severity]) => ({ effect, severity })),
    title: r.title,
    story: r.story,
  }
}

async function caseFor(s: Seeder, slug: string, token: string, contentId: string): Promise<string | null> {
  const list = await s.call(`/v1/safety/${slug}/cases?sort=received&limit=100`, { token })
  return (
    (list.cases as { id: string; content: { id: string } }[]).find((c) => c.content.id === contentId)?.id ??
    null
  )
}

async function triage(
  s: Seeder,
  slug: string,
  token: string,
  caseId: string | null,
  body: Record<string, unknown>,
) {
  if (!caseId) return
  await s.call(`/v1/safety/${slug}/cases/${caseId}/status`, { body, token })
}

async function seedTrimly(s: Seeder, members: Actor[], safety: Actor) {
  const posted = new Map<number, string>()
  const events: { at: number; run: () => Promise<void> }[] = [
    ...reports.map((r) => ({
      at: LAUNCH + r.day * DAY,
      run: async () => {
        const locale = r.es ? 'es' : 'en'
        const res = await s.call(`/v1/experiences/${DRUG}/reports?locale=${locale}`, {
          body: { locale, answers: answers(r) },
          token: members[r.by]!.token,
        })
        posted.set(r.day, res.id)
      },
    })),
    ...questions.map((q) => ({
      at: LAUNCH + q.day * DAY,
      run: async () => {
        const res = await s.call(`/v1/qa/${DRUG}/questions`, {
          body: { title: q.title, body: q.body, tags: [], locale: 'en' },
          token: members[q.by]!.token,
        })
        posted.set(q.day, res.id)
      },
    })),
  ]
  const caseOf = (day: number) => caseFor(s, DRUG, safety.token, posted.get(day) ?? '')
  // Patient Safety triages within a day or two; the serious case waits on labs and goes overdue.
  events.push(
    {
      at: LAUNCH + 10.1 * DAY,
      run: () =>
        caseOf(9.2).then((id) =>
          triage(s, DRUG, safety.token, id, {
            status: 'not_an_ae',
            note: 'Quality complaint only, no adverse event. Forwarded to Quality (QC-2026-0118) with the lot number.',
          }),
        ),
    },
    {
      at: LAUNCH + 12.9 * DAY,
      run: () =>
        caseOf(12.3).then((id) =>
          triage(s, DRUG, safety.token, id, {
            status: 'ae_incomplete',
            note: 'Possible hepatic event. Emailed the reporter through the member contact for the liver test results and treating physician.',
          }),
        ),
    },
    {
      at: LAUNCH + 16.4 * DAY,
      run: () =>
        caseOf(15.1).then((id) =>
          triage(s, DRUG, safety.token, id, {
            status: 'reportable',
            note: 'Expected, non-serious GI events. Periodic report.',
          }),
        ),
    },
    {
      at: LAUNCH + 24.2 * DAY,
      run: () =>
        caseOf(15.1).then((id) =>
          triage(s, DRUG, safety.token, id, {
            status: 'reported',
            regulator: 'FDA (periodic report)',
            reference: 'PADER-2026-Q3-0042',
          }),
        ),
    },
  )
  for (const event of events.sort((a, b) => a.at - b.at)) {
    s.at(event.at)
    await event.run()
  }
}

async function seedBrightwater(s: Seeder, ssoSecret: string, moderator: Actor) {
  s.at(LAUNCH + 14.3 * DAY)
  const token = await ssoToken(ssoSecret, SERVICE, 'bw-member-1017', s.now())
  const session = await s.call(`/v1/members/${SERVICE}/join`, {
    body: { method: 'sso', token, consent: { termsVersion: '3', healthData: true } },
  })
  const res = await s.call(`/v1/experiences/${SERVICE}/reports?locale=en`, {
    body: {
      locale: 'en',
      answers: {
        overall: 3,
        ease_of_access: 4,
        title: 'Quick visit, but watch for reactions',
        story:
          'The video visit was easy and I had a prescription in an hour. Two days into the antibiotic I broke out in hives all over and my lips swelled, so I went to urgent care. They switched me to something else.',
      },
    },
    token: session.token,
  })
  s.advance(20 * HOUR)
  const caseId = await caseFor(s, SERVICE, moderator.token, res.id)
  await triage(s, SERVICE, moderator.token, caseId, {
    status: 'reportable',
    note: 'Hypersensitivity to the prescribed antibiotic: routed to pharmacy safety for a MedWatch report.',
  })
}

/** Safety endpoints and settings, and posts that open cases, triaged as a safety team would. */
export async function seedSafety(main: Seeder, demo: DemoSeed): Promise<void> {
  const s = main.fork(LAUNCH)
  s.at(LAUNCH + 0.4 * DAY)
  await configure(s)
  await seedTrimly(s, demo.drug.members, demo.drug.staff.safety!)
  if (demo.service.ssoSecret) await seedBrightwater(s, demo.service.ssoSecret, demo.service.staff.moderator!)
  await s.settle()
}
