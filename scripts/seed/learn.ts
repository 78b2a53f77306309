import { type CommunitySeed, LAUNCH } from './communities'
import type { DemoSeed } from './index'
import {
  type ArticleSeed,
  brightwaterArticles,
  brightwaterFeedback,
  trimlyArticles,
  trimlyFeedback,
} from './learn-data'
import { pendingArticleLinks } from './qa'
import type { Seeder } from './seeder'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** Writes, submits and (unless left pending) approves each article; returns their ids by key. */
async function publish(s: Seeder, seed: CommunitySeed, articles: ArticleSeed[]) {
  const ids = new Map<string, string>()
  const author = seed.staff.expert!
  const reviewer = seed.staff.reviewer!
  for (const a of articles) {
    s.at(LAUNCH + a.day * DAY)
    const draft = await s.call(`/v1/learn/${seed.slug}/articles`, {
      body: { kind: a.kind, position: a.position, translations: a.translations },
      token: author.token,
    })
    s.advance(HOUR)
    await s.call(`/v1/learn/${seed.slug}/articles/${draft.id}/submit`, {
      method: 'POST',
      token: author.token,
    })
    ids.set(a.key, draft.id)
    if (a.pending) continue
    s.advance(5 * HOUR)
    await s.call(`/v1/learn/${seed.slug}/articles/${draft.id}/decision`, {
      body: { decision: 'approve', version: 1, comment: `MLR approved, ref ${a.key.toUpperCase()}-01` },
      token: reviewer.token,
    })
  }
  return ids
}

async function feedback(
  s: Seeder,
  seed: CommunitySeed,
  ids: Map<string, string>,
  answers: [number, string, boolean][],
  from: number,
) {
  for (const [i, [member, key, helpful]] of answers.entries()) {
    s.at(LAUNCH + (from + i * 1.5) * DAY)
    await s.call(`/v1/learn/${seed.slug}/articles/${ids.get(key)}/feedback`, {
      method: 'PUT',
      body: { helpful },
      token: seed.members[member]!.token,
    })
  }
}

/** Official answers written before the guides existed: the expert adds the link, the reviewer approves again. */
async function linkOfficialAnswers(s: Seeder, ids: Map<string, string>) {
  s.at(LAUNCH + 27 * DAY)
  for (const link of pendingArticleLinks) {
    const articleId = ids.get(link.article)
    if (!articleId) continue
    s.advance(HOUR)
    const path = `/v1/qa/${link.slug}/drafts/${link.answerId}`
    const edited = await s.call(path, {
      method: 'PUT',
      body: { body: link.body, articleIds: [articleId] },
      token: link.expert.token,
    })
    await s.call(`${path}/submit`, { method: 'POST', token: link.expert.token })
    s.advance(2 * HOUR)
    await s.call(`${path}/decision`, {
      body: {
        decision: 'approve',
        version: edited.version,
        comment: 'Link to the approved Learn guide added.',
      },
      token: link.reviewer.token,
    })
  }
}

/** Demo Learn content: guides from launch day, later updates, one article waiting for review, feedback. */
export async function seedLearn(s: Seeder, demo: DemoSeed): Promise<void> {
  // One clock per storyline, each starting at the launch (a clock only moves forward).
  const clocks = Array.from({ length: 5 }, () => s.fork(LAUNCH))
  const [a, b, c, d, e] = clocks as [Seeder, Seeder, Seeder, Seeder, Seeder]
  const trimly = await publish(a, demo.drug, trimlyArticles)
  const brightwater = await publish(b, demo.service, brightwaterArticles)
  await feedback(c, demo.drug, trimly, trimlyFeedback, 5)
  await feedback(d, demo.service, brightwater, brightwaterFeedback, 18)
  await linkOfficialAnswers(e, new Map([...trimly, ...brightwater]))
  for (const clock of clocks) await clock.settle()
}
