import { describe, expect, it } from 'vitest'
import { buildWidget, initialLoad } from '../../scripts/build-widget.mjs'

/** The initial load of the widget on a product page (entry + static imports, JS and CSS, gzipped). */
const BUDGET_BYTES = 12 * 1024

describe('widget size budget', () => {
  it(`loads at most ${BUDGET_BYTES / 1024} KiB gzipped up front, with tabs and the join form loaded lazily`, async () => {
    const sizes = initialLoad(await buildWidget({ write: false }))
    expect(sizes.gzip).toBeLessThanOrEqual(BUDGET_BYTES)
    // The join form and each tab are separate chunks, fetched only when used.
    expect(sizes.lazy.some((file: string) => /join-/.test(file))).toBe(true)
    expect(sizes.lazy.length).toBeGreaterThanOrEqual(4)
  })
})
