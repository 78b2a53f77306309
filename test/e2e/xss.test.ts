import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launch, watchConsole } from './browser'

const baseUrl = inject('baseUrl')
const SLUG = 'trimly-launch'
let browser: Browser

// Each payload tries to run script a different way; if any runs, it sets window.__xss.
const payloads = {
  img: `<img src=x onerror="window.__xss='img'"> stomach ache`,
  script: `<script>window.__xss='script'</script> tried it`,
  svg: `"><svg/onload=window.__xss='svg'> felt fine`,
  iframe: `<iframe srcdoc="<script>parent.__xss='iframe'</script>"></iframe> week two`,
  handler: `</style><b onmouseover="window.__xss='hover'">hover me</b> ok`,
  template: `{{constructor.constructor('window.__xss="tpl"')()}} and \${alert(1)}`,
}

async function call(path: string, init: { method?: string; body?: unknown; token?: string } = {}) {
  const res = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? (init.body ? 'POST' : 'GET'),
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${text}`)
  return text ? JSON.parse(text) : null
}

async function member(name: string): Promise<string> {
  const joined = await call(`/v1/members/${SLUG}/join`, {
    body: {
      method: 'invite',
      code: 'TRIM-DEMO-2026',
      pseudonym: name,
      consent: { termsVersion: '2026-09', healthData: true },
    },
  })
  return joined.token
}

/** A staff session from the demo console door (the fragment of its redirect carries the token). */
async function staffToken(role: string): Promise<string> {
  const res = await fetch(`${baseUrl}/demo/console/${SLUG}/${role}`, { redirect: 'manual' })
  return new URLSearchParams(new URL(res.headers.get('location')!, baseUrl).hash.slice(1)).get('token')!
}

async function openTab(tab: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage()
  const problems = watchConsole(page)
  await page.goto(`${baseUrl}/`)
  await page.locator('cocreate-community').getByRole('tab', { name: tab }).click()
  return { page, problems }
}

async function injected(page: Page): Promise<{ xss: unknown; elements: number }> {
  return page.evaluate(() => {
    const root = document.querySelector('cocreate-community')?.shadowRoot
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss,
      elements: root
        ? root.querySelectorAll('script, iframe, svg, img, [onerror], [onload], [onmouseover]').length
        : -1,
    }
  })
}

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('stored XSS: script payloads in every text field come back as inert text', () => {
  it('in an experience report (title, story, "other" side effect)', async () => {
    const token = await member('Payload Walker')
    const report = await call(`/v1/experiences/${SLUG}/reports`, {
      token,
      body: {
        answers: {
          overall: 4,
          time_on_product: { value: 2, unit: 'weeks' },
          side_effects: [{ effect: 'other', severity: 'mild', text: payloads.img }],
          title: payloads.svg.slice(0, 60),
          story: `${payloads.script} ${payloads.iframe} ${payloads.handler} ${payloads.template}`,
        },
      },
    })
    expect(report.status).toBe('published')
    const { page, problems } = await openTab('Experiences')
    const card = page.locator('cocreate-community').getByText('tried it', { exact: false }).first()
    await expect.poll(() => card.count()).toBeGreaterThan(0)
    const text = await page.locator('cocreate-community').locator('.cc').textContent()
    expect(text).toContain("<script>window.__xss='script'</script>")
    expect(text).toContain(`onerror="window.__xss='img'"`)
    await card.hover()
    expect(await injected(page)).toEqual({ xss: undefined, elements: 0 })
    expect(problems).toEqual([])
    await page.close()
  })

  it('in a question and its answer', async () => {
    const asker = await member('Payload Asker')
    const answerer = await member('Payload Answerer')
    const question = await call(`/v1/qa/${SLUG}/questions`, {
      token: asker,
      body: {
        title: `Packing tips ${payloads.script}`.slice(0, 140),
        body: `${payloads.img} ${payloads.svg}`,
      },
    })
    await call(`/v1/qa/${SLUG}/questions/${question.id}/answers`, {
      token: answerer,
      body: { body: `${payloads.iframe} ${payloads.handler} ${payloads.template}` },
    })
    const { page, problems } = await openTab('Questions')
    await page.locator('cocreate-community').getByText('Packing tips', { exact: false }).first().click()
    await expect
      .poll(() => page.locator('cocreate-community').getByText('hover me', { exact: false }).count())
      .toBeGreaterThan(0)
    const text = await page.locator('cocreate-community').locator('.cc').textContent()
    expect(text).toContain("<script>window.__xss='script'</script>")
    await page.locator('cocreate-community').getByText('hover me', { exact: false }).first().hover()
    expect(await injected(page)).toEqual({ xss: undefined, elements: 0 })
    expect(problems).toEqual([])
    await page.close()
  })

  it('in a Learn article, where the sanitizer drops raw HTML and javascript: links', async () => {
    const expert = await staffToken('expert')
    const reviewer = await staffToken('reviewer')
    const markdown = [
      'Before you start, read this.',
      payloads.script,
      `<img src=x onerror="window.__xss='md-img'">`,
      "[click me](javascript:window.__xss='link') and [ok](https://northwind.example/trimly)",
      `**${payloads.handler}**`,
    ].join('\n\n')
    const draft = await call(`/v1/learn/${SLUG}/articles`, {
      token: expert,
      body: { translations: { en: { title: 'Packing for a trip', summary: 'Travel tips', markdown } } },
    })
    await call(`/v1/learn/${SLUG}/articles/${draft.id}/submit`, { method: 'POST', token: expert })
    await call(`/v1/learn/${SLUG}/articles/${draft.id}/decision`, {
      token: reviewer,
      body: { decision: 'approve', version: draft.version ?? 1 },
    })
    const { page, problems } = await openTab('Learn')
    await page.locator('cocreate-community').getByText('Packing for a trip').first().click()
    await expect
      .poll(() => page.locator('cocreate-community').getByText('Before you start', { exact: false }).count())
      .toBe(1)
    const hrefs = await page
      .locator('cocreate-community')
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(hrefs.some((h) => h?.startsWith('javascript:'))).toBe(false)
    await page.locator('cocreate-community').getByText('click me').click()
    expect(await injected(page)).toEqual({ xss: undefined, elements: 0 })
    expect(problems).toEqual([])
    await page.close()
  })
})
