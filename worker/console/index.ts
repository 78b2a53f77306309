import type { OpenAPIHono } from '@hono/zod-openapi'
import { html } from 'hono/html'
import { PAGE_CSP } from '../core/http/pages'
import type { AppEnv } from '../env'

const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cocreate staff console</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/assets/console.css"><link rel="stylesheet" href="/console/uplot.css">
<script type="module" src="/console/console.js"></script></head>
<body><div id="app"><p>Loading the staff console…</p></div></body></html>`

/**
 * The staff console (moderation queue, safety cases, expert inbox, listening metrics, audit, deliveries). Staff
 * open it from the widget, which hands over their session in the URL fragment (never sent to a server).
 */
export function consoleRoutes(app: OpenAPIHono<AppEnv>) {
  app.get('/console', (c) => {
    c.header('Content-Security-Policy', PAGE_CSP)
    c.header('Referrer-Policy', 'no-referrer')
    return c.html(page)
  })
}
