import type { Community } from '../../../core/communities/schema'
import { coreErrors } from '../../../core/errors'
import { allForms, formsByVersion, insertForm, latestForm } from '../queries'
import type { FormDefinition } from '../schema'
import { defaultForm } from './defaults'
import { checkFieldTypes, checkLocales } from './validate'

/** A form version as served: stored, or the built-in default (version 1) for the product kind. */
export interface ResolvedForm {
  version: number
  definition: FormDefinition
  isDefault: boolean
  createdAt: number | null
}

function builtIn(community: Community): ResolvedForm {
  return { version: 1, definition: defaultForm(community.product.kind), isDefault: true, createdAt: null }
}

/** The form new reports are written against (one indexed row read). */
export async function currentForm(db: D1Database, community: Community): Promise<ResolvedForm> {
  const stored = await latestForm(db, community.id)
  return stored ? { ...stored, isDefault: false } : builtIn(community)
}

/** One version, or null if the community never had it. */
export async function formAt(db: D1Database, community: Community, version: number) {
  const [stored] = await formsByVersion(db, community.id, [version])
  if (stored) return { ...stored, isDefault: false }
  return version === 1 ? builtIn(community) : null
}

/** The definitions of the versions some reports were written against (one row per stored version). */
export async function formsFor(
  db: D1Database,
  community: Community,
  versions: readonly number[],
): Promise<Map<number, FormDefinition>> {
  const wanted = [...new Set(versions)]
  const map = new Map<number, FormDefinition>()
  if (wanted.length === 0) return map
  for (const form of await formsByVersion(db, community.id, wanted)) map.set(form.version, form.definition)
  if (wanted.includes(1) && !map.has(1)) map.set(1, builtIn(community).definition)
  return map
}

/** Every version, oldest first (the built-in default when none was saved). */
export async function formHistory(db: D1Database, community: Community): Promise<ResolvedForm[]> {
  const stored = await allForms(db, community.id)
  return stored.length > 0 ? stored.map((f) => ({ ...f, isDefault: false })) : [builtIn(community)]
}

/**
 * The statements that save `definition` as the next version. The first save also stores the built-in
 * default as version 1, so reports written against it keep their labels if the product kind changes.
 */
export async function saveFormStatements(
  db: D1Database,
  community: Community,
  input: { definition: FormDefinition; baseVersion?: number; actorId: string; now: number },
) {
  const history = await formHistory(db, community)
  const current = history[history.length - 1]!
  if (input.baseVersion !== undefined && input.baseVersion !== current.version) {
    throw coreErrors.conflict({ reason: 'form_changed', currentVersion: current.version })
  }
  checkLocales(input.definition, community.locales)
  checkFieldTypes(input.definition, history)
  const version = current.version + 1
  const statements = current.isDefault
    ? [
        insertForm(db, {
          communityId: community.id,
          version: 1,
          definition: current.definition,
          createdBy: 'system',
          now: input.now,
        }),
      ]
    : []
  statements.push(
    insertForm(db, {
      communityId: community.id,
      version,
      definition: input.definition,
      createdBy: input.actorId,
      now: input.now,
    }),
  )
  return { version, previous: current, statements }
}
