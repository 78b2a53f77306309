/**
 * A D1 binding that counts what D1 reports in `meta` (rows read, rows written) for every statement and batch.
 * Used by budget tests (inside workerd) and by the benchmarks in bench/ (under Node with a local D1).
 */
export interface Meter {
  rowsRead: number
  rowsWritten: number
  statements: number
  reset(): void
}

const ORIGINAL = Symbol('original')

function record(meter: Meter, results: readonly D1Result[]) {
  for (const r of results) {
    meter.rowsRead += r.meta.rows_read ?? 0
    meter.rowsWritten += r.meta.rows_written ?? 0
    meter.statements += 1
  }
}

function wrapStatement(statement: D1PreparedStatement, meter: Meter): D1PreparedStatement {
  const wrapped = {
    [ORIGINAL]: statement,
    bind: (...values: unknown[]) => wrapStatement(statement.bind(...values), meter),
    async all<T>() {
      const result = await statement.all<T>()
      record(meter, [result])
      return result
    },
    async run<T>() {
      const result = await statement.run<T>()
      record(meter, [result])
      return result
    },
    // `first()` hides meta, so it is answered from `all()`: the same query, read the same way.
    async first<T>(column?: string) {
      const result = await statement.all<Record<string, unknown>>()
      record(meter, [result])
      const row = result.results[0]
      if (!row) return null
      return (column ? row[column] : row) as T
    },
    raw: statement.raw.bind(statement),
  }
  return wrapped as unknown as D1PreparedStatement
}

export function meteredDb(db: D1Database): { db: D1Database; meter: Meter } {
  const meter: Meter = {
    rowsRead: 0,
    rowsWritten: 0,
    statements: 0,
    reset() {
      this.rowsRead = 0
      this.rowsWritten = 0
      this.statements = 0
    },
  }
  const wrapped = {
    prepare: (sql: string) => wrapStatement(db.prepare(sql), meter),
    async batch<T>(statements: D1PreparedStatement[]) {
      const originals = statements.map(
        (s) => (s as unknown as { [ORIGINAL]?: D1PreparedStatement })[ORIGINAL] ?? s,
      )
      const results = await db.batch<T>(originals)
      record(meter, results)
      return results
    },
    exec: db.exec.bind(db),
    dump: db.dump?.bind(db),
    withSession: db.withSession?.bind(db),
  }
  return { db: wrapped as unknown as D1Database, meter }
}
