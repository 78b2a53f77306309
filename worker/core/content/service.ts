import type { Community } from '../communities/schema'
import { newId } from '../crypto'
import { dispatch } from '../delivery/service'
import { coreErrors } from '../errors'
import type { ClientInfo } from '../http/client'
import { displayBadges } from '../members/badges'
import type { AuthorSnapshot, MemberRecord } from '../members/schema'
import { enabledFor, type PluginRegistry } from '../plugin-host'
import type { Services } from '../services'
import {
  type AfterStoreContext,
  type ContentStatus,
  type PublicDecision,
  runBeforeStore,
  statusFor,
  type TextFields,
} from './pipeline'
import { advanceContent, type ContentRecord, insertContent, insertVersion, setContentStatus } from './queries'

export function authorSnapshot(member: MemberRecord): AuthorSnapshot {
  return {
    id: member.id,
    pseudonym: member.pseudonym,
    badges: displayBadges(member.badges, member.roles),
    roles: member.roles,
    joinedAt: member.createdAt,
  }
}

/** What the owning plugin receives to write its own public row(s) in the same batch. */
export interface StoreOutcome {
  id: string
  status: ContentStatus
  /** The code of the reason that decided a hold or rejection (shown to the author), else null. */
  statusReason: string | null
  version: number
  /** Public text after the pipeline (redacted where needed). */
  fields: TextFields
  decision: PublicDecision
  author: AuthorSnapshot
  createdAt: number
}

export interface StoreInput {
  community: Community
  author: MemberRecord
  type: string
  parentId?: string | null
  fields: TextFields
  data?: unknown
  locale: string
  client: ClientInfo
}

export interface StoreOptions {
  /** The owner's statements (its public row, idempotency completion…), committed atomically with the content. */
  commit: (outcome: StoreOutcome) => D1PreparedStatement[]
  waitUntil: (promise: Promise<unknown>) => void
}

function contentTypeOf(registry: PluginRegistry, type: string) {
  const contentType = registry.contentTypes.get(type)
  if (!contentType) throw new Error(`Content type "${type}" is not declared by any enabled plugin.`)
  return contentType
}

/** Where an item is shown (its content type's `link`), or null when no enabled plugin owns its type. */
export function contentLink(registry: PluginRegistry, slug: string, item: { type: string; id: string }) {
  return registry.contentTypes.get(item.type)?.link(slug, item.id) ?? null
}

async function runAfterStore(services: Services, ctx: Omit<AfterStoreContext, 'env' | 'db' | 'dispatch'>) {
  const hooks = enabledFor(services.registry, services.registry.afterStore, ctx.community.plugins)
  const dispatchIds = (ids: string[]) => dispatch(services.env, services.now, ids, ctx.waitUntil)
  for (const hook of hooks) {
    try {
      await hook.run({ ...ctx, db: services.db, env: services.env, dispatch: dispatchIds })
    } catch (err) {
      // The content is committed; an after-store effect (a delivery) must not turn that into an error answer.
      // Effects that must not be lost are written in the same batch by a beforeStore hook instead.
      console.error(
        `[cocreate] afterStore hook ${hook.plugin}.${hook.name} failed for ${ctx.content.id}`,
        err,
      )
    }
  }
}

interface Draft {
  community: Community
  author: MemberRecord
  record: ContentRecord
  fields: TextFields
  data?: unknown
  isEdit: boolean
  client: ClientInfo
}

/** Runs the hooks and builds the registry, version and owner statements of one new version. */
async function prepareVersion(services: Services, draft: Draft, options: StoreOptions) {
  const now = services.now()
  const author = authorSnapshot(draft.author)
  const hooks = enabledFor(services.registry, services.registry.beforeStore, draft.community.plugins)
  const { record } = draft
  const link = contentTypeOf(services.registry, record.type).link(draft.community.slug, record.id)
  const decision = await runBeforeStore(hooks, {
    db: services.db,
    now,
    community: draft.community,
    author,
    client: draft.client,
    content: {
      id: record.id,
      link,
      type: record.type,
      parentId: record.parentId,
      fields: draft.fields,
      original: draft.fields,
      data: draft.data,
      locale: record.locale,
      isEdit: draft.isEdit,
    },
  })
  const { writes, dispatch: toDispatch, ...publicDecision } = decision
  const version = draft.isEdit ? record.version + 1 : 1
  const deciding = decision.reasons.find((r) => r.verdict === decision.verdict && r.verdict !== 'publish')
  const outcome: StoreOutcome = {
    id: record.id,
    status: statusFor(decision.verdict),
    statusReason: deciding?.code ?? null,
    version,
    fields: decision.fields,
    decision: publicDecision,
    author,
    createdAt: record.createdAt,
  }
  const versionRow = insertVersion(services.db, {
    contentId: record.id,
    version,
    communityId: draft.community.id,
    editorId: author.id,
    editorKind: 'author',
    original: draft.fields,
    public: decision.fields,
    data: draft.data,
    decision: { verdict: decision.verdict, reasons: decision.reasons, flags: decision.flags },
    createdAt: now,
  })
  const after = async () => {
    await dispatch(services.env, services.now, toDispatch, options.waitUntil)
    await runAfterStore(services, {
      now,
      community: draft.community,
      author,
      content: {
        ...record,
        link,
        status: outcome.status,
        version,
        fields: decision.fields,
      },
      decision: publicDecision,
      waitUntil: options.waitUntil,
    })
  }
  return { now, outcome, versionRow, owned: [...options.commit(outcome), ...writes], after }
}

/**
 * Stores a new piece of consumer text: runs the ordered beforeStore hooks, then writes the registry row, the
 * verbatim version, the hooks' own writes and the owner's rows in ONE batch; then runs afterStore hooks.
 */
export async function storeContent(services: Services, input: StoreInput, options: StoreOptions) {
  const now = services.now()
  const record: ContentRecord = {
    id: newId(input.type.slice(0, 3), now),
    communityId: input.community.id,
    type: input.type,
    parentId: input.parentId ?? null,
    authorId: input.author.id,
    status: 'pending',
    statusReason: null,
    version: 1,
    flags: [],
    locale: input.locale,
    createdAt: now,
    updatedAt: now,
  }
  const draft = { ...input, record, isEdit: false }
  const prepared = await prepareVersion(services, draft, options)
  const { outcome } = prepared
  await services.db.batch([
    insertContent(services.db, {
      ...record,
      status: outcome.status,
      statusReason: outcome.statusReason,
      flags: outcome.decision.flags,
    }),
    prepared.versionRow,
    ...prepared.owned,
  ])
  await prepared.after()
  return outcome
}

export interface EditInput {
  community: Community
  author: MemberRecord
  content: ContentRecord
  fields: TextFields
  data?: unknown
  client: ClientInfo
}

/**
 * An author's edit: a new version through the same pipeline (so an edit cannot smuggle in what a post could
 * not), kept alongside every earlier one. Refused with 409 if someone else changed the content meanwhile.
 */
export async function editContent(services: Services, input: EditInput, options: StoreOptions) {
  const draft = { ...input, record: input.content, isEdit: true }
  const prepared = await prepareVersion(services, draft, options)
  const { outcome } = prepared
  const advance = advanceContent(services.db, {
    id: input.content.id,
    fromVersion: input.content.version,
    status: outcome.status,
    reason: outcome.statusReason,
    flags: outcome.decision.flags,
    now: prepared.now,
  })
  try {
    await services.db.batch([advance, prepared.versionRow, ...prepared.owned])
  } catch (err) {
    // The version primary key rejects a second edit racing from the same starting version.
    if (err instanceof Error && /UNIQUE constraint failed: content_versions/.test(err.message)) {
      throw coreErrors.conflict({ reason: 'edited_concurrently' })
    }
    throw err
  }
  await prepared.after()
  return outcome
}

/**
 * Statements that move a piece of content to `status` in the registry and in its owner's public table; `reason`
 * (a code such as `off_topic`) is what its author is told.
 */
export function statusStatements(
  services: Services,
  content: Pick<ContentRecord, 'id' | 'type'>,
  status: ContentStatus,
  reason: string | null = null,
): D1PreparedStatement[] {
  const now = services.now()
  return [
    setContentStatus(services.db, { id: content.id, status, reason, now }),
    ...contentTypeOf(services.registry, content.type).setStatus(services.db, content.id, status, now),
  ]
}

/** Statements that replace the public text (moderator edit, redaction) and keep the new version on record. */
export function replaceTextStatements(
  services: Services,
  content: ContentRecord,
  edit: { fields: TextFields; editorId: string; editorKind: 'moderator' | 'system'; reason: string },
): D1PreparedStatement[] {
  const now = services.now()
  return [
    advanceContent(services.db, {
      id: content.id,
      fromVersion: content.version,
      status: content.status,
      reason: content.statusReason,
      flags: content.flags,
      now,
    }),
    insertVersion(services.db, {
      contentId: content.id,
      version: content.version + 1,
      communityId: content.communityId,
      editorId: edit.editorId,
      editorKind: edit.editorKind,
      original: edit.fields,
      public: edit.fields,
      data: undefined,
      decision: { verdict: 'publish', reasons: [], flags: [`edited_by_${edit.editorKind}:${edit.reason}`] },
      createdAt: now,
    }),
    ...contentTypeOf(services.registry, content.type).setPublicFields(
      services.db,
      content.id,
      edit.fields,
      'moderator',
      now,
    ),
  ]
}
