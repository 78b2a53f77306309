import { describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, api } from '../../../helpers/api'
import { ask, qaCommunity } from './setup'

const ARTICLE = 'art_0000000000000000000001'

async function draft(
  slug: string,
  token: string,
  questionId: string,
  body: string,
  articleIds: string[] = [],
) {
  const res = await api(`/v1/qa/${slug}/questions/${questionId}/drafts`, {
    body: { body, articleIds },
    token,
  })
  expect(res.status).toBe(201)
  return res.body
}

const submit = (slug: string, token: string, id: string) =>
  api(`/v1/qa/${slug}/drafts/${id}/submit`, { method: 'POST', token })
const decide = (slug: string, token: string, id: string, body: Record<string, unknown>) =>
  api(`/v1/qa/${slug}/drafts/${id}/decision`, { body, token })

describe('official answers: review workflow', () => {
  it('never shows a draft or a draft under review to the public, nor lets search find it', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Is Trimly available without prescription?' })
    const d = await draft(
      t.slug,
      t.expert.token,
      q.id,
      'Trimly 60 mg is sold over the counter in pharmacies nationwide.',
    )
    expect(d).toMatchObject({ reviewState: 'draft', version: 1, official: null, questionTitle: q.title })
    await submit(t.slug, t.expert.token, d.id)
    const page = await api(`/v1/qa/${t.slug}/questions/${q.id}`, { token: t.asker.token })
    expect(page.body).toMatchObject({ state: 'unanswered', answers: [], officialCount: 0 })
    expect((await api(`/v1/qa/${t.slug}/answers/${d.id}`)).status).toBe(404)
    expect((await api(`/v1/qa/${t.slug}/search?q=pharmacies`)).body.results).toEqual([])
    const asMember = await api(`/v1/qa/${t.slug}/drafts/${d.id}`, { token: t.asker.token })
    expect(asMember.status).toBe(403)
  })

  it('refuses self-approval, even by an expert who also holds the reviewer role (qa_self_review)', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'How many capsules a day at most?' })
    const d = await draft(
      t.slug,
      t.expertReviewer.token,
      q.id,
      'Take at most three capsules a day, one with each main meal.',
    )
    await submit(t.slug, t.expertReviewer.token, d.id)
    const res = await decide(t.slug, t.expertReviewer.token, d.id, { decision: 'approve', version: 1 })
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('qa_self_review')
    const requestOwn = await decide(t.slug, t.expertReviewer.token, d.id, {
      decision: 'request_changes',
      version: 1,
      comment: 'Looks fine',
    })
    expect(requestOwn.body.error.code).toBe('qa_self_review')
    const plainExpert = await decide(t.slug, t.expert2.token, d.id, { decision: 'approve', version: 1 })
    expect(plainExpert.status).toBe(403)
    expect(plainExpert.body.error.code).toBe('forbidden')
    expect((await api(`/v1/qa/${t.slug}/questions/${q.id}`)).body.answers).toEqual([])
  })

  it('keeps every version, review comment and approved version; the public sees only the latest approved one', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Do I need a multivitamin with Trimly?' })
    const d = await draft(t.slug, t.expert.token, q.id, 'Yes, take a multivitamin every day.', [ARTICLE])
    await submit(t.slug, t.expert.token, d.id)
    const changes = await decide(t.slug, t.reviewer.token, d.id, {
      decision: 'request_changes',
      version: 1,
      comment: 'Say when to take it and which vitamins (label section 4).',
    })
    expect(changes.body.reviewState).toBe('changes_requested')
    const v2 = await api(`/v1/qa/${t.slug}/drafts/${d.id}`, {
      method: 'PUT',
      body: {
        body: 'Yes: take a multivitamin with vitamins A, D, E, K and beta-carotene once a day at bedtime.',
        articleIds: [ARTICLE],
      },
      token: t.expert.token,
    })
    expect(v2.body).toMatchObject({ version: 2, reviewState: 'draft' })
    await submit(t.slug, t.expert.token, d.id)
    const approved = await decide(t.slug, t.reviewer.token, d.id, { decision: 'approve', version: 2 })
    expect(approved.body).toMatchObject({ reviewState: 'approved', official: { version: 2 } })

    // A later edit is private until approved: the public keeps seeing version 2.
    const v3 = await api(`/v1/qa/${t.slug}/drafts/${d.id}`, {
      method: 'PUT',
      body: {
        body: 'Take a multivitamin (A, D, E, K, beta-carotene) once a day at bedtime, at least 2 hours after Trimly.',
      },
      token: t.expert.token,
    })
    expect(v3.body).toMatchObject({ version: 3, reviewState: 'draft', official: { version: 2 } })
    const page = await api(`/v1/qa/${t.slug}/questions/${q.id}`)
    expect(page.body.state).toBe('official')
    expect(page.body.answers).toHaveLength(1)
    expect(page.body.answers[0]).toMatchObject({
      id: d.id,
      kind: 'official',
      body: 'Yes: take a multivitamin with vitamins A, D, E, K and beta-carotene once a day at bedtime.',
      official: { label: 'Official answer from Northwind Health', version: 2, articleIds: [ARTICLE] },
    })

    await submit(t.slug, t.expert.token, d.id)
    await decide(t.slug, t.reviewer.token, d.id, {
      decision: 'approve',
      version: 3,
      comment: 'Approved, ref MLR-2291',
    })
    const record = await api(`/v1/qa/${t.slug}/drafts/${d.id}`, { token: t.reviewer.token })
    expect(record.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3])
    expect(
      record.body.approvals.map((a: { version: number; approvedBy: string }) => [a.version, a.approvedBy]),
    ).toEqual([
      [2, t.reviewer.member.id],
      [3, t.reviewer.member.id],
    ])
    expect(record.body.approvals[1].articleIds).toEqual([])
    expect(
      record.body.timeline.map((e: { action: string; version: number }) => `${e.action}@${e.version}`),
    ).toEqual([
      'created@1',
      'submitted@1',
      'changes_requested@1',
      'edited@2',
      'submitted@2',
      'approved@2',
      'edited@3',
      'submitted@3',
      'approved@3',
    ])
    expect(record.body.timeline[2].comment).toBe('Say when to take it and which vitamins (label section 4).')
    const publicNow = await api(`/v1/qa/${t.slug}/questions/${q.id}`)
    expect(publicNow.body.answers[0].official.version).toBe(3)
    const audit = await api(`/v1/audit/${t.slug}?action=qa.answer.approve`, { token: ADMIN_TOKEN })
    expect(audit.body.entries).toHaveLength(2)
  })

  it('refuses a decision on a version the expert has since changed (qa_version_changed)', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Can I take Trimly with coffee?' })
    const d = await draft(
      t.slug,
      t.expert.token,
      q.id,
      'Coffee does not interact with Trimly; watch the cream and sugar.',
    )
    await submit(t.slug, t.expert.token, d.id)
    const stale = await decide(t.slug, t.reviewer.token, d.id, { decision: 'approve', version: 2 })
    expect(stale.status).toBe(409)
    expect(stale.body.error).toMatchObject({ code: 'qa_version_changed', details: { version: 1 } })
  })

  it('refuses decisions on answers not under review (qa_not_in_review) and double submission (qa_already_submitted)', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Where is the batch number printed?' })
    const d = await draft(
      t.slug,
      t.expert.token,
      q.id,
      'The batch number is printed on the side of the carton and each blister.',
    )
    const early = await decide(t.slug, t.reviewer.token, d.id, { decision: 'approve', version: 1 })
    expect(early.status).toBe(409)
    expect(early.body.error.code).toBe('qa_not_in_review')
    expect((await submit(t.slug, t.expert.token, d.id)).status).toBe(200)
    const twice = await submit(t.slug, t.expert.token, d.id)
    expect(twice.status).toBe(409)
    expect(twice.body.error.code).toBe('qa_already_submitted')
  })

  it('lets only the author change or submit a draft (qa_not_draft_author)', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Does Trimly contain gluten?' })
    const d = await draft(
      t.slug,
      t.expert.token,
      q.id,
      'Trimly capsules do not contain gluten; see the inactive ingredients.',
    )
    const edit = await api(`/v1/qa/${t.slug}/drafts/${d.id}`, {
      method: 'PUT',
      body: { body: 'Another expert rewriting this answer entirely.' },
      token: t.expert2.token,
    })
    expect(edit.status).toBe(403)
    expect(edit.body.error.code).toBe('qa_not_draft_author')
    expect((await submit(t.slug, t.expert2.token, d.id)).body.error.code).toBe('qa_not_draft_author')
  })

  it('requires a comment to request changes', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Is the blister pack recyclable?' })
    const d = await draft(
      t.slug,
      t.expert.token,
      q.id,
      'The carton is recyclable; the blister pack is not, in most areas.',
    )
    await submit(t.slug, t.expert.token, d.id)
    const res = await decide(t.slug, t.reviewer.token, d.id, { decision: 'request_changes', version: 1 })
    expect(res.status).toBe(422)
    expect(res.body.error.details.fields[0].path).toBe('comment')
  })

  it('records review comments from experts and reviewers, and refuses comments on future versions', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'How should the capsules be stored?' })
    const d = await draft(
      t.slug,
      t.expert.token,
      q.id,
      'Store them at room temperature, away from moisture, in the blister.',
    )
    const url = `/v1/qa/${t.slug}/drafts/${d.id}/comments`
    expect(
      (await api(url, { body: { version: 1, comment: 'Cite the label?' }, token: t.reviewer.token })).status,
    ).toBe(201)
    const reply = await api(url, { body: { version: 1, comment: 'Added in v2.' }, token: t.expert.token })
    expect(
      reply.body.timeline.map((e: { action: string; actor: { id: string } }) => [e.action, e.actor.id]),
    ).toEqual([
      ['created', t.expert.member.id],
      ['comment', t.reviewer.member.id],
      ['comment', t.expert.member.id],
    ])
    const future = await api(url, { body: { version: 5, comment: '?' }, token: t.reviewer.token })
    expect(future.body.error.code).toBe('qa_version_changed')
  })

  it('retires an official answer: no longer public, record kept, no more changes (qa_retired)', async () => {
    const t = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'What is the refill pack size?' })
    const d = await draft(
      t.slug,
      t.expert.token,
      q.id,
      'The refill pack has 84 capsules, about four weeks of use.',
    )
    await submit(t.slug, t.expert.token, d.id)
    await decide(t.slug, t.reviewer.token, d.id, { decision: 'approve', version: 1 })
    const found = await api(`/v1/qa/${t.slug}/search?q=capsules`)
    expect(found.body.results.map((r: { id: string; snippetFrom: string }) => [r.id, r.snippetFrom])).toEqual(
      [[q.id, 'official_answer']],
    )
    const retired = await api(`/v1/qa/${t.slug}/drafts/${d.id}/retire`, {
      body: { reason: 'Pack size changed to 90' },
      token: t.reviewer.token,
    })
    expect(retired.body).toMatchObject({
      reviewState: 'retired',
      status: 'withdrawn',
      official: { version: 1 },
    })
    const page = await api(`/v1/qa/${t.slug}/questions/${q.id}`)
    expect(page.body).toMatchObject({ state: 'unanswered', answers: [], officialCount: 0 })
    expect((await api(`/v1/qa/${t.slug}/search?q=capsules`)).body.results).toEqual([])
    const again = await api(`/v1/qa/${t.slug}/drafts/${d.id}/retire`, {
      body: { reason: 'again' },
      token: ADMIN_TOKEN,
    })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('qa_retired')
    const edit = await api(`/v1/qa/${t.slug}/drafts/${d.id}`, {
      method: 'PUT',
      body: { body: 'The refill pack now has 90 capsules.' },
      token: t.expert.token,
    })
    expect(edit.body.error.code).toBe('qa_retired')
  })

  it('answers qa_draft_not_found for a peer answer id or another community’s draft', async () => {
    const t = await qaCommunity()
    const other = await qaCommunity()
    const q = await ask(t.slug, t.asker.token, { title: 'Can I buy it online?' })
    const d = await draft(
      t.slug,
      t.expert.token,
      q.id,
      'Yes, from licensed online pharmacies that show a verification seal.',
    )
    const res = await api(`/v1/qa/${other.slug}/drafts/${d.id}`, { token: other.reviewer.token })
    expect(res.status).toBe(404)
    expect(res.body.error.code).toBe('qa_draft_not_found')
  })
})
