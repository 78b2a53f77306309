import type { Context } from 'hono'
import { optionalMember } from '../../../core/auth/current'
import { hasAnyRole } from '../../../core/auth/principal'
import type { StaffRole } from '../../../core/auth/roles'
import { companyRoles } from '../../../core/auth/roles'
import { requestLocale } from '../../../core/communities/locale'
import { CommunityParams, idParam } from '../../../core/http/route'
import type { AppEnv } from '../../../env'
import { qaErrors } from '../errors'
import { findAnswer } from '../queries/answers'
import { findQuestion, type QuestionRecord } from '../queries/questions'
import { getSettings } from '../queries/settings'
import type { ViewContext } from '../views'

export type Ctx = Context<AppEnv>

export const QuestionParams = CommunityParams.extend({ questionId: idParam('questionId', 'que') })
export const AnswerParams = CommunityParams.extend({ answerId: idParam('answerId', 'ans') })

/** Staff who may see questions that are not (or no longer) public: to moderate, answer or review them. */
export const STAFF_READERS = companyRoles
/** Who may read private medical-information replies besides the asker. */
export const MEDINFO_READERS: readonly StaffRole[] = ['expert', 'reviewer', 'safety', 'admin']

/** What views of answers and authors need: no settings read. */
export function baseContext(c: Ctx): Pick<ViewContext, 'community' | 'locale'> {
  return { community: c.var.community, locale: requestLocale(c) }
}

/** What question views need: also the community's topics and medical-information contact. */
export async function viewContext(c: Ctx): Promise<ViewContext> {
  return { ...baseContext(c), settings: await getSettings(c.var.services.db, c.var.community.id) }
}

/** A question the caller may see: published, or their own, or any for staff; otherwise 404. */
export async function visibleQuestion(c: Ctx, id: string): Promise<QuestionRecord> {
  const question = await findQuestion(c.var.services.db, c.var.community.id, id)
  if (!question) throw qaErrors.qa_question_not_found()
  if (question.status === 'published') return question
  const member = optionalMember(c)
  if (member?.id === question.authorId || hasAnyRole(c.var.principal, STAFF_READERS)) return question
  throw qaErrors.qa_question_not_found()
}

/** A published question that takes public answers (not routed to medical information). */
export async function answerableQuestion(c: Ctx, id: string): Promise<QuestionRecord> {
  const question = await findQuestion(c.var.services.db, c.var.community.id, id)
  if (question?.status !== 'published') throw qaErrors.qa_question_not_found()
  if (question.route === 'medical_information') throw qaErrors.qa_question_routed()
  return question
}

/** An expert answer (draft or official) of this community. */
export async function expertAnswer(c: Ctx, id: string) {
  const answer = await findAnswer(c.var.services.db, c.var.community.id, id)
  if (answer?.kind !== 'expert') throw qaErrors.qa_draft_not_found()
  return answer
}
