import { companyRoles, type StaffRole } from '../auth/roles'
import type { Locale } from '../communities/schema'
import type { Badge, BadgeCode } from './schema'

const labels: Record<BadgeCode, Record<Locale, string>> = {
  invited: { en: 'Invited participant', es: 'Participante invitado/a' },
  free_product: { en: 'Received product at no cost', es: 'Recibió el producto sin costo' },
  compensated: { en: 'Received compensation or rewards', es: 'Recibió compensación o recompensas' },
  employee: { en: 'Works for {hco}', es: 'Trabaja para {hco}' },
  hco_staff: { en: 'Speaks for {hco}', es: 'Habla en nombre de {hco}' },
}

/** The badges shown with a member's posts: their own plus `hco_staff` when they hold a company role. */
export function displayBadges(badges: readonly BadgeCode[], roles: readonly StaffRole[]): BadgeCode[] {
  const all = new Set(badges)
  if (roles.some((role) => companyRoles.includes(role))) all.add('hco_staff')
  return [...all]
}

export function labelBadges(codes: readonly BadgeCode[], locale: Locale, hcoName: string): Badge[] {
  return codes.map((code) => ({ code, label: labels[code][locale].replace('{hco}', hcoName) }))
}
