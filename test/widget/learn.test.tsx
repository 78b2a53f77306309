import { h, render } from 'preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Api } from '../../widget/api'
import type { WidgetContext } from '../../widget/context'
import { strings } from '../../widget/i18n'
import LearnTab from '../../widget/tabs/learn/index'
import { community, me, stubFetch, until } from './fixtures'

const LEARN = '/v1/learn/trimly-launch'

function context(overrides: Partial<WidgetContext> = {}): WidgetContext {
  const api = new Api('https://api.cocreate.test', 'trimly-launch')
  api.token = 'ccs_token'
  return {
    api,
    community: { ...community, plugins: ['qa', 'learn'] } as WidgetContext['community'],
    locale: 'en',
    t: strings.en,
    me,
    requestJoin: vi.fn(),
    ...overrides,
  }
}

let host: HTMLElement
function mount(ctx: WidgetContext) {
  host = document.createElement('div')
  document.body.append(host)
  render(h(LearnTab, { ctx }), host)
  return host
}

afterEach(() => {
  render(null, host)
  host.remove()
  vi.unstubAllGlobals()
})

const articles = {
  articles: [
    {
      id: 'art_1',
      kind: 'guide',
      topic: null,
      locale: 'en',
      title: 'Getting started with Trimly',
      summary: 'Your first day.',
      version: 1,
      publishedAt: '2026-09-01T00:00:00.000Z',
    },
    {
      id: 'art_2',
      kind: 'update',
      topic: null,
      locale: 'en',
      title: 'New: refill packs',
      summary: '90 capsules.',
      version: 1,
      publishedAt: '2026-10-01T00:00:00.000Z',
    },
  ],
}

const text = (value: string) => ({ type: 'text', value })
const article = {
  ...articles.articles[0],
  availableLocales: ['en', 'es'],
  myFeedback: null,
  tree: [
    { type: 'heading', level: 2, children: [text('Your first meals')] },
    {
      type: 'paragraph',
      children: [
        text('Keep fat under '),
        { type: 'strong', children: [text('15 g')] },
        text(' per meal. <script>alert(1)</script> '),
        { type: 'link', href: 'https://northwind.example/label', children: [text('Read the label')] },
        text(' '),
        // A tree the server should never send: the widget still refuses to make it a link.
        { type: 'link', href: 'javascript:alert(1)', children: [text('bad link')] },
      ],
    },
    { type: 'list', ordered: true, items: [[{ type: 'paragraph', children: [text('Plan meals')] }]] },
    {
      type: 'blockquote',
      children: [{ type: 'paragraph', children: [{ type: 'emphasis', children: [text('Tip')] }] }],
    },
    { type: 'unknown-node', children: [text('never shown')] },
  ],
}

describe('Learn tab', () => {
  it('lists guides and updates, and renders an article tree as elements, never as HTML', async () => {
    stubFetch((url) => {
      if (url.pathname === `${LEARN}/articles`) return { status: 200, body: articles }
      if (url.pathname === `${LEARN}/articles/art_1`) return { status: 200, body: article }
    })
    const el = mount(context())
    await until(() => el.querySelectorAll('.item').length === 2)
    expect([...el.querySelectorAll('h3')].map((x) => x.textContent)).toEqual(['Guides', 'Updates'])
    el.querySelector<HTMLButtonElement>('.item')!.click()
    await until(() => el.querySelector('article h1'))
    expect(el.querySelector('article h1')?.textContent).toBe('Getting started with Trimly')
    expect(el.querySelector('article h2')?.textContent).toBe('Your first meals')
    expect(el.querySelector('article strong')?.textContent).toBe('15 g')
    expect(el.querySelector('article ol li')?.textContent).toBe('Plan meals')
    expect(el.querySelector('article blockquote em')?.textContent).toBe('Tip')
    expect(el.querySelector('script')).toBeNull()
    expect(el.textContent).toContain('<script>alert(1)</script>')
    const links = [...el.querySelectorAll('article a')]
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
      ['Read the label', 'https://northwind.example/label', 'noopener noreferrer nofollow'],
    ])
    expect(el.textContent).toContain('bad link')
    expect(el.textContent).not.toContain('never shown')
  })

  it('asks "did this help?" and records the answer', async () => {
    const calls = stubFetch((url, init) => {
      if (url.pathname === `${LEARN}/articles`) return { status: 200, body: articles }
      if (url.pathname === `${LEARN}/articles/art_1`) return { status: 200, body: article }
      if (url.pathname === `${LEARN}/articles/art_1/feedback` && init.method === 'PUT')
        return { status: 200, body: { articleId: 'art_1', helpful: true } }
    })
    const el = mount(context())
    ;(await until(() => el.querySelector<HTMLButtonElement>('.item')))!.click()
    const yes = await until(() =>
      [...el.querySelectorAll<HTMLButtonElement>('.helped button')].find((b) => b.textContent === 'Yes'),
    )
    expect(el.querySelector('.helped legend')?.textContent).toBe('Did this help?')
    yes.click()
    await until(() => yes.getAttribute('aria-pressed') === 'true')
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ helpful: true })
    expect(el.querySelector('.helped [aria-live]')?.textContent).toBe(
      'Thank you, your answer helps us improve these articles.',
    )
  })

  it('asks guests to sign in before answering, and says when an article is not in their language', async () => {
    stubFetch((url) => {
      if (url.pathname === `${LEARN}/articles`) return { status: 200, body: articles }
      if (url.pathname === `${LEARN}/articles/art_1`) return { status: 200, body: article }
    })
    const ctx = context({ me: null, locale: 'es', t: strings.es })
    const el = mount(ctx)
    ;(await until(() => el.querySelector<HTMLButtonElement>('.item')))!.click()
    const yes = await until(() =>
      [...el.querySelectorAll<HTMLButtonElement>('.helped button')].find((b) => b.textContent === 'Sí'),
    )
    expect(el.textContent).toContain('Este artículo todavía no está disponible en tu idioma.')
    yes.click()
    expect(ctx.requestJoin).toHaveBeenCalledOnce()
  })

  it('searches articles and highlights the matches', async () => {
    const calls = stubFetch((url) => {
      if (url.pathname === `${LEARN}/articles`) return { status: 200, body: articles }
      if (url.pathname === `${LEARN}/search`)
        return {
          status: 200,
          body: {
            results: [
              {
                id: 'art_2',
                locale: 'en',
                kind: 'update',
                title: [
                  { text: 'New: ', match: false },
                  { text: 'refill', match: true },
                  { text: ' packs', match: false },
                ],
                snippet: [],
              },
            ],
          },
        }
    })
    const el = mount(context())
    await until(() => el.querySelectorAll('.item').length === 2)
    const input = el.querySelector<HTMLInputElement>('#learn-search')!
    input.value = 'refill'
    input.dispatchEvent(new Event('input'))
    await until(() => el.querySelector('mark'))
    expect(el.querySelector('mark')?.textContent).toBe('refill')
    expect(calls.at(-1)?.url).toBe(`${LEARN}/search?q=refill&locale=en`)
  })
})
