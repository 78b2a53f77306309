import type { Locale } from '../worker/core/communities/schema'

/** A date in the reader's language ("Mar 3, 2026" / "3 de marzo de 2026"). Imported only by lazy tabs. */
export function formatDate(iso: string, locale: Locale, month: 'short' | 'long'): string {
  return new Date(iso).toLocaleDateString(locale === 'es' ? 'es' : 'en', {
    year: 'numeric',
    month,
    day: 'numeric',
  })
}
