// Q&A and Learn request costs on a community with 600 questions, ~900 answers, 60 official answers and 30
// articles: rows D1 reports read and written per request (what D1 bills), and local wall time.
import { communityInput } from '../test/helpers/fixtures'
import { BENCH_ADMIN_TOKEN, openBench, table } from './lib/harness'

const bench = await openBench('qa')
const { s } = bench
const slug = 'bench-qa'
const MINUTE = 60_000
await s.call('/v1/communities', { body: communityInput({ slug }), token: BENCH_ADMIN_TOKEN })
const consent = { termsVersion: '1', healthData: true }

async function join(pseudonym: string, roles: string[] = []) {
  const joined = await s.call(`/v1/members/${slug}/join`, { body: { method: 'open', pseudonym, consent } })
  if (roles.length) {
    await s.call(`/v1/members/${slug}/${joined.member.id}/access`, {
      method: 'PUT',
      body: { roles, badges: [] },
      token: BENCH_ADMIN_TOKEN,
    })
  }
  return joined.token as string
}

const members = await Promise.all(Array.from({ length: 60 }, (_, i) => join(`Bench Walker ${i}`)))
const expert = await join('Bench Expert', ['expert'])
const reviewer = await join('Bench Reviewer', ['reviewer'])
await s.call(`/v1/qa/${slug}/settings`, {
  method: 'PUT',
  body: {
    topics: [
      { code: 'meals', label: { en: 'Meals' } },
      { code: 'side-effects', label: { en: 'Side effects' } },
    ],
  },
  token: BENCH_ADMIN_TOKEN,
})

const words = [
  'fat',
  'meal',
  'vitamin',
  'capsule',
  'spotting',
  'dinner',
  'breakfast',
  'walk',
  'scale',
  'diary',
  'refill',
  'coffee',
]
const pick = (i: number, n: number) => words[(i * 7 + n * 3) % words.length]
let post = 0
/** Round-robin authors and a moving clock, so the moderation plugin's per-member rate limits never trigger. */
const author = () => {
  s.advance(MINUTE / 4)
  return members[post++ % members.length]!
}

const ids: string[] = []
for (let i = 0; i < 600; i++) {
  const q = await s.call(`/v1/qa/${slug}/questions`, {
    body: {
      title: `How do you handle ${pick(i, 1)} and ${pick(i, 2)} in week ${(i % 8) + 1}? (${i})`,
      body: `I am trying to plan my ${pick(i, 3)} around the ${pick(i, 4)}. Any tips from people further along? Case ${i}.`,
      tags: [i % 2 ? 'meals' : 'side-effects'],
    },
    token: author(),
  })
  ids.push(q.id)
  for (let a = 0; a < i % 4; a++) {
    await s.call(`/v1/qa/${slug}/questions/${q.id}/answers`, {
      body: { body: `What worked for me with ${pick(i, a + 5)}: plan ahead and keep it simple (${i}.${a}).` },
      token: author(),
    })
  }
  if (i % 10 === 0) {
    const d = await s.call(`/v1/qa/${slug}/questions/${q.id}/drafts`, {
      body: {
        body: `Official guidance on ${pick(i, 6)}: take one capsule with each main meal that contains fat (${i}).`,
      },
      token: expert,
    })
    await s.call(`/v1/qa/${slug}/drafts/${d.id}/submit`, { method: 'POST', token: expert })
    await s.call(`/v1/qa/${slug}/drafts/${d.id}/decision`, {
      body: { decision: 'approve', version: 1 },
      token: reviewer,
    })
  }
}
const articleIds: string[] = []
for (let i = 0; i < 30; i++) {
  const a = await s.call(`/v1/learn/${slug}/articles`, {
    body: {
      position: i,
      translations: {
        en: {
          title: `Guide ${i}: ${pick(i, 1)} and ${pick(i, 2)}`,
          markdown: `## ${pick(i, 3)}\n\nKeep each meal near 15 g of fat. *Plan* your ${pick(i, 4)}.\n\n- one\n- two`,
        },
        es: {
          title: `Guía ${i}: ${pick(i, 1)}`,
          markdown: `Mantén cada comida cerca de 15 g de grasa (${i}).`,
        },
      },
    },
    token: expert,
  })
  await s.call(`/v1/learn/${slug}/articles/${a.id}/submit`, { method: 'POST', token: expert })
  await s.call(`/v1/learn/${slug}/articles/${a.id}/decision`, {
    body: { decision: 'approve', version: 1 },
    token: reviewer,
  })
  articleIds.push(a.id)
}

async function measure(label: string, fn: () => Promise<unknown>) {
  const start = performance.now()
  const cost = await bench.measure(fn)
  return [
    label,
    cost.rowsRead,
    cost.rowsWritten,
    cost.statements,
    `${(performance.now() - start).toFixed(1)}`,
  ]
}

const busy = ids[3]! // three peer answers
const official = ids[30]! // an official answer and two peer answers
const rows = [
  await measure('GET questions (page of 20)', () => s.call(`/v1/qa/${slug}/questions`)),
  await measure('GET questions?state=unanswered', () => s.call(`/v1/qa/${slug}/questions?state=unanswered`)),
  await measure('GET questions?topic=meals', () => s.call(`/v1/qa/${slug}/questions?topic=meals`)),
  await measure('GET question page (3 peer answers)', () => s.call(`/v1/qa/${slug}/questions/${busy}`)),
  await measure('GET question page (official + 2, signed in)', () =>
    s.call(`/v1/qa/${slug}/questions/${official}`, { token: members[0] }),
  ),
  await measure('GET search "vitamin walk" (2 words, ~50 matches)', () =>
    s.call(`/v1/qa/${slug}/search?q=vitamin%20walk`),
  ),
  await measure('GET search "capsule" (matches official answers)', () =>
    s.call(`/v1/qa/${slug}/search?q=capsule`),
  ),
  await measure('GET similar (draft title, OR of title words)', () =>
    s.call(
      `/v1/qa/${slug}/questions/similar?text=${encodeURIComponent('What about coffee with breakfast and the vitamin?')}`,
    ),
  ),
  await measure('POST question (pipeline + index)', () =>
    s.call(`/v1/qa/${slug}/questions`, {
      body: { title: 'A brand new question about refill packs' },
      token: author(),
    }),
  ),
  await measure('POST peer answer', () =>
    s.call(`/v1/qa/${slug}/questions/${ids[5]}/answers`, {
      body: { body: 'A new answer to measure.' },
      token: author(),
    }),
  ),
  await measure('GET inbox/unanswered (50, oldest first)', () =>
    s.call(`/v1/qa/${slug}/inbox/unanswered`, { token: expert }),
  ),
  await measure('GET learn articles (30 × 2 locales)', () => s.call(`/v1/learn/${slug}/articles?locale=es`)),
  await measure('GET learn article', () => s.call(`/v1/learn/${slug}/articles/${articleIds[3]}`)),
  await measure('GET learn search "fat"', () => s.call(`/v1/learn/${slug}/search?q=fat`)),
]
table(
  'Q&A and Learn requests (600 questions, 60 official answers, 30 articles)',
  ['request', 'rows read', 'rows written', 'statements', 'ms (local)'],
  rows,
)
await bench.dispose()
