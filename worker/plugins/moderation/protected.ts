import type { Community } from '../../core/communities/schema'
import { moderationErrors } from './errors'
import type { ModerationRules } from './schema'
import { compileTerm, fold, occursIn, readings } from './text'

/**
 * Words a word list may not hold, so the lists cannot be turned into a filter of negative reviews (FTC 16 CFR
 * 465) or of side-effect reports (which must reach safety staff, and other members). English and Spanish.
 */
const OPINION = [
  'bad',
  'worse',
  'worst',
  'terrible',
  'awful',
  'horrible',
  'useless',
  'waste',
  'scam',
  'fraud',
  'ripoff',
  'rip off',
  'overpriced',
  'disappointed',
  'disappointing',
  'disappointment',
  'ineffective',
  'poor',
  'hate',
  'regret',
  'refund',
  'complaint',
  'unsafe',
  'dangerous',
  'not working',
  'does not work',
  'doesnt work',
  'did not work',
  'didnt work',
  'malo',
  'mala',
  'peor',
  'pesimo',
  'pesima',
  'inutil',
  'estafa',
  'fraude',
  'decepcionado',
  'decepcionada',
  'decepcion',
  'queja',
  'reembolso',
  'peligroso',
  'no funciona',
  'no funciono',
]
const SIDE_EFFECTS = [
  'side effect',
  'side effects',
  'adverse',
  'reaction',
  'pain',
  'sick',
  'nausea',
  'diarrhea',
  'efecto secundario',
  'efectos secundarios',
  'reaccion',
  'dolor',
]

type Because = 'opinion' | 'side_effects' | 'product_name' | 'company_name'

function namesOf(community: Pick<Community, 'product' | 'hco'>): [Because, string[]][] {
  const words = (name: string) =>
    fold(name)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4 && !/^\d+$/.test(w))
  return [
    ['product_name', words(community.product.name)],
    ['company_name', words(community.hco.name)],
  ]
}

/** Why a list entry is refused, or null: it would match a protected word, or it contains one. */
function refusal(entry: string, protectedWords: [Because, string[]][]): Because | null {
  const term = compileTerm(entry)
  if (!term) return null
  const entryWords = readings(entry)
  for (const [because, list] of protectedWords) {
    for (const word of list) {
      const protectedTerm = compileTerm(word)
      if (!protectedTerm) continue
      if (occursIn(protectedTerm.tokens, term)) return because
      if (entryWords.some((words) => occursIn(words, protectedTerm))) return because
    }
  }
  return null
}

/** Refuses (422 `moderation_protected_term`) word lists that would suppress opinions or safety signals. */
export function checkProtectedTerms(
  rules: Pick<ModerationRules, 'blockedTerms' | 'reviewTerms'>,
  community: Pick<Community, 'product' | 'hco'>,
): void {
  const protectedWords: [Because, string[]][] = [
    ['opinion', OPINION],
    ['side_effects', SIDE_EFFECTS],
    ...namesOf(community),
  ]
  const refused = [
    ...rules.blockedTerms.map((term) => ({ list: 'blockedTerms', term })),
    ...rules.reviewTerms.map((term) => ({ list: 'reviewTerms', term })),
  ]
    .map((entry) => ({ ...entry, because: refusal(entry.term, protectedWords) }))
    .filter((entry) => entry.because !== null)
  if (refused.length > 0) throw moderationErrors.moderation_protected_term({ terms: refused })
}
