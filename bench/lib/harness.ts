// Benchmarks run the real app in-process under Node against a fresh local D1 (the same SQLite engine as
// `wrangler dev`), with a metered D1 binding that adds up the rows D1 reports read and written.
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { getPlatformProxy } from 'wrangler'
import { Seeder } from '../../scripts/seed/seeder'
import { type Meter, meteredDb } from '../../test/helpers/metered-db'
import type { Bindings } from '../../worker/env'

export const BENCH_ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef'

export interface Bench {
  s: Seeder
  meter: Meter
  /** Runs `fn` and returns the rows it read and wrote. */
  measure(fn: () => Promise<unknown>): Promise<{ rowsRead: number; rowsWritten: number; statements: number }>
  dispose(): Promise<void>
}

export async function openBench(name: string): Promise<Bench> {
  const dir = join(process.cwd(), '.cache/bench', name)
  rmSync(dir, { recursive: true, force: true })
  const migrate = spawnSync(
    'node_modules/.bin/wrangler',
    ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', dir],
    {
      stdio: 'ignore',
    },
  )
  if (migrate.status !== 0) throw new Error('could not apply migrations for the benchmark')
  const { env, dispose } = await getPlatformProxy<Bindings>({
    configPath: 'wrangler.toml',
    persist: { path: join(dir, 'v3') },
  })
  const { db, meter } = meteredDb(env.DB)
  const s = new Seeder(
    { ...env, DB: db, ADMIN_TOKEN: BENCH_ADMIN_TOKEN, DELIVERIES: undefined },
    Date.now() - 90 * 86_400_000,
  )
  return {
    s,
    meter,
    async measure(fn) {
      meter.reset()
      await fn()
      return { rowsRead: meter.rowsRead, rowsWritten: meter.rowsWritten, statements: meter.statements }
    },
    dispose,
  }
}

/** Prints a result table in Markdown, ready to paste into the README. */
export function table(title: string, header: string[], rows: (string | number)[][]): void {
  console.log(`\n### ${title}\n`)
  console.log(`| ${header.join(' | ')} |`)
  console.log(`|${header.map(() => '---').join('|')}|`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
}
