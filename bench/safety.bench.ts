// Safety and privacy: recall and precision of adverse-event (lack of efficacy included), product-complaint and
// seriousness detection on labelled consumer sentences (the tuning set, the held-out set and the blind sets;
// see evaluate.ts for which of them were read before the rules were final), recall and precision of redaction
// per identifier type, and the rows read and written (D1 meta) by screening and by the case routes.
// The misses and false alarms printed below spend a blind set: write a new one before tuning on them.
import { communityInput } from '../test/helpers/fixtures'
import { evaluateRedaction } from '../test/worker/plugins/privacy/evaluate-redaction'
import {
  blind3Posts,
  blind4Posts,
  blind5Posts,
  evaluateDetection,
  heldOutPosts,
  labelledPosts,
} from '../test/worker/plugins/safety/evaluate'
import type { Bindings } from '../worker/env'
import { defaultSafetySettings } from '../worker/plugins/safety/cases/model'
import { buildCase } from '../worker/plugins/safety/cases/open'
import { detect, productTermsOf } from '../worker/plugins/safety/detect'
import { insertCase } from '../worker/plugins/safety/queries'
import { BENCH_ADMIN_TOKEN, openBench, table } from './lib/harness'

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`)

function detectionTable() {
  const rows: (string | number)[][] = []
  const sets = [
    ['tuning', labelledPosts],
    ['held-out', heldOutPosts],
    ['blind-3', blind3Posts],
    ['blind-4', blind4Posts],
    ['blind-5', blind5Posts],
  ] as const
  for (const [name, set] of sets) {
    const r = evaluateDetection(set)
    const measures = [
      ['adverse event', r.adverseEvent],
      ['product complaint', r.complaint],
      ['possibly serious (among AEs)', r.serious],
      ['any case (AE or complaint)', r.anyCase],
      ['  English', r.english],
      ['  Spanish', r.spanish],
    ] as const
    for (const [label, s] of measures) {
      const n = s.truePositives + s.falseNegatives
      rows.push([
        `${name} (${r.total})`,
        label,
        n,
        pct(s.recall),
        pct(s.precision),
        s.falsePositives,
        s.falseNegatives,
      ])
    }
  }
  table(
    'Detection on labelled consumer sentences',
    ['set (sentences)', 'measure', 'positives', 'recall', 'precision', 'false alarms', 'missed'],
    rows,
  )
  for (const [name, set] of sets.slice(1)) {
    const r = evaluateDetection(set)
    console.log(`\n${name} misses (adverse events):`)
    for (const m of r.adverseEvent.misses) console.log(`- ${m}`)
    console.log(`\n${name} misses (complaints):`)
    for (const m of r.complaint.misses) console.log(`- ${m}`)
    console.log(`\n${name} false alarms:`)
    for (const m of [...r.adverseEvent.falseAlarms, ...r.complaint.falseAlarms]) console.log(`- ${m}`)
  }
}

function redactionTable() {
  const r = evaluateRedaction()
  table(
    `Redaction per identifier type (${r.sentences} labelled sentences)`,
    ['type', 'identifiers', 'found with the right type', 'recall', 'false positives', 'precision'],
    r.perType
      .filter((t) => t.expected > 0 || t.falsePositives > 0)
      .map((t) => [t.type, t.expected, t.found, pct(t.recall), t.falsePositives, pct(t.precision)]),
  )
  console.log(
    `\nRemoved from public text (any marker): ${r.removed}/${r.identifiers} (${pct(r.removed / r.identifiers)}); missed: ${r.missed.join('; ') || 'none'}; spurious: ${r.spurious.join('; ') || 'none'}`,
  )
}

function speedTable() {
  const productTerms = productTermsOf('Trimly 60 mg capsules')
  const texts = [...labelledPosts, ...heldOutPosts, ...blind3Posts, ...blind4Posts, ...blind5Posts].map(
    (p) => p.text,
  )
  const rounds = 20
  const start = performance.now()
  for (let i = 0; i < rounds; i++) for (const text of texts) detect({ body: text }, { productTerms })
  const perPost = (performance.now() - start) / (rounds * texts.length)
  table(
    'Screening speed (Node, one core)',
    ['posts', 'ms per post'],
    [[texts.length * rounds, perPost.toFixed(3)]],
  )
}

async function costTable() {
  const bench = await openBench('safety')
  const { s } = bench
  const slug = 'bench-safety'
  await s.call('/v1/communities', { body: communityInput({ slug }), token: BENCH_ADMIN_TOKEN })
  const consent = { termsVersion: '1', healthData: true }
  const member = await s.call(`/v1/members/${slug}/join`, {
    body: { method: 'open', pseudonym: 'Bench Walker', email: 'walker@example.com', consent },
  })
  const safety = await s.call(`/v1/members/${slug}/join`, {
    body: { method: 'open', pseudonym: 'Bench Safety', consent },
  })
  await s.call(`/v1/members/${slug}/${safety.member.id}/access`, {
    method: 'PUT',
    body: { roles: ['safety'], badges: [] },
    token: BENCH_ADMIN_TOKEN,
  })
  const report = (story: string) => ({
    locale: 'en',
    answers: { overall: 4, time_on_product: { value: 2, unit: 'weeks' }, side_effects: [], story },
  })
  const post = (story: string) => {
    s.advance(120_000)
    return bench.measure(() =>
      s.call(`/v1/experiences/${slug}/reports?locale=en`, { body: report(story), token: member.token }),
    )
  }
  const harmless = await post('Week two, down 4 lb, the recipes in the guide are great.')
  const withPhone = await post('Week two, down 4 lb. Text me at 555-123-4567 for recipes.')
  const ae = await post('Terrible cramps and diarrhea since I started, had to leave work early.')
  const serious = await post('I ended up in the ER with severe abdominal pain and yellow eyes.')

  // Fill the community with 2,000 cases (direct inserts) to show a page costs the same at any size.
  const env = (s as unknown as { env: Bindings }).env
  const publicView = await s.call(`/v1/communities/${slug}`, { token: BENCH_ADMIN_TOKEN })
  const row = await env.DB.prepare('SELECT id FROM communities WHERE slug = ?1')
    .bind(slug)
    .first<{ id: string }>()
  const community = { ...publicView, id: row!.id }
  const detection = detect({ body: 'Terrible cramps since I started.' }, { productTerms: ['trimly'] })
  for (let batch = 0; batch < 20; batch++) {
    const statements = Array.from({ length: 100 }, (_, i) => {
      const at = s.now() + (batch * 100 + i) * 1000
      return insertCase(
        env.DB,
        buildCase({
          id: `sfc_${String(batch * 100 + i).padStart(22, '0')}`,
          community,
          author: { id: member.member.id, pseudonym: 'Bench Walker' },
          content: {
            id: `exp_${String(batch * 100 + i).padStart(22, '0')}`,
            type: 'experience',
            version: 1,
            locale: 'en',
            original: { story: 'x' },
          },
          detection,
          settings: defaultSafetySettings,
          details: null,
          contactInPost: [],
          postedAt: at,
          now: at,
        }),
      )
    })
    await env.DB.batch(statements)
  }
  const list = await bench.measure(() => s.call(`/v1/safety/${slug}/cases?limit=25`, { token: safety.token }))
  const overdue = await bench.measure(() =>
    s.call(`/v1/safety/${slug}/cases?due=overdue&limit=25`, { token: safety.token }),
  )
  const first = (await s.call(`/v1/safety/${slug}/cases?sort=received&limit=1`, { token: safety.token }))
    .cases[0]
  const detail = await bench.measure(() =>
    s.call(`/v1/safety/${slug}/cases/${first.id}`, { token: safety.token }),
  )
  const e2b = await bench.measure(() =>
    s.call(`/v1/safety/${slug}/cases/${first.id}/e2b`, { token: safety.token }),
  )
  const move = await bench.measure(() =>
    s.call(`/v1/safety/${slug}/cases/${first.id}/status`, {
      body: { status: 'reportable' },
      token: safety.token,
    }),
  )
  table(
    'Request costs through the full plugin list (rows from D1 meta)',
    ['request', 'rows read', 'rows written', 'statements'],
    [
      [
        'POST experience report, nothing to redact or screen',
        harmless.rowsRead,
        harmless.rowsWritten,
        harmless.statements,
      ],
      ['  … with a phone number (redacted)', withPhone.rowsRead, withPhone.rowsWritten, withPhone.statements],
      ['  … describing an AE (case + history + delivery)', ae.rowsRead, ae.rowsWritten, ae.statements],
      ['  … possibly serious (held, 15-day case)', serious.rowsRead, serious.rowsWritten, serious.statements],
      ['GET cases, page of 25 (2,000+ cases)', list.rowsRead, list.rowsWritten, list.statements],
      ['GET cases?due=overdue, page of 25', overdue.rowsRead, overdue.rowsWritten, overdue.statements],
      ['GET one case (audited read)', detail.rowsRead, detail.rowsWritten, detail.statements],
      ['GET one case as E2B (audited)', e2b.rowsRead, e2b.rowsWritten, e2b.statements],
      ['POST status change (history, audit, delivery)', move.rowsRead, move.rowsWritten, move.statements],
    ],
  )
  await s.settle()
  await bench.dispose()
}

detectionTable()
redactionTable()
speedTable()
await costTable()
