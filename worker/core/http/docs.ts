import type { OpenAPIHono } from '@hono/zod-openapi'
import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'
import type { AppEnv } from '../../env'
import type { PluginRegistry } from '../plugin-host'
import { PAGE_CSP } from './pages'

type Doc = ReturnType<OpenAPIHono['getOpenAPI31Document']>
type Operation = {
  summary?: string
  description?: string
  tags?: string[]
  'x-access'?: string
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown; description?: string }[]
  requestBody?: { content?: Record<string, { schema?: unknown }> }
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const

export const documentConfig = {
  openapi: '3.1.0',
  info: {
    title: 'Cocreate API',
    version: '1',
    description:
      'Cocreate runs a health care organization’s launch community: consumers share structured experiences and ' +
      'ask questions, experts give reviewed answers, and the organization listens. Every route states who may ' +
      'call it (`x-access`). Errors always look like `{ "error": { "code", "message", "details" } }`.',
  },
}

function schemaBlock(schema: unknown): HtmlEscapedString | Promise<HtmlEscapedString> {
  return html`<pre class="schema">${JSON.stringify(schema, null, 2)}</pre>`
}

function operationBlock(method: string, path: string, op: Operation) {
  const params = op.parameters ?? []
  const body = op.requestBody?.content?.['application/json']?.schema
  const responses = Object.entries(op.responses ?? {}).filter(([status]) => Number(status) < 400)
  const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-')
  return html`<section class="op" id="${id}">
    <h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${path}</code></h3>
    <p>${op.summary ?? ''}</p>
    <p class="access">Access: <strong>${op['x-access'] ?? 'public'}</strong></p>
    ${
      params.length
        ? html`<table><tr><th>Parameter</th><th>In</th><th>Required</th><th>Schema</th></tr>
        ${params.map((p) => html`<tr><td><code>${p.name}</code></td><td>${p.in}</td><td>${p.required ? 'yes' : 'no'}</td><td><code>${JSON.stringify(p.schema ?? {})}</code></td></tr>`)}
      </table>`
        : ''
    }
    ${body ? html`<h4>Request body</h4>${schemaBlock(body)}` : ''}
    ${responses.map(
      ([status, r]) =>
        html`<h4>${status} — ${r.description ?? ''}</h4>${
          r.content?.['application/json']?.schema ? schemaBlock(r.content['application/json'].schema) : ''
        }`,
    )}
  </section>`
}

function errorTable(registry: PluginRegistry) {
  return html`<table><tr><th>Code</th><th>Status</th><th>Feature</th><th>Message</th></tr>
    ${Object.entries(registry.errors).map(
      ([code, e]) =>
        html`<tr><td><code>${code}</code></td><td>${e.status}</td><td>${e.plugin}</td><td>${e.message}</td></tr>`,
    )}</table>`
}

/** A readable API reference rendered on the server from the same OpenAPI document: no scripts, no CDN. */
export function renderDocs(doc: Doc, registry: PluginRegistry) {
  const byTag = new Map<string, ReturnType<typeof operationBlock>[]>()
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method]
      if (!op) continue
      const tag = op.tags?.[0] ?? 'Other'
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationBlock(method, path, op)])
    }
  }
  const schemas = Object.entries(doc.components?.schemas ?? {})
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cocreate API reference</title><link rel="stylesheet" href="/assets/docs.css"></head>
<body><main>
<h1>Cocreate API reference</h1>
<p>${doc.info.description ?? ''}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).
Authenticate with <code>Authorization: Bearer &lt;session token&gt;</code> from <code>POST /v1/members/{community}/join</code>,
or the platform <code>ADMIN_TOKEN</code>.</p>
<nav><ul>${[...byTag.keys()].map((tag) => html`<li><a href="#tag-${tag}">${tag}</a></li>`)}<li><a href="#errors">Errors</a></li><li><a href="#schemas">Schemas</a></li></ul></nav>
${[...byTag.entries()].map(([tag, ops]) => html`<h2 id="tag-${tag}">${tag}</h2>${ops}`)}
<h2 id="errors">Error codes</h2>${errorTable(registry)}
<h2 id="schemas">Schemas</h2>
${schemas.map(([name, schema]) => html`<h3 id="schema-${name}">${name}</h3>${schemaBlock(schema)}`)}
</main></body></html>`
}

export function docsRoutes(app: OpenAPIHono<AppEnv>, registry: PluginRegistry) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' })
  app.get('/openapi.json', (c) => {
    c.header('Access-Control-Allow-Origin', '*')
    return c.json(app.getOpenAPI31Document(documentConfig))
  })
  app.get('/docs', async (c) => {
    c.header('Content-Security-Policy', PAGE_CSP)
    return c.html(await renderDocs(app.getOpenAPI31Document(documentConfig), registry))
  })
}
