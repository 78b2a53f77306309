import { ADMIN_TOKEN, api, createCommunity, joinOpen, staffMember } from '../../../helpers/api'

/** Topics and medical-information contact an admin would set for the Trimly-like test community. */
export const SETTINGS = {
  topics: [
    { code: 'getting-started', label: { en: 'Getting started', es: 'Primeros pasos' } },
    { code: 'side-effects', label: { en: 'Side effects', es: 'Efectos secundarios' } },
    { code: 'diet', label: { en: 'Diet and meals', es: 'Dieta y comidas' } },
  ],
  medicalInformation: {
    phone: '1-800-555-0100',
    url: 'https://northwind.example/medical-information',
    hours: { en: 'Mon–Fri 8am–8pm ET', es: 'lun–vie 8–20 h ET' },
  },
}

/** A fresh community with qa settings, an asker, a peer, two experts, a reviewer and an admin. */
export async function qaCommunity(overrides: Record<string, unknown> = {}) {
  const community = await createCommunity(overrides)
  const slug = community.slug
  const settings = await api(`/v1/qa/${slug}/settings`, { method: 'PUT', body: SETTINGS, token: ADMIN_TOKEN })
  if (settings.status !== 200)
    throw new Error(`settings: ${settings.status} ${JSON.stringify(settings.body)}`)
  const [asker, peer, expert, expert2, reviewer, expertReviewer, moderator] = await Promise.all([
    joinOpen(slug),
    joinOpen(slug),
    staffMember(slug, ['expert']),
    staffMember(slug, ['expert']),
    staffMember(slug, ['reviewer']),
    staffMember(slug, ['expert', 'reviewer']),
    staffMember(slug, ['moderator']),
  ])
  return { community, slug, asker, peer, expert, expert2, reviewer, expertReviewer, moderator }
}

export type QaCommunity = Awaited<ReturnType<typeof qaCommunity>>

export async function ask(slug: string, token: string, body: Record<string, unknown>) {
  const res = await api(`/v1/qa/${slug}/questions`, { body, token })
  if (res.status !== 201) throw new Error(`ask: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

export async function answer(slug: string, token: string, questionId: string, body: string) {
  const res = await api(`/v1/qa/${slug}/questions/${questionId}/answers`, { body: { body }, token })
  if (res.status !== 201) throw new Error(`answer: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

/** An expert answer taken through review to approval by `reviewer`. */
export async function officialAnswer(
  slug: string,
  expertToken: string,
  reviewerToken: string,
  questionId: string,
  body: string,
  articleIds: string[] = [],
) {
  const draft = await api(`/v1/qa/${slug}/questions/${questionId}/drafts`, {
    body: { body, articleIds },
    token: expertToken,
  })
  if (draft.status !== 201) throw new Error(`draft: ${draft.status} ${JSON.stringify(draft.body)}`)
  const submitted = await api(`/v1/qa/${slug}/drafts/${draft.body.id}/submit`, {
    method: 'POST',
    token: expertToken,
  })
  if (submitted.status !== 200)
    throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`)
  const approved = await api(`/v1/qa/${slug}/drafts/${draft.body.id}/decision`, {
    body: { decision: 'approve', version: submitted.body.version },
    token: reviewerToken,
  })
  if (approved.status !== 200) throw new Error(`approve: ${approved.status} ${JSON.stringify(approved.body)}`)
  return approved.body
}
