import { type CommunitySeed, LAUNCH } from './communities'
import type { DemoSeed } from './index'
import type { Actor, Seeder } from './seeder'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** Rules an HCO would deploy: insults and spam phrases blocked; solicitation and dosing tricks reviewed. */
const rules = {
  'trimly-launch': {
    blockedTerms: ['idiot*', 'moron*', 'imbécil*', 'estúpid*', 'cheap pills', 'pastillas baratas', 'buy now'],
    reviewTerms: [
      'promo code',
      'discount code',
      'código de descuento',
      'whatsapp',
      'telegram',
      'dm me',
      'double dose',
      'doble dosis',
      'online pharmacy',
      'farmacia online',
    ],
    maxLinks: 2,
    repeat: { windowMinutes: 24 * 60, action: 'reject' },
    rateLimits: { memberPerMinute: 5, memberPerHour: 30, ipPerMinute: 20, ipPerHour: 120 },
    reportThreshold: 3,
  },
  'brightwater-video-visits': {
    blockedTerms: ['idiot*', 'moron*', 'imbécil*', 'estúpid*'],
    reviewTerms: ['referral code', 'código de referido', 'whatsapp', 'telegram', 'dm me', 'mándame mensaje'],
    maxLinks: 1,
    repeat: { windowMinutes: 12 * 60, action: 'hold' },
    rateLimits: { memberPerMinute: 5, memberPerHour: 30, ipPerMinute: 30, ipPerHour: 200 },
    reportThreshold: 2,
  },
} as const

interface Posted {
  id: string
  status: string
}

/** Drives content through the Q&A plugin's real routes, so every hook (redaction, safety, moderation) runs. */
function poster(s: Seeder, slug: string) {
  return {
    async ask(by: Actor, title: string, body: string): Promise<Posted> {
      s.advance(7 * MINUTE)
      const locale = /[¿¡ñáéíóú]/i.test(title) ? 'es' : 'en'
      const res = await s.call(`/v1/qa/${slug}/questions`, { body: { title, body, locale }, token: by.token })
      return { id: res.id, status: res.status }
    },
    async answer(by: Actor, questionId: string, body: string): Promise<Posted> {
      s.advance(9 * MINUTE)
      const res = await s.call(`/v1/qa/${slug}/questions/${questionId}/answers`, {
        body: { body },
        token: by.token,
      })
      return { id: res.answer.id, status: res.status }
    },
  }
}

function moderate(s: Seeder, seed: CommunitySeed) {
  const moderator = seed.staff.moderator!
  return {
    report(by: Actor, contentId: string, reason: string, note?: string) {
      s.advance(4 * MINUTE)
      return s.call(`/v1/moderation/${seed.slug}/reports`, {
        body: { contentId, reason, ...(note ? { note } : {}) },
        token: by.token,
      })
    },
    decide(contentId: string, body: Record<string, unknown>) {
      return s.call(`/v1/moderation/${seed.slug}/items/${contentId}/decisions`, {
        body,
        token: moderator.token,
      })
    },
  }
}

async function trimly(s: Seeder, seed: CommunitySeed): Promise<void> {
  const m = seed.members
  const qa = poster(s, seed.slug)
  const mod = moderate(s, seed)
  // A question a moderator checks (dosing trick), approved a few hours later: it is a fair question.
  const dose = await qa.ask(
    m[2]!,
    'Missed my lunch dose, can I take a double dose at dinner?',
    'I forgot my capsule at lunch today. Is it ok to take a double dose with dinner or should I just skip it?',
  )
  // Solicitation, held for review and left in the queue.
  await qa.ask(
    m[5]!,
    'Anyone have a promo code for the 120-count refill?',
    'The big box is pricey at my pharmacy. If someone has a promo code or a discount code please share, thanks!',
  )
  const start = await qa.ask(
    m[1]!,
    'How long before you noticed any difference?',
    'Week two for me and the scale has barely moved. How long did it take for you all?',
  )
  await qa.answer(
    m[3]!,
    start.id,
    'About four weeks for me, and only once I really cut the fat at dinner. Hang in there.',
  )
  // Spam with links: held (too many links), then rejected as commercial.
  const spam = await qa.answer(
    m[7]!,
    start.id,
    'Faster results here: https://slim-fast-deals.example/trimly www.bestdeals.example.com and cheaperslim.shop',
  )
  // An insult: rejected automatically by the blocked list, the author sees `blocked_term`.
  await qa.answer(
    m[9]!,
    start.id,
    'If it takes you more than a week you are an idiot who cheats on the diet.',
  )
  // Public, but reported twice as an attack: waits in the queue as "reported".
  const rude = await qa.answer(
    m[11]!,
    start.id,
    'Honestly people who need a pill for this have zero self-control. Just eat less and stop whining.',
  )
  await mod.report(m[1]!, rude.id, 'personal_attack', 'Calling us whiners is not ok.')
  await mod.report(m[4]!, rude.id, 'personal_attack')
  // A seller reported by three members: held automatically.
  const seller = await qa.answer(
    m[13]!,
    start.id,
    'My cousin gets Trimly at half price from abroad, message me and I can ship you a box this week.',
  )
  await mod.report(m[1]!, seller.id, 'commercial')
  await mod.report(m[6]!, seller.id, 'unsafe_advice', 'Unregulated imports could be fake.')
  await mod.report(m[8]!, seller.id, 'commercial')
  s.advance(3 * HOUR)
  await mod.decide(dose.id, {
    action: 'approve',
    note: 'Fair question; an expert should answer with the label.',
  })
  if (spam.status === 'pending') await mod.decide(spam.id, { action: 'reject', reason: 'commercial' })
}

async function brightwater(s: Seeder, seed: CommunitySeed): Promise<void> {
  const m = seed.members
  const qa = poster(s, seed.slug)
  const mod = moderate(s, seed)
  // First posts are held (first_n = 1): two approved after a while, the rest still waiting.
  const first = await qa.ask(
    m[0]!,
    'Can I do a video visit from my car on my lunch break?',
    'I only have a break at work and the office is loud. Is it ok to join from a parked car?',
  )
  const second = await qa.ask(
    m[1]!,
    '¿Se puede tener la videoconsulta en español?',
    'Mi mamá no habla inglés. ¿Hay médicos que atiendan en español por video?',
  )
  await qa.ask(
    m[2]!,
    'The video froze three times and nobody called me back',
    'Tried twice this week, the video kept freezing and the visit just ended. Really frustrating, I gave up and went to urgent care.',
  )
  await qa.ask(
    m[3]!,
    'Referral code for the family plan?',
    'My sister said there is a referral code that gives a free first visit, dm me if you have one.',
  )
  s.advance(5 * HOUR)
  await mod.decide(first.id, { action: 'approve' })
  await mod.decide(second.id, { action: 'approve' })
}

/** Demo moderation: word lists for both communities, held and reported items so the queue is not empty. */
export async function seedModeration(s: Seeder, demo: DemoSeed): Promise<void> {
  // Week three of the eight-week launch.
  s.at(LAUNCH + 20 * DAY)
  for (const seed of [demo.drug, demo.service]) {
    await s.call(`/v1/moderation/${seed.slug}/settings`, {
      method: 'PUT',
      body: rules[seed.slug as keyof typeof rules],
      token: s.admin,
    })
  }
  try {
    await trimly(s, demo.drug)
    await brightwater(s, demo.service)
  } catch (err) {
    // The queue items are written through the Q&A plugin; without it the word lists are still seeded.
    console.warn(`[seed] moderation: queue items skipped (${err instanceof Error ? err.message : err})`)
  }
}
