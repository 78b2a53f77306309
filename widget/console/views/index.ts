import type { ComponentType } from 'preact'
import type { StaffRole } from '../../../worker/core/auth/roles'
import type { ConsoleContext } from '../context'

/** A console view: shown to members holding one of `roles`, when its plugin is on; its code loads on first open. */
export interface ConsoleView {
  id: string
  label: string
  roles: readonly StaffRole[]
  plugin?: string
  load: () => Promise<{ default: ComponentType<{ ctx: ConsoleContext }> }>
}

export const views: ConsoleView[] = [
  { id: 'safety', label: 'Safety cases', roles: ['safety', 'admin'], load: () => import('./safety') },
  {
    id: 'inbox',
    label: 'Expert inbox',
    roles: ['expert', 'reviewer'],
    plugin: 'qa',
    load: () => import('./inbox'),
  },
  { id: 'moderation', label: 'Moderation queue', roles: ['moderator'], load: () => import('./moderation') },
  { id: 'metrics', label: 'Listening', roles: ['analyst', 'admin'], load: () => import('./metrics') },
  {
    id: 'feedback',
    label: 'Feedback summary',
    roles: ['analyst', 'admin'],
    plugin: 'experiences',
    load: () => import('./feedback'),
  },
  { id: 'audit', label: 'Audit log', roles: ['admin'], load: () => import('./audit') },
  { id: 'deliveries', label: 'Deliveries', roles: ['admin', 'safety'], load: () => import('./deliveries') },
]
