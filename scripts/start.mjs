#!/usr/bin/env node
// `npm start`: everything the local demo needs, from nothing. Safe to re-run.
//   1. .dev.vars with a generated admin token and DEMO=true   2. migrations/ generated from the features
//   3. the widget bundle   4. local D1 migrated   5. demo seeded (once)   6. wrangler dev, then the URLs.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.PORT ?? 8787)
const wrangler = join(root, 'node_modules/.bin/wrangler')

function step(label, command, args) {
  console.log(`[start] ${label}`)
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
  if (run.status !== 0) {
    console.error(`[start] failed: ${label}`)
    process.exit(run.status ?? 1)
  }
}

function ensureDevVars() {
  const file = join(root, '.dev.vars')
  let text = existsSync(file) ? readFileSync(file, 'utf8') : ''
  if (!/^ADMIN_TOKEN=/m.test(text)) text += `ADMIN_TOKEN=${randomBytes(24).toString('base64url')}\n`
  if (!/^DEMO=/m.test(text)) text += 'DEMO=true\n'
  writeFileSync(file, text)
  return /^ADMIN_TOKEN=(.*)$/m.exec(text)[1].trim()
}

async function waitForServer(url, child) {
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error('wrangler dev exited')
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`no answer from ${url}`)
}

const adminToken = ensureDevVars()
step('generating migrations/', process.execPath, ['scripts/migrations.mjs'])
step('building the widget', process.execPath, ['scripts/build-widget.mjs'])
step('applying migrations to the local D1', wrangler, ['d1', 'migrations', 'apply', 'DB', '--local'])
step('seeding the demo', process.execPath, ['scripts/seed.mjs'])

console.log(`[start] starting wrangler dev on port ${port}`)
const dev = spawn(wrangler, ['dev', '--port', String(port), '--show-interactive-dev-session=false'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
})
process.on('SIGINT', () => dev.kill('SIGINT'))
process.on('SIGTERM', () => dev.kill('SIGTERM'))
const base = `http://localhost:${port}`
await waitForServer(`${base}/openapi.json`, dev)
console.log(`
  Cocreate is running.

  Drug launch demo (invite-only, code TRIM-DEMO-2026):  ${base}/
  Service launch demo (SSO from the member portal):     ${base}/demo/video-visits
  Staff console (pick a role: safety, moderator,
    analyst, admin):                                     ${base}/demo/console/trimly-launch/safety
  API reference:                                         ${base}/docs
  OpenAPI document:                                      ${base}/openapi.json
  Admin token (in .dev.vars):                            ${adminToken}

  Press Ctrl+C to stop.
`)
dev.on('exit', (code) => process.exit(code ?? 0))
