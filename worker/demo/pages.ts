import { html } from 'hono/html'

function page(title: string, body: ReturnType<typeof html>) {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/assets/demo.css">
<script type="module" src="/widget/cocreate.js"></script></head>
<body>${body}
<footer class="demo-note">Demo of <a href="https://github.com/">Cocreate</a>: fictional companies and products.
API reference at <a href="/docs">/docs</a>. Other demo: <a href="/">Trimly launch</a> ·
<a href="/demo/video-visits">Brightwater video visits</a>.</footer>
</body></html>`
}

export const demoPages = {
  landing: () =>
    html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cocreate API</title>
<link rel="stylesheet" href="/assets/docs.css"></head><body><main><h1>Cocreate</h1>
<p>This is a Cocreate API server. See the <a href="/docs">API reference</a>.</p></main></body></html>`,

  drug: () =>
    page(
      'Trimly 60 mg — Northwind Health',
      html`<header class="site"><strong>Northwind Health</strong> <nav>Products · Support · Savings</nav></header>
<main class="product">
  <section class="hero">
    <h1>Trimly<sup>®</sup> 60 mg capsules</h1>
    <p class="lede">An over-the-counter weight-loss aid for overweight adults, used with a reduced-calorie,
    low-fat diet. Comes with the Trimly personal plan.</p>
    <ul><li>Take one capsule with each main meal containing fat</li><li>Use with a low-fat diet (about 15 g of fat per meal)</li>
    <li>Take a multivitamin at bedtime</li></ul>
    <p class="invite-hint">Demo: join the launch cohort with invite code <code>TRIM-DEMO-2026</code>.</p>
  </section>
  <section class="community">
    <cocreate-community community="trimly-launch"></cocreate-community>
  </section>
</main>`,
    ),

  service: () =>
    page(
      'Video visits — Brightwater Health member portal',
      html`<header class="site"><strong>Brightwater Health</strong> <nav>My care · Messages · Video visits</nav>
<span class="signed-in">Signed in as Pat (demo member)</span></header>
<main class="product">
  <section class="hero">
    <h1>Video visits are here</h1>
    <p class="lede">See a Brightwater clinician from home, usually within the hour. Members talk about how it
    went, ask questions, and our care team answers.</p>
  </section>
  <section class="community">
    <cocreate-community community="brightwater-video-visits" sso-token-url="/demo/sso-token/brightwater-video-visits"></cocreate-community>
  </section>
</main>`,
    ),
}
