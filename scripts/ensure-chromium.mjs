#!/usr/bin/env node
// The browser tests drive the system Chromium (never a downloaded one). On a fresh Debian machine running as
// root this installs it; elsewhere it says how.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (existsSync(path)) process.exit(0)

const root = process.getuid?.() === 0
if (root && existsSync('/usr/bin/apt-get')) {
  console.log('[test] installing chromium for the browser tests (apt-get install chromium)')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
  if (update.status === 0 && install.status === 0 && existsSync(path)) process.exit(0)
}
console.error(
  `[test] Chromium not found at ${path}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`,
)
process.exit(1)
