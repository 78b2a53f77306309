import { type CommunitySeed, LAUNCH, ssoToken } from './communities'
import { brightwaterReports, type DrugReport, type ServiceReport, trimlyReports } from './experiences-data'
import type { DemoSeed } from './index'
import type { Actor, Seeder } from './seeder'

const HOUR = 3_600_000
const DAY = 24 * HOUR

// Reports spread over all eight weeks run on a fork of the seeder (its own clock), so the shared clock that
// later seeders use is not pushed to the present.
type Event = { at: number; run: () => Promise<unknown> }

function drugAnswers(r: DrugReport) {
  const effects = (r.effects ?? []).map(([effect, severity]) => ({ effect, severity }))
  if (r.other) effects.push({ effect: 'other', severity: r.other[1], text: r.other[0] } as never)
  return {
    overall: r.overall,
    time_on_product: { value: r.taking[0], unit: r.taking[1] },
    still_using: r.still,
    effectiveness: r.works,
    side_effects: effects,
    plan: r.plan,
    ease_of_use: r.ease,
    channel: r.channel,
    materials: r.materials?.map(([option, rating]) => ({ option, rating })),
    recommend: r.nps,
    title: r.title,
    story: r.story,
  }
}

function serviceAnswers(r: ServiceReport) {
  return {
    overall: r.overall,
    ease_of_access: r.access,
    clarity: r.clarity,
    wait: r.wait,
    resolved: r.resolved,
    recommend: r.nps,
    title: r.title,
    story: r.story,
  }
}

async function post(s: Seeder, slug: string, token: string, answers: Record<string, unknown>, es?: true) {
  const locale = es ? 'es' : 'en'
  return s.call<{ id: string; status: string }>(`/v1/experiences/${slug}/reports?locale=${locale}`, {
    body: { locale, answers },
    token,
  })
}

/** The second Trimly wave: invited after the launch cohort, they bought the product in stores. */
async function secondWave(s: Seeder, seed: CommunitySeed): Promise<Actor[]> {
  s.at(LAUNCH + 28 * DAY)
  const invites = await s.call(`/v1/members/${seed.slug}/invites`, {
    body: { count: 12, cohort: 'launch-cohort-2', badges: ['invited'], expiresInDays: 60 },
    token: s.admin,
  })
  const names = ['Hopeful Finch', 'Morning Ferns', 'Luz del Sur', 'Quiet Harbor', 'Maple Step', 'Trail Notes']
  const wave: Actor[] = []
  for (const [i, invite] of (invites.invites as { code: string }[]).entries()) {
    s.advance(DAY / 3)
    const joined = await s.call(`/v1/members/${seed.slug}/join`, {
      body: {
        method: 'invite',
        code: invite.code,
        pseudonym: names[i],
        consent: { termsVersion: '2026-09', healthData: true },
      },
    })
    wave.push({ id: joined.member.id, token: joined.token, pseudonym: joined.member.pseudonym })
  }
  return wave
}

async function trimlyEvents(s: Seeder, seed: CommunitySeed): Promise<Event[]> {
  const wave = await secondWave(s.fork(), seed)
  const author = (by: DrugReport['by']) =>
    typeof by === 'number' ? seed.members[by]! : wave[Number(by.slice(1))]!
  const posted: { id: string; by: Actor; day: number }[] = []
  const events: Event[] = trimlyReports.map((r) => ({
    at: LAUNCH + r.day * DAY,
    run: async () => {
      const res = await post(s, seed.slug, author(r.by).token, drugAnswers(r), r.es)
      posted.push({ id: res.id, by: author(r.by), day: r.day })
    },
  }))
  // Readers mark reports helpful over the following days (launch-cohort sessions last 30 days).
  for (let k = 0; k < 70; k++) {
    const day = 18 + k * 0.53
    events.push({
      at: LAUNCH + day * DAY + HOUR,
      run: async () => {
        const readers = day < 29 ? seed.members.slice(0, 20) : wave
        const target = posted[(k * 7) % posted.length]
        const reader = readers[(k * 5) % readers.length]!
        if (!target || target.by.id === reader.id || target.day > day) return
        await s.call(`/v1/experiences/${seed.slug}/reports/${target.id}/helpful`, {
          method: 'POST',
          token: reader.token,
        })
      },
    })
  }
  // An author adds a tip to their report the next day (shown as edited), and one withdraws theirs.
  events.push({
    at: LAUNCH + 20.1 * DAY,
    run: async () => {
      const mine = posted.find((p) => p.by.id === seed.members[4]!.id)!
      const r = trimlyReports.find((x) => x.by === 4)!
      const story = `${r.story} Edit: my pharmacist suggested spreading fat evenly over the day instead of saving it for dinner, and that fixed it.`
      await s.call(`/v1/experiences/${seed.slug}/reports/${mine.id}`, {
        method: 'PATCH',
        body: { answers: drugAnswers({ ...r, story }) },
        token: mine.by.token,
      })
    },
  })
  events.push({
    at: LAUNCH + 47.5 * DAY,
    run: async () => {
      const mine = posted.find((p) => p.by.id === wave[10]!.id)!
      await s.call(`/v1/experiences/${seed.slug}/reports/${mine.id}/withdraw`, {
        method: 'POST',
        token: mine.by.token,
      })
    },
  })
  return events
}

async function ssoSignIn(s: Seeder, seed: CommunitySeed, i: number): Promise<string> {
  const token = await ssoToken(seed.ssoSecret!, seed.slug, `bw-member-${1000 + i}`, s.now())
  const session = await s.call(`/v1/members/${seed.slug}/join`, {
    body: { method: 'sso', token, consent: { termsVersion: '3', healthData: true } },
  })
  return session.token
}

/**
 * The forum team member who reviews first posts. Staff sessions last 30 days, so from week six an evening
 * moderator who joined later does the reviews.
 */
function reviewer(s: Seeder, seed: CommunitySeed) {
  let late: Promise<string> | null = null
  return (day: number): Promise<string> => {
    if (day < 35) return Promise.resolve(seed.staff.moderator!.token)
    late ??= (async () => {
      const joined = await s.call(`/v1/members/${seed.slug}/join`, {
        body: {
          method: 'open',
          pseudonym: 'Forum Team Evenings',
          consent: { termsVersion: '3', healthData: true },
        },
      })
      await s.call(`/v1/members/${seed.slug}/${joined.member.id}/access`, {
        method: 'PUT',
        body: { roles: ['moderator'], badges: ['employee'] },
        token: s.admin,
      })
      return joined.token as string
    })()
    return late
  }
}

function brightwaterEvents(s: Seeder, seed: CommunitySeed): Event[] {
  const moderator = reviewer(s, seed)
  const posted: { id: string; by: number; published: boolean }[] = []
  // Another member finds each of the first reports helpful a day later.
  const marks: Event[] = brightwaterReports.slice(0, 10).map((r, k) => ({
    at: LAUNCH + (r.day + 1.2) * DAY,
    run: async () => {
      const target = posted[k]
      const reader = 4 + ((r.by - 4 + 3) % 14)
      if (!target?.published) return
      await s.call(`/v1/experiences/${seed.slug}/reports/${target.id}/helpful`, {
        method: 'POST',
        token: await ssoSignIn(s, seed, reader),
      })
    },
  }))
  const reports: Event[] = brightwaterReports.map((r) => ({
    at: LAUNCH + r.day * DAY,
    run: async () => {
      // Members sign in again through the health system's SSO, as they would weeks after joining.
      const token = await ssoSignIn(s, seed, r.by)
      const res = await post(s, seed.slug, token, serviceAnswers(r), r.es)
      const entry = { id: res.id, by: r.by, published: res.status === 'published' }
      posted.push(entry)
      if (res.status !== 'pending' || r.leavePending) return
      // A member's first post is reviewed in this community; the forum team approves it a few hours later.
      s.advance(3 * HOUR)
      try {
        await s.call(`/v1/moderation/${seed.slug}/items/${res.id}/decisions`, {
          body: { action: 'approve' },
          token: await moderator(r.day),
        })
        entry.published = true
      } catch (err) {
        console.warn(
          `[seed] experiences: could not approve a held report (${err instanceof Error ? err.message : err})`,
        )
      }
    },
  }))
  return [...reports, ...marks]
}

/** Demo experience reports for both launches, spread over the eight weeks, through the real API. */
export async function seedExperiences(s: Seeder, demo: DemoSeed): Promise<void> {
  const driver = s.fork()
  const events = [...(await trimlyEvents(driver, demo.drug)), ...brightwaterEvents(driver, demo.service)]
  events.sort((a, b) => a.at - b.at)
  for (const event of events) {
    driver.at(event.at)
    await event.run()
  }
  await driver.settle()
}
