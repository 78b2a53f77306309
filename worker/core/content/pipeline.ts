import type { Community } from '../communities/schema'
import type { ClientInfo } from '../http/client'
import type { AuthorSnapshot } from '../members/schema'

/** What a hook wants done with a piece of consumer text. The strictest verdict wins: reject > hold > publish. */
export type Verdict = 'publish' | 'hold' | 'reject'
const severity: Record<Verdict, number> = { publish: 0, hold: 1, reject: 2 }

/** Why a hook decided what it did; `public` reasons may be shown to the author (e.g. a rejection reason code). */
export interface Reason {
  hook: string
  verdict: Verdict
  code: string
  message: string
  public?: boolean
}

/** The text fields of one piece of content, keyed by field id (`title`, `body`, `story`, `answers.q3`…). */
export type TextFields = Record<string, string>

export interface ContentDraft {
  id: string
  /** Where the item is shown (from its content type's `link`), relative to the API origin. */
  link: string
  type: string
  parentId: string | null
  /** Text as the pipeline currently has it: earlier hooks' redactions already applied. */
  fields: TextFields
  /** The verbatim text the author sent; never changed by hooks. */
  original: TextFields
  /** Structured data stored with the version (e.g. an experience report's answers and `sideEffects`). */
  data?: unknown
  /** Locale the author wrote in. */
  locale: string
  isEdit: boolean
}

/** Everything a hook may read. Hooks declare the part they use with `Pick<HookContext, ...>`. */
export interface HookContext {
  db: D1Database
  now: number
  community: Community
  author: AuthorSnapshot
  content: ContentDraft
  /** The sender's IP and user agent (for rate limits); the IP is null when Cloudflare does not give it. */
  client: ClientInfo
  /** The decision merged from the hooks that ran before this one. */
  decision: Decision
}

/** A hook's partial decision; everything is optional and merged by the pipeline. */
export interface HookResult {
  verdict?: Verdict
  reasons?: Omit<Reason, 'hook'>[]
  /** Replacement text for some fields (e.g. redacted); later hooks see it. */
  fields?: TextFields
  flags?: string[]
  /** Writes committed in the same D1 batch as the content itself, so nothing is lost between them. */
  writes?: D1PreparedStatement[]
  /** Delivery outbox rows (`deliveryStatement` in core/delivery): written in the batch, dispatched once it commits. */
  deliveries?: { id: string; statement: D1PreparedStatement }[]
}

export interface Decision {
  verdict: Verdict
  reasons: Reason[]
  fields: TextFields
  flags: string[]
  writes: D1PreparedStatement[]
  dispatch: string[]
}

/** The decision as stored and shown: without the statements it carried into the batch. */
export type PublicDecision = Omit<Decision, 'writes' | 'dispatch'>

export type BeforeStoreHook = (ctx: HookContext) => HookResult | undefined | Promise<HookResult | undefined>

/** Runs after the content is committed, for effects outside D1 (deliveries); it cannot change the decision. */
export type AfterStoreHook = (ctx: AfterStoreContext) => void | Promise<void>

export interface StoredContent {
  id: string
  /** Where the item is shown (from its content type's `link`), relative to the API origin. */
  link: string
  type: string
  parentId: string | null
  status: ContentStatus
  fields: TextFields
  authorId: string
  version: number
  createdAt: number
}

export interface AfterStoreContext {
  db: D1Database
  now: number
  env: import('../../env').Bindings
  community: Community
  author: AuthorSnapshot
  content: StoredContent
  decision: PublicDecision
  /** Hands committed delivery outbox rows to the queue (with the app's clock and this request's waitUntil). */
  dispatch: (ids: string[]) => Promise<void>
  /** Keeps the worker alive for background work (delivery) after the response is sent. */
  waitUntil: (promise: Promise<unknown>) => void
}

export interface NamedHook<H> {
  plugin: string
  name: string
  run: H
}

export type ContentStatus = 'published' | 'pending' | 'rejected' | 'withdrawn' | 'removed'

export function statusFor(verdict: Verdict): ContentStatus {
  return verdict === 'publish' ? 'published' : verdict === 'hold' ? 'pending' : 'rejected'
}

export function initialDecision(fields: TextFields): Decision {
  return { verdict: 'publish', reasons: [], fields: { ...fields }, flags: [], writes: [], dispatch: [] }
}

/** Merges one hook's partial result into the decision so far. Pure, so it is tested without D1. */
export function mergeDecision(decision: Decision, hook: string, result: HookResult | undefined): Decision {
  if (!result) return decision
  const verdict =
    result.verdict && severity[result.verdict] > severity[decision.verdict]
      ? result.verdict
      : decision.verdict
  return {
    verdict,
    reasons: [...decision.reasons, ...(result.reasons ?? []).map((reason) => ({ ...reason, hook }))],
    fields: { ...decision.fields, ...(result.fields ?? {}) },
    flags: [...new Set([...decision.flags, ...(result.flags ?? [])])],
    writes: [
      ...decision.writes,
      ...(result.writes ?? []),
      ...(result.deliveries ?? []).map((d) => d.statement),
    ],
    dispatch: [...decision.dispatch, ...(result.deliveries ?? []).map((d) => d.id)],
  }
}

/**
 * Runs every hook in order. No hook short-circuits the others: a post that a word list rejects must still be
 * screened for adverse events, because a missed safety signal is worse than extra work.
 */
export async function runBeforeStore(
  hooks: readonly NamedHook<BeforeStoreHook>[],
  base: Omit<HookContext, 'decision'>,
): Promise<Decision> {
  let decision = initialDecision(base.content.fields)
  for (const hook of hooks) {
    const content = { ...base.content, fields: decision.fields }
    const result = await hook.run({ ...base, content, decision })
    decision = mergeDecision(decision, `${hook.plugin}.${hook.name}`, result)
  }
  return decision
}
