export const DAY_MS = 86_400_000

/** Timestamps are stored as epoch milliseconds and answered as ISO 8601 strings. */
export function iso(ms: number): string {
  return new Date(ms).toISOString()
}

export function isoOrNull(ms: number | null | undefined): string | null {
  return ms == null ? null : iso(ms)
}
