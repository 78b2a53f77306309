import { z } from '@hono/zod-openapi'

/** Staff roles a member can hold on top of plain membership. */
export const staffRoles = ['expert', 'reviewer', 'moderator', 'safety', 'analyst', 'admin'] as const
export const StaffRole = z.enum(staffRoles)
export type StaffRole = z.infer<typeof StaffRole>
export type Role = 'member' | StaffRole

/** Roles whose holders act for the company: disclosed on their posts (`hco_staff`), and their text is not screened. */
export const companyRoles: readonly StaffRole[] = ['expert', 'reviewer', 'moderator', 'safety', 'admin']

/**
 * Who may call a route:
 * - `public`: anyone, signed in or not;
 * - `member`: any active member of the route's community (staff included);
 * - `platform`: only the platform administrator credential (ADMIN_TOKEN);
 * - a list of staff roles: a member holding at least one of them (the platform credential counts as `admin`).
 */
export type Access = 'public' | 'member' | 'platform' | readonly StaffRole[]

export function describeAccess(access: Access): string {
  if (typeof access === 'string') return access
  return access.join(' | ')
}
