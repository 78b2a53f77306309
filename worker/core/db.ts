/** Small D1 helpers shared by every queries module. SQL itself stays in each feature's `queries.ts`. */

export async function first<T>(statement: D1PreparedStatement): Promise<T | null> {
  return (await statement.first<T>()) ?? null
}

export async function all<T>(statement: D1PreparedStatement): Promise<T[]> {
  return (await statement.all<T>()).results
}

/** D1 reports constraint failures as plain errors; this recognises a UNIQUE violation. */
export function isUniqueViolation(err: unknown): boolean {
  return err instanceof Error && /UNIQUE constraint failed/i.test(err.message)
}

export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (text == null || text === '') return fallback
  return JSON.parse(text) as T
}

/** Rows read and written by a batch or a statement, from D1's `meta`; used by benchmarks and budget tests. */
export function sumMeta(results: readonly D1Result[]): { rowsRead: number; rowsWritten: number } {
  let rowsRead = 0
  let rowsWritten = 0
  for (const result of results) {
    rowsRead += result.meta.rows_read ?? 0
    rowsWritten += result.meta.rows_written ?? 0
  }
  return { rowsRead, rowsWritten }
}
