#!/usr/bin/env node
// `npm run bench [name]`: bundles and runs bench/*.bench.ts (or only bench/<name>.bench.ts) under Node.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const only = process.argv[2]
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f === `${only}.bench.ts`)
if (files.length === 0) {
  console.error(`[bench] no benchmark ${only ? `named ${only}` : 'found'} in bench/`)
  process.exit(1)
}
mkdirSync(join(root, '.cache'), { recursive: true })
let failed = 0
for (const file of files) {
  const out = join(root, '.cache', file.replace('.ts', '.mjs'))
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [join('bench', file)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    packages: 'external',
    logLevel: 'warning',
  })
  console.log(`[bench] ${file}`)
  const run = spawnSync(process.execPath, [out], { cwd: root, stdio: 'inherit' })
  if (run.status !== 0) failed += 1
}
process.exit(failed ? 1 : 0)
