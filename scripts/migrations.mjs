#!/usr/bin/env node
// Wrangler reads one migrations folder; our migrations live with the feature that owns them
// (worker/core/migrations, worker/plugins/<name>/migrations). This script generates `migrations/` from them.
//   node scripts/migrations.mjs          write the folder
//   node scripts/migrations.mjs --check  exit 1 if the folder is stale (run by `npm test`)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/

function sources() {
  const dirs = [{ owner: 'core', dir: join(root, 'worker/core/migrations') }]
  const pluginRoot = join(root, 'worker/plugins')
  for (const name of readdirSync(pluginRoot).sort()) {
    const dir = join(pluginRoot, name, 'migrations')
    if (existsSync(dir)) dirs.push({ owner: name, dir })
  }
  const files = []
  for (const { owner, dir } of dirs) {
    for (const file of readdirSync(dir).sort()) {
      const match = FILE.exec(file)
      if (!match) throw new Error(`${relative(root, join(dir, file))}: name migrations NNNN_description.sql`)
      files.push({ number: match[1], name: `${match[1]}_${owner}_${match[2]}.sql`, path: join(dir, file) })
    }
  }
  const seen = new Map()
  for (const f of files) {
    if (seen.has(f.number)) {
      throw new Error(
        `Migration number ${f.number} is used twice: ${relative(root, seen.get(f.number))} and ${relative(root, f.path)}`,
      )
    }
    seen.set(f.number, f.path)
  }
  return files.sort((a, b) => a.name.localeCompare(b.name))
}

/** The folder as it should be: file name → content. */
export function expectedMigrations() {
  const out = new Map()
  for (const f of sources()) {
    const header = `-- Generated from ${relative(root, f.path)} by scripts/migrations.mjs. Edit the source, not this file.\n`
    out.set(f.name, header + readFileSync(f.path, 'utf8'))
  }
  return out
}

/** Differences between `migrations/` and what the sources generate (empty when fresh). */
export function staleMigrations() {
  const dir = join(root, 'migrations')
  const expected = expectedMigrations()
  const actual = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.sql')) : []
  const problems = []
  for (const [name, content] of expected) {
    if (!actual.includes(name)) problems.push(`missing ${name}`)
    else if (readFileSync(join(dir, name), 'utf8') !== content) problems.push(`outdated ${name}`)
  }
  for (const name of actual) if (!expected.has(name)) problems.push(`unexpected ${name}`)
  return problems
}

function write() {
  const dir = join(root, 'migrations')
  mkdirSync(dir, { recursive: true })
  const expected = expectedMigrations()
  for (const name of readdirSync(dir)) if (!expected.has(name)) rmSync(join(dir, name))
  for (const [name, content] of expected) writeFileSync(join(dir, name), content)
  console.log(`[migrations] ${expected.size} files in migrations/`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const problems = staleMigrations()
    if (problems.length) {
      console.error(`[migrations] migrations/ is stale (${problems.join(', ')}). Run: npm run migrations`)
      process.exit(1)
    }
    console.log('[migrations] up to date')
  } else {
    write()
  }
}
