import type { Community } from '../../core/communities/schema'
import type { HookContext, HookResult } from '../../core/content/pipeline'
import { newId } from '../../core/crypto'
import { findEndpoint } from '../../core/delivery/queries'
import { deliveryStatement } from '../../core/delivery/service'
import { insertRouteLog } from './queries/medinfo'
import { type Cue, cueById, detectMedicalInformation } from './routing-rules'

// The routing decision is taken when the question is stored, by this beforeStore hook: its flags and reason
// are kept with the version in the core content registry (auditable), the question row copies them, and
// qa_route_log records the decision. Experts can change it later (also logged).

export const ROUTED_FLAG = 'qa_medical_information'
const CUE_FLAG = 'qa_cue:'
/** The webhook endpoint name an HCO configures to receive routed questions in its medical-information system. */
export const MEDINFO_ENDPOINT = 'medinfo'

export function cuesFromFlags(flags: readonly string[]): string[] {
  return flags.filter((f) => f.startsWith(CUE_FLAG)).map((f) => f.slice(CUE_FLAG.length))
}

export function explainCues(ids: readonly string[]): Cue[] {
  return ids.map((id) => cueById(id)).filter((cue): cue is Cue => cue !== null)
}

async function medinfoDelivery(
  ctx: Pick<HookContext, 'db' | 'now' | 'community' | 'content'>,
  cues: string[],
) {
  const endpoint = await findEndpoint(ctx.db, ctx.community.id, MEDINFO_ENDPOINT)
  if (!endpoint) return null
  return deliveryStatement(ctx.db, ctx.now, {
    communityId: ctx.community.id,
    endpoint: MEDINFO_ENDPOINT,
    topic: 'qa.question.routed',
    data: {
      questionId: ctx.content.id,
      link: questionLink(ctx.community.slug, ctx.content.id),
      locale: ctx.content.locale,
      cues,
      // The medical-information system is a restricted company system: it receives the verbatim question.
      question: ctx.content.original,
    },
  })
}

export function questionLink(slug: string, id: string): string {
  return `/v1/qa/${slug}/questions/${id}`
}

/** Routes a new question that asks for personal medical advice or about off-label use (see routing-rules.ts). */
export async function routeMedicalInformation(
  ctx: Pick<HookContext, 'db' | 'now' | 'community' | 'content'>,
): Promise<HookResult | undefined> {
  if (ctx.content.type !== 'question' || ctx.content.isEdit) return undefined
  const text = `${ctx.content.original.title ?? ''}\n${ctx.content.original.body ?? ''}`
  const detection = detectMedicalInformation(text, productFacts(ctx.community))
  if (!detection.routed) return undefined
  const cues = detection.cues.map((cue) => cue.id)
  const delivery = await medinfoDelivery(ctx, cues)
  return {
    flags: [ROUTED_FLAG, ...cues.map((id) => `${CUE_FLAG}${id}`)],
    reasons: [
      {
        verdict: 'publish',
        code: ROUTED_FLAG,
        message: `Routed to medical information; cues: ${detection.cues.map((c) => c.label).join('; ')}.`,
      },
    ],
    writes: [
      insertRouteLog(ctx.db, {
        id: newId('qrl', ctx.now),
        questionId: ctx.content.id,
        communityId: ctx.community.id,
        route: 'medical_information',
        source: 'auto',
        actorId: 'system',
        cues,
        note: null,
        at: ctx.now,
      }),
    ],
    deliveries: delivery ? [delivery] : [],
  }
}

function productFacts(community: Pick<Community, 'product'>) {
  const { approvedUse, kind, name } = community.product
  return { approvedUse: approvedUse ?? '', kind, name }
}
