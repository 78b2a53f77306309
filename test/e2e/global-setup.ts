// Starts the real main job for the browser tests: a fresh local D1, migrated and seeded, served by `wrangler dev`
// (workerd) with the demo on; plus a second origin that plays an HCO product page embedding the widget.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildConsole, buildWidget } from '../../scripts/build-widget.mjs'

export const E2E_ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef'
const root = join(import.meta.dirname, '../..')
const state = join(root, '.cache/e2e')
const wrangler = join(root, 'node_modules/.bin/wrangler')

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    hostUrl: string
  }
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, {
    cwd: root,
    env: { ...process.env, ADMIN_TOKEN: E2E_ADMIN_TOKEN },
    encoding: 'utf8',
  })
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

async function waitFor(url: string, child: ChildProcess, log: () => string) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited:\n${log()}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`wrangler dev did not answer ${url}:\n${log()}`)
}

/** A product page on another origin, embedding the widget the way an HCO would. */
function hostPage(apiBase: string, slug: string): Server {
  return createServer((req, res) => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner product page</title>
<script type="module" src="${apiBase}/widget/cocreate.js"></script></head>
<body><main><h1>Partner page</h1><cocreate-community community="${req.url === '/other' ? 'brightwater-video-visits' : slug}"></cocreate-community></main></body></html>`
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'none'; script-src ${apiBase}; connect-src ${apiBase}; style-src 'self'`,
    })
    res.end(html)
  })
}

export default async function setup(project: TestProject) {
  rmSync(state, { recursive: true, force: true })
  await buildWidget()
  await buildConsole()
  run(process.execPath, ['scripts/migrations.mjs', '--check'])
  run(wrangler, ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state])
  run(process.execPath, ['scripts/seed.mjs', '--persist-to', state])
  const port = await freePort()
  let output = ''
  const dev = spawn(
    wrangler,
    [
      'dev',
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--persist-to',
      state,
      '--var',
      'DEMO:true',
      '--var',
      `ADMIN_TOKEN:${E2E_ADMIN_TOKEN}`,
      '--show-interactive-dev-session=false',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  dev.stdout?.on('data', (d) => (output += d))
  dev.stderr?.on('data', (d) => (output += d))
  const baseUrl = `http://127.0.0.1:${port}`
  await waitFor(`${baseUrl}/openapi.json`, dev, () => output)
  const host = hostPage(baseUrl, 'trimly-launch')
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve))
  const hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`
  project.provide('baseUrl', baseUrl)
  project.provide('hostUrl', hostUrl)
  return async () => {
    host.close()
    dev.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    if (dev.exitCode === null) dev.kill('SIGKILL')
  }
}
