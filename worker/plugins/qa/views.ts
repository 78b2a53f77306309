import type { Community, Locale } from '../../core/communities/schema'
import { authorView } from '../../core/members/views'
import { iso } from '../../core/time'
import { type AnswerRecord, isPublic } from './queries/answers'
import type { QuestionRecord } from './queries/questions'
import { explainCues } from './routing'
import type { AnswerView, PublicQaSettings, QaSettings, QuestionDetail, QuestionSummary } from './schema'

const text = {
  en: {
    official: 'Official answer from {hco}',
    routed:
      'This question is about a personal medical situation or a use outside {product}’s approved use, so it is not answered in public. {hco}’s medical information team replies privately to the person who asked. If you have a similar question, contact medical information.',
    medinfo: 'Medical information, {hco}',
  },
  es: {
    official: 'Respuesta oficial de {hco}',
    routed:
      'Esta pregunta trata de una situación médica personal o de un uso fuera del uso aprobado de {product}, por eso no se responde en público. El equipo de información médica de {hco} responde en privado a quien preguntó. Si tienes una pregunta parecida, contacta con información médica.',
    medinfo: 'Información médica, {hco}',
  },
} as const

function fill(template: string, community: Pick<Community, 'hco' | 'product'>): string {
  return template.replaceAll('{hco}', community.hco.name).replaceAll('{product}', community.product.name)
}

export function officialLabel(community: Pick<Community, 'hco' | 'product'>, locale: Locale): string {
  return fill(text[locale].official, community)
}

export function medinfoLabel(community: Pick<Community, 'hco' | 'product'>, locale: Locale): string {
  return fill(text[locale].medinfo, community)
}

function localized(value: { en: string; es?: string } | undefined, locale: Locale): string | null {
  if (!value) return null
  return (locale === 'es' ? value.es : undefined) ?? value.en
}

export function publicSettings(settings: QaSettings, locale: Locale): PublicQaSettings {
  const m = settings.medicalInformation
  return {
    topics: settings.topics.map((t) => ({ code: t.code, label: localized(t.label, locale) ?? t.code })),
    medicalInformation: {
      phone: m.phone ?? null,
      email: m.email ?? null,
      url: m.url ?? null,
      hours: localized(m.hours, locale),
    },
  }
}

export interface ViewContext {
  community: Community
  settings: QaSettings
  locale: Locale
}

function excerpt(body: string): string {
  return body.length > 200 ? `${body.slice(0, 197).trimEnd()}…` : body
}

export function questionSummary(q: QuestionRecord, v: ViewContext): QuestionSummary {
  const labels = new Map(v.settings.topics.map((t) => [t.code, localized(t.label, v.locale) ?? t.code]))
  return {
    id: q.id,
    title: q.title,
    excerpt: excerpt(q.body),
    tags: q.tags.map((code) => ({ code, label: labels.get(code) ?? code })),
    author: authorView(
      { id: q.authorId, pseudonym: q.authorPseudonym, badges: q.authorBadges },
      v.community,
      v.locale,
    ),
    locale: q.locale,
    state: q.state,
    answerCount: q.answerCount,
    officialCount: q.officialCount,
    accepted: q.acceptedAnswerId !== null,
    createdAt: iso(q.createdAt),
  }
}

export function routeNote(q: Pick<QuestionRecord, 'route'>, v: ViewContext): QuestionDetail['route'] {
  if (q.route !== 'medical_information') return null
  return {
    kind: 'medical_information',
    message: fill(text[v.locale].routed, v.community),
    contact: publicSettings(v.settings, v.locale).medicalInformation,
  }
}

export interface AnswerViewContext extends Pick<ViewContext, 'community' | 'locale'> {
  acceptedId: string | null
  votes: ReadonlySet<string> | null
}

export function answerView(a: AnswerRecord, v: AnswerViewContext): AnswerView {
  const official = a.kind === 'expert' && a.officialVersion !== null
  return {
    id: a.id,
    kind: official ? 'official' : 'peer',
    body: official ? (a.officialBody ?? '') : a.body,
    author: authorView(
      { id: a.authorId, pseudonym: a.authorPseudonym, badges: a.authorBadges },
      v.community,
      v.locale,
    ),
    official: official
      ? {
          label: officialLabel(v.community, v.locale),
          version: a.officialVersion ?? 0,
          approvedAt: iso(a.approvedAt ?? a.createdAt),
          articleIds: a.officialArticleIds,
        }
      : null,
    helpfulCount: a.helpfulCount,
    votedHelpful: v.votes ? v.votes.has(a.id) : null,
    accepted: v.acceptedId === a.id,
    editedBy: a.editedBy,
    createdAt: iso(a.createdAt),
  }
}

/** Official answers first (newest approval first), then the accepted one, then by helpfulness and age. */
export function orderAnswers(answers: AnswerRecord[], acceptedId: string | null): AnswerRecord[] {
  const rank = (a: AnswerRecord) => (a.kind === 'expert' ? 0 : a.id === acceptedId ? 1 : 2)
  return answers
    .filter(isPublic)
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (b.approvedAt ?? 0) - (a.approvedAt ?? 0) ||
        b.helpfulCount - a.helpfulCount ||
        a.createdAt - b.createdAt,
    )
}

export function routingView(q: QuestionRecord): QuestionDetail['routing'] {
  if (q.route !== 'medical_information' && q.routeCues.length === 0) return null
  return { source: q.routeSource, cues: explainCues(q.routeCues) }
}
