/**
 * HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)) that consumers type into posts. `location` covers
 * places smaller than a state (cities, ZIP codes); `id_number` covers record, health-plan, account, licence,
 * certificate and device serial numbers.
 */
export const identifierTypes = [
  'name',
  'email',
  'phone',
  'fax',
  'address',
  'location',
  'date',
  'age',
  'id_number',
  'ssn',
  'url',
  'ip',
] as const
export type IdentifierType = (typeof identifierTypes)[number]

/** One identifier found in a text: `[start, end)` is replaced by the type's marker. */
export interface Span {
  start: number
  end: number
  type: IdentifierType
  /** Higher wins when two spans overlap (an SSN beats the phone number it also looks like). */
  priority: number
}

export interface RedactOptions {
  /** `es` gives Spanish markers; anything else English. */
  locale: string
  /** Words never redacted as names: the product, the HCO, the community, configured terms, pseudonyms. */
  keep: readonly string[]
  /** Hosts whose links stay (the HCO's own site and label); sub-domains included. */
  keepHosts: readonly string[]
}

const en: Record<IdentifierType, string> = {
  name: '[name removed]',
  email: '[email removed]',
  phone: '[phone removed]',
  fax: '[fax removed]',
  address: '[address removed]',
  location: '[location removed]',
  date: '[date removed]',
  age: '[age over 89]',
  id_number: '[ID number removed]',
  ssn: '[SSN removed]',
  url: '[link removed]',
  ip: '[IP address removed]',
}

const es: Record<IdentifierType, string> = {
  name: '[nombre eliminado]',
  email: '[correo eliminado]',
  phone: '[teléfono eliminado]',
  fax: '[fax eliminado]',
  address: '[dirección eliminada]',
  location: '[lugar eliminado]',
  date: '[fecha eliminada]',
  age: '[edad mayor de 89]',
  id_number: '[número de identificación eliminado]',
  ssn: '[número de seguro social eliminado]',
  url: '[enlace eliminado]',
  ip: '[dirección IP eliminada]',
}

/** The neutral marker public text shows in place of an identifier. */
export function markerFor(type: IdentifierType, locale: string): string {
  return (locale.startsWith('es') ? es : en)[type]
}

/** Every match of a global regex, with the span of capture group `group` (0 = the whole match). */
export function* matches(re: RegExp, text: string, group = 0): Generator<{ start: number; end: number }> {
  const withIndices = re.hasIndices ? re : new RegExp(re.source, `${re.flags}d`)
  for (const m of text.matchAll(withIndices)) {
    const range = m.indices?.[group]
    if (!range || range[0] === range[1]) continue
    yield { start: range[0], end: range[1] }
  }
}
