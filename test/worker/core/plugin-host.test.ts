import { z } from '@hono/zod-openapi'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../../worker/app'
import { defineErrors } from '../../../worker/core/errors'
import { definePlugin, use } from '../../../worker/core/plugin'
import { PluginConfigError } from '../../../worker/core/plugin-host'
import { ADMIN_TOKEN, createCommunity, joinOpen } from '../../helpers/api'
import { customApp } from '../../helpers/custom-app'
import { notesPlugin } from '../../helpers/test-plugins'

const alpha = definePlugin({ name: 'alpha', description: 'a' })
const beta = definePlugin({ name: 'beta', description: 'b', dependencies: ['alpha'] })

describe('plugin host at boot', () => {
  it('refuses to start when a dependency is not enabled, naming both plugins', () => {
    expect(() => createApp([use(beta)])).toThrow(PluginConfigError)
    expect(() => createApp([use(beta)])).toThrow(
      'Plugin "beta" depends on "alpha", which is not enabled. Add it to worker/plugins/index.ts.',
    )
  })

  it('refuses a dependency listed after the plugin that needs it', () => {
    expect(() => createApp([use(beta), use(alpha)])).toThrow(
      'Plugin "beta" depends on "alpha", which must be listed before it.',
    )
  })

  it('starts when dependencies come first', () => {
    expect(createApp([use(alpha), use(beta)]).registry.plugins.map((p) => p.name)).toEqual([
      'communities',
      'members',
      'content',
      'audit',
      'deliveries',
      'metrics',
      'alpha',
      'beta',
    ])
  })

  it('parses options once and refuses invalid ones with the field named', () => {
    const withOptions = definePlugin({
      name: 'opts',
      description: 'o',
      options: z.object({ minGroupSize: z.number().int().min(2).default(5) }),
    })
    expect(createApp([use(withOptions)]).registry.plugins.at(-1)?.options).toEqual({ minGroupSize: 5 })
    expect(() => createApp([use(withOptions, { minGroupSize: 1 })])).toThrow(
      /Plugin "opts" has invalid options: minGroupSize: /,
    )
  })

  it('refuses a plugin listed twice, a bad name, duplicate or unprefixed error codes', () => {
    expect(() => createApp([use(alpha), use(alpha)])).toThrow('Plugin "alpha" is listed twice.')
    expect(() => createApp([use(definePlugin({ name: 'Bad-Name', description: '' }))])).toThrow(
      /must be 2-31/,
    )
    const unprefixed = definePlugin({
      name: 'gamma',
      description: '',
      errors: defineErrors({ oops: { status: 400, message: 'x' } }),
    })
    expect(() => createApp([use(unprefixed)])).toThrow(
      'Error code "oops" of plugin "gamma" must start with "gamma_".',
    )
    const clash = definePlugin({
      name: 'delta',
      description: '',
      errors: defineErrors({ not_found: { status: 404, message: 'x' } }),
    })
    expect(() => createApp([use(clash)])).toThrow('Error code "not_found" is declared twice.')
  })

  it('refuses an unprefixed metric name', () => {
    const metric = definePlugin({
      name: 'epsilon',
      description: '',
      metrics: [{ name: 'count', label: 'c', unit: 'count', description: '', compute: async () => 0 }],
    })
    expect(() => createApp([use(metric)])).toThrow(
      'Metric "count" of plugin "epsilon" must start with "epsilon.".',
    )
  })
})

describe('content hooks', () => {
  const hooks = [
    { name: 'redact', run: () => ({ fields: { body: 'call me at [phone removed]' }, flags: ['pii'] }) },
    {
      name: 'sees-redaction',
      run: (ctx: { content: { fields: Record<string, string> } }) =>
        ctx.content.fields.body?.includes('[phone removed]')
          ? {
              verdict: 'hold' as const,
              flags: ['saw-redacted'],
              reasons: [{ verdict: 'hold' as const, code: 'h', message: 'held' }],
            }
          : { verdict: 'reject' as const },
    },
    { name: 'publisher', run: () => ({ verdict: 'publish' as const, flags: ['pii'] }) },
  ]

  it('runs in list order: later hooks see earlier text, the strictest verdict wins, flags are merged', async () => {
    const app = customApp([use(notesPlugin(hooks))])
    const community = await createCommunity()
    const { token } = await app(`/v1/members/${community.slug}/join`, {
      body: { method: 'open', pseudonym: 'HookTester', consent: { termsVersion: '1', healthData: true } },
    }).then((r) => r.body)
    const res = await app(`/v1/notes/${community.slug}`, { body: { body: 'call me at 555 123 4567' }, token })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      status: 'pending',
      body: 'call me at [phone removed]',
      flags: ['pii', 'saw-redacted'],
      reasons: [{ hook: 'notes.sees-redaction', code: 'h', verdict: 'hold' }],
    })
  })

  it('skips the hooks of an optional plugin a community has switched off, and answers 404 for its routes', async () => {
    const app = customApp([use(notesPlugin(hooks, true))])
    const community = await createCommunity({ plugins: [] })
    const { token } = await joinOpen(community.slug)
    const res = await app(`/v1/notes/${community.slug}`, { body: { body: 'hello' }, token })
    expect(res.status).toBe(404)
    expect(res.body.error.code).toBe('plugin_disabled')
    const on = await app(`/v1/communities/${community.slug}`, {
      method: 'PATCH',
      body: { plugins: ['notes'] },
      token: ADMIN_TOKEN,
    })
    expect(on.status).toBe(200)
    expect((await app(`/v1/notes/${community.slug}`, { body: { body: 'hello' }, token })).status).toBe(201)
  })
})
