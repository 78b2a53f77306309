#!/usr/bin/env node
// Bundles scripts/seed/index.ts (TypeScript, importing the worker) with esbuild and runs it under Node.
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, '.cache/seed.mjs')
mkdirSync(dirname(out), { recursive: true })
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['scripts/seed/index.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: out,
  packages: 'external',
  logLevel: 'warning',
})
const run = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
process.exit(run.status ?? 1)
