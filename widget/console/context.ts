import type { Api, Me, PublicCommunity } from '../api'

export interface ConsoleContext {
  api: Api
  community: PublicCommunity
  me: Me
}

/** Formats an ISO time for staff screens (their own locale and zone). */
export function when(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString() : '—'
}
