import { type CommunitySeed, LAUNCH } from './communities'
import type { DemoSeed } from './index'
import { brightwaterQuestions, type QuestionSeed, qaSettings, trimlyQuestions } from './qa-data'
import type { Actor, Seeder } from './seeder'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/**
 * Official answers the Learn seed (which runs after this one) links to its articles once they exist: the
 * expert adds the link and the reviewer approves version 2, as an HCO would after publishing a guide.
 */
export const pendingArticleLinks: {
  slug: string
  answerId: string
  article: string
  body: string
  expert: Actor
  reviewer: Actor
}[] = []

function client(s: Seeder, seed: CommunitySeed) {
  const qa = (path: string) => `/v1/qa/${seed.slug}${path}`
  const moderator = seed.staff.moderator!
  return {
    async ask(by: Actor, q: QuestionSeed) {
      const res = await s.call(qa('/questions'), {
        body: { title: q.title, body: q.body ?? '', tags: q.tags ?? [], locale: q.locale ?? 'en' },
        token: by.token,
      })
      const status = res.status === 'pending' && (await approve(res.id)) ? 'published' : res.status
      return { id: res.id as string, status: status as string }
    },
    async answer(by: Actor, questionId: string, body: string) {
      const res = await s.call(qa(`/questions/${questionId}/answers`), { body: { body }, token: by.token })
      if (res.status === 'pending') await approve(res.answer.id)
      return res.answer.id as string
    },
    helpful: (by: Actor, answerId: string) =>
      s.call(qa(`/answers/${answerId}/helpful`), { method: 'POST', token: by.token }),
    accept: (by: Actor, questionId: string, answerId: string) =>
      s.call(qa(`/questions/${questionId}/accept`), { body: { answerId }, token: by.token }),
    draft: (by: Actor, questionId: string, body: string) =>
      s.call(qa(`/questions/${questionId}/drafts`), { body: { body }, token: by.token }),
    submit: (by: Actor, id: string) =>
      s.call(qa(`/drafts/${id}/submit`), { method: 'POST', token: by.token }),
    decide: (by: Actor, id: string, body: Record<string, unknown>) =>
      s.call(qa(`/drafts/${id}/decision`), { body, token: by.token }),
    privateReply: (by: Actor, questionId: string, body: string) =>
      s.call(qa(`/questions/${questionId}/private-replies`), { body: { body }, token: by.token }),
  }

  /** First posts are held in communities that review them (Brightwater: first_n = 1); the forum team approves. */
  async function approve(contentId: string): Promise<boolean> {
    s.advance(2 * HOUR)
    try {
      await s.call(`/v1/moderation/${seed.slug}/items/${contentId}/decisions`, {
        body: { action: 'approve' },
        token: moderator.token,
      })
      return true
    } catch (err) {
      console.warn(
        `[seed] qa: could not approve held ${contentId} (${err instanceof Error ? err.message : err})`,
      )
      return false
    }
  }
}

async function seedCommunity(s: Seeder, seed: CommunitySeed, questions: QuestionSeed[]) {
  const c = client(s, seed)
  const member = (i: number) => seed.members[i % seed.members.length]!
  const expert = (key = 'expert') => seed.staff[key] ?? seed.staff.expert!
  const reviewer = seed.staff.reviewer!
  for (const q of questions) {
    s.at(LAUNCH + q.day * DAY)
    const asker = member(q.by)
    const asked = await c.ask(asker, q)
    if (asked.status !== 'published') {
      console.warn(`[seed] qa: "${q.title}" is ${asked.status}; its answers are skipped`)
      continue
    }
    if (q.routeByExpert) {
      s.advance(5 * HOUR)
      await s.call(`/v1/qa/${seed.slug}/questions/${asked.id}/route`, {
        method: 'PUT',
        body: { route: 'medical_information', note: q.routeByExpert },
        token: expert().token,
      })
    }
    const answerIds: string[] = []
    for (const [i, a] of (q.answers ?? []).entries()) {
      s.advance((3 + i * 5) * HOUR)
      answerIds.push(await c.answer(member(a.by), asked.id, a.body))
    }
    for (const [i, voters] of (q.answers ?? []).map((a) => a.helpfulBy ?? []).entries()) {
      for (const v of voters) await c.helpful(member(v), answerIds[i]!)
    }
    if (q.accept !== undefined) await c.accept(asker, asked.id, answerIds[q.accept]!)
    if (q.official) {
      s.advance(q.official.afterHours * HOUR)
      const by = expert(q.official.by)
      const draft = await c.draft(by, asked.id, q.official.body)
      await c.submit(by, draft.id)
      if (q.official.review !== 'pending') {
        s.advance((q.official.reviewHours ?? 6) * HOUR)
        if (q.official.changes) {
          await c.decide(reviewer, draft.id, {
            decision: 'request_changes',
            version: 1,
            comment: q.official.changes.comment,
          })
          s.advance(3 * HOUR)
          await s.call(`/v1/qa/${seed.slug}/drafts/${draft.id}`, {
            method: 'PUT',
            body: { body: q.official.changes.revised },
            token: by.token,
          })
          await c.submit(by, draft.id)
          s.advance(4 * HOUR)
        }
        const version = q.official.changes ? 2 : 1
        await c.decide(reviewer, draft.id, { decision: 'approve', version, comment: q.official.approvalNote })
        if (q.official.linkArticle) {
          pendingArticleLinks.push({
            slug: seed.slug,
            answerId: draft.id,
            article: q.official.linkArticle,
            body: q.official.changes?.revised ?? q.official.body,
            expert: by,
            reviewer,
          })
        }
      }
    }
    if (q.privateReply) {
      s.advance(q.privateReply.afterHours * HOUR)
      await c.privateReply(expert(), asked.id, q.privateReply.body)
    }
  }
}

/** Demo Q&A: topics, peers' answers, reviewed official answers, and questions routed to medical information. */
export async function seedQa(s: Seeder, demo: DemoSeed): Promise<void> {
  // One clock per community, each starting at the launch (a clock only moves forward).
  for (const [seed, questions] of [
    [demo.drug, trimlyQuestions],
    [demo.service, brightwaterQuestions],
  ] as const) {
    const own = s.fork(LAUNCH)
    await own.call(`/v1/qa/${seed.slug}/settings`, {
      method: 'PUT',
      body: qaSettings[seed.slug as keyof typeof qaSettings],
      token: own.admin,
    })
    await seedCommunity(own, seed, questions)
    await own.settle()
  }
}
