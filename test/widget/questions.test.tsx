import { h, render } from 'preact'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Api } from '../../widget/api'
import type { WidgetContext } from '../../widget/context'
import { strings } from '../../widget/i18n'
import QuestionsTab from '../../widget/tabs/questions/index'
import { community, me, stubFetch, until } from './fixtures'

const BASE = 'https://api.cocreate.test'
const QA = '/v1/qa/trimly-launch'

function context(overrides: Partial<WidgetContext> = {}): WidgetContext {
  const api = new Api(BASE, 'trimly-launch')
  api.token = overrides.me === null ? null : 'ccs_token'
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
  render(h(QuestionsTab, { ctx }), host)
  return host
}

const author = {
  id: 'mem_2',
  pseudonym: 'Sunny Walker 11',
  badges: [{ code: 'invited', label: 'Invited participant' }],
}
const staff = {
  id: 'mem_9',
  pseudonym: 'Dana R. PharmD',
  badges: [{ code: 'hco_staff', label: 'Speaks for Northwind Health' }],
}
const settings = {
  topics: [
    { code: 'side-effects', label: 'Side effects' },
    { code: 'diet', label: 'Diet and meals' },
  ],
  medicalInformation: {
    phone: '1-800-555-0100',
    email: null,
    url: 'https://northwind.example/medinfo',
    hours: 'Mon–Fri 8–8 ET',
  },
}
const summary = (id: string, title: string, state: string, extra: Record<string, unknown> = {}) => ({
  id,
  title,
  excerpt: '',
  tags: [],
  author,
  locale: 'en',
  state,
  answerCount: 0,
  officialCount: 0,
  accepted: false,
  createdAt: '2026-10-01T10:00:00.000Z',
  ...extra,
})
const list = {
  questions: [
    summary('que_1', 'How long before results?', 'official', { officialCount: 1, answerCount: 1 }),
    summary('que_2', 'Tips for week one gas?', 'unanswered'),
  ],
  next: null,
}

beforeEach(() => localStorage.clear())
afterEach(() => {
  render(null, host)
  host.remove()
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('Questions tab: list and search', () => {
  it('lists questions with their state and filters by state', async () => {
    const calls = stubFetch((url) => {
      if (url.pathname === `${QA}/settings`) return { status: 200, body: settings }
      if (url.pathname === `${QA}/questions`)
        return {
          status: 200,
          body: url.searchParams.get('state') ? { questions: [list.questions[1]], next: null } : list,
        }
    })
    const el = mount(context())
    await until(() => el.querySelectorAll('.item').length === 2)
    expect([...el.querySelectorAll('.item strong')].map((x) => x.textContent)).toEqual([
      'How long before results?',
      'Tips for week one gas?',
    ])
    expect(el.querySelector('.state.official')?.textContent).toBe('Official answer')
    const select = el.querySelector<HTMLSelectElement>('#qa-state')!
    select.value = 'unanswered'
    select.dispatchEvent(new Event('change'))
    await until(() => el.querySelectorAll('.item').length === 1)
    expect(calls.at(-1)?.url).toBe(`${QA}/questions?state=unanswered&locale=en`)
  })

  it('searches questions and Learn articles after typing stops, and renders matches as <mark> text', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const calls = stubFetch((url) => {
      if (url.pathname === `${QA}/settings`) return { status: 200, body: settings }
      if (url.pathname === `${QA}/questions`) return { status: 200, body: list }
      if (url.pathname === `${QA}/search`)
        return {
          status: 200,
          body: {
            results: [
              {
                id: 'que_1',
                title: [
                  { text: 'Oily ', match: false },
                  { text: 'spotting', match: true },
                ],
                snippet: [
                  { text: '<img src=x onerror=alert(1)> take it with ', match: false },
                  { text: 'spotting', match: true },
                ],
                snippetFrom: 'official_answer',
                state: 'official',
                locale: 'en',
                createdAt: '2026-10-01T10:00:00.000Z',
              },
            ],
          },
        }
      if (url.pathname === '/v1/learn/trimly-launch/search')
        return {
          status: 200,
          body: {
            results: [
              {
                id: 'art_1',
                locale: 'en',
                kind: 'guide',
                title: [{ text: 'Week one', match: false }],
                snippet: [],
              },
            ],
          },
        }
    })
    const el = mount(context())
    await until(() => el.querySelectorAll('.item').length === 2)
    const input = el.querySelector<HTMLInputElement>('#qa-search')!
    for (const value of ['s', 'sp', 'spotting']) {
      input.value = value
      input.dispatchEvent(new Event('input'))
    }
    await vi.advanceTimersByTimeAsync(300)
    await until(() => el.querySelector('mark'))
    expect(calls.filter((c) => c.url.includes('/search')).map((c) => c.url)).toEqual([
      `${QA}/search?q=spotting&locale=en`,
      '/v1/learn/trimly-launch/search?q=spotting&locale=en',
    ])
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['spotting', 'spotting'])
    expect(el.querySelector('img')).toBeNull()
    expect(el.textContent).toContain(
      'In the official answer: <img src=x onerror=alert(1)> take it with spotting',
    )
    expect(el.textContent).toContain('From Learn')
  })
})

describe('Questions tab: question page', () => {
  const question = {
    ...summary('que_1', 'Do I need a multivitamin?', 'official', { officialCount: 1, answerCount: 1 }),
    body: 'The label mentions one.',
    status: 'published',
    route: null,
    isAsker: true,
    canAnswer: true,
    routing: null,
    answers: [
      {
        id: 'ans_off',
        kind: 'official',
        body: 'Yes: take a multivitamin with A, D, E and K at bedtime.',
        author: staff,
        official: {
          label: 'Official answer from Northwind Health',
          version: 2,
          approvedAt: '2026-10-02T10:00:00.000Z',
          articleIds: ['art_1'],
        },
        helpfulCount: 3,
        votedHelpful: false,
        accepted: false,
        editedBy: null,
        createdAt: '2026-10-01T12:00:00.000Z',
      },
      {
        id: 'ans_peer',
        kind: 'peer',
        body: 'I take mine with my toothbrush routine.',
        author: { ...author, id: 'mem_3', pseudonym: 'Calm Walker 13' },
        official: null,
        helpfulCount: 0,
        votedHelpful: false,
        accepted: false,
        editedBy: null,
        createdAt: '2026-10-01T11:00:00.000Z',
      },
    ],
  }

  it('shows the official answer first, marked, with its linked article; votes and accepts', async () => {
    const calls = stubFetch((url, init) => {
      if (url.pathname === `${QA}/settings`) return { status: 200, body: settings }
      if (url.pathname === `${QA}/questions`) return { status: 200, body: list }
      if (url.pathname === `${QA}/questions/que_1`) return { status: 200, body: question }
      if (url.pathname === '/v1/learn/trimly-launch/articles')
        return {
          status: 200,
          body: { articles: [{ id: 'art_1', title: 'Your daily multivitamin', kind: 'guide' }] },
        }
      if (url.pathname === `${QA}/answers/ans_peer/helpful` && init.method === 'POST')
        return { status: 201, body: { answerId: 'ans_peer', helpfulCount: 1, votedHelpful: true } }
      if (url.pathname === `${QA}/questions/que_1/accept`)
        return { status: 200, body: { questionId: 'que_1', acceptedAnswerId: 'ans_peer' } }
    })
    const el = mount(context())
    ;(await until(() => el.querySelector<HTMLButtonElement>('.item')))!.click()
    await until(() => el.querySelector('.official-answer'))
    const cards = [...el.querySelectorAll('article.card')]
    expect(cards[0]?.classList.contains('official-answer')).toBe(true)
    expect(cards[0]?.querySelector('.official-label')?.textContent).toBe(
      'Official answer from Northwind Health',
    )
    await until(() => el.textContent?.includes('Your daily multivitamin'))
    expect(calls.some((c) => c.url === '/v1/learn/trimly-launch/articles?ids=art_1&locale=en')).toBe(true)
    const vote = [...cards[1]!.querySelectorAll('button')].find((b) => b.textContent === 'Helpful (0)')!
    vote.click()
    await until(() => vote.getAttribute('aria-pressed') === 'true')
    expect(vote.textContent).toBe('Helpful (1)')
    ;[...cards[1]!.querySelectorAll('button')]
      .find((b) => b.textContent === 'This answered my question')!
      .click()
    await until(() => el.querySelector('.accepted'))
    expect(el.querySelector('.accepted')?.textContent).toContain('Accepted by the asker')
  })

  it('shows the medical-information note with the contact and, to the asker, the private reply', async () => {
    stubFetch((url) => {
      if (url.pathname === `${QA}/settings`) return { status: 200, body: settings }
      if (url.pathname === `${QA}/questions`) return { status: 200, body: list }
      if (url.pathname === `${QA}/questions/que_1`)
        return {
          status: 200,
          body: {
            ...question,
            state: 'medical_information',
            answers: [],
            canAnswer: false,
            route: {
              kind: 'medical_information',
              message: 'This question is about a personal medical situation…',
              contact: settings.medicalInformation,
            },
          },
        }
      if (url.pathname === `${QA}/questions/que_1/private-replies`)
        return {
          status: 200,
          body: {
            replies: [
              {
                id: 'qpr_1',
                body: 'Please talk to your doctor first.',
                author: { pseudonym: 'Dana R. PharmD', label: 'Medical information, Northwind Health' },
                createdAt: '2026-10-02T10:00:00.000Z',
              },
            ],
          },
        }
    })
    const el = mount(context())
    ;(await until(() => el.querySelector<HTMLButtonElement>('.item')))!.click()
    await until(() => el.querySelector('.route-note'))
    expect(el.querySelector('.route-note')?.getAttribute('role')).toBe('note')
    expect(el.querySelector('.route-note a[href^="tel:"]')?.getAttribute('href')).toBe('tel:18005550100')
    await until(() => el.textContent?.includes('Please talk to your doctor first.'))
    expect(el.querySelector('#qa-answer')).toBeNull()
  })
})

describe('Questions tab: asking', () => {
  const routes = (url: URL, init: RequestInit) => {
    if (url.pathname === `${QA}/settings`) return { status: 200, body: settings }
    if (url.pathname === `${QA}/questions` && init.method === 'POST')
      return {
        status: 201,
        body: {
          ...summary('que_new', 'Can I double my dose?', 'medical_information'),
          route: { kind: 'medical_information', message: 'm', contact: settings.medicalInformation },
          status: 'published',
        },
      }
    if (url.pathname === `${QA}/questions`) return { status: 200, body: list }
    if (url.pathname === `${QA}/questions/similar`)
      return {
        status: 200,
        body: {
          results: [
            {
              id: 'que_2',
              title: [
                { text: 'Missed ', match: false },
                { text: 'dose', match: true },
              ],
              snippet: [],
              snippetFrom: 'question',
              state: 'answered',
              locale: 'en',
              createdAt: '2026-10-01T10:00:00.000Z',
            },
          ],
        },
      }
    if (url.pathname === `${QA}/questions/que_new`)
      return { status: 200, body: { ...question(), id: 'que_new' } }
  }
  const question = () => ({
    ...summary('que_new', 'Can I double my dose?', 'medical_information'),
    body: '',
    status: 'published',
    route: { kind: 'medical_information', message: 'Routed note', contact: settings.medicalInformation },
    isAsker: true,
    canAnswer: false,
    routing: null,
    answers: [],
  })

  function type(el: HTMLElement, selector: string, value: string) {
    const input = el.querySelector<HTMLInputElement>(selector)!
    input.value = value
    input.dispatchEvent(new Event('input'))
  }

  it('suggests similar questions once typing pauses, and keeps the draft until it is sent', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const calls = stubFetch(routes)
    const el = mount(context())
    ;[...(await until(() => el.querySelectorAll<HTMLButtonElement>('button')))]
      .find((b) => b.textContent === 'Ask a question')!
      .click()
    await until(() => el.querySelector('#qa-title-input'))
    type(el, '#qa-title-input', 'Can I double')
    type(el, '#qa-title-input', 'Can I double my dose?')
    await vi.advanceTimersByTimeAsync(400)
    await until(() => el.querySelector('.similar mark'))
    expect(calls.filter((c) => c.url.includes('/similar')).map((c) => c.url)).toEqual([
      `${QA}/questions/similar?text=Can%20I%20double%20my%20dose%3F&locale=en`,
    ])
    expect(el.querySelector('.similar')?.textContent).toContain('Missed dose')
    await until(() => el.querySelector('fieldset input'))
    el.querySelector<HTMLInputElement>('fieldset input')!.click()
    const saved = JSON.parse(localStorage.getItem(`cocreate:qa-draft:${BASE}:trimly-launch`)!)
    expect(saved).toMatchObject({ title: 'Can I double my dose?', tags: ['side-effects'] })

    // Leaving and coming back (or reloading) restores the draft.
    render(null, host)
    const again = mount(context())
    ;[...(await until(() => again.querySelectorAll<HTMLButtonElement>('button')))]
      .find((b) => b.textContent === 'Ask a question')!
      .click()
    const title = await until(() => again.querySelector<HTMLInputElement>('#qa-title-input'))
    expect(title.value).toBe('Can I double my dose?')
  })

  it('sends with an Idempotency-Key, clears the draft, and tells the asker medical information will reply', async () => {
    const calls = stubFetch(routes)
    const el = mount(context())
    ;[...(await until(() => el.querySelectorAll<HTMLButtonElement>('button')))]
      .find((b) => b.textContent === 'Ask a question')!
      .click()
    await until(() => el.querySelector('#qa-title-input'))
    type(el, '#qa-title-input', 'Can I double my dose?')
    await until(() => !el.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled)
    el.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { cancelable: true }))
    await until(() => el.querySelector('[role=status]'))
    const post = calls.find((c) => c.method === 'POST')!
    expect(post.body).toEqual({ title: 'Can I double my dose?', body: '', tags: [], locale: 'en' })
    expect(post.headers['Idempotency-Key']).toMatch(/.{8,}/)
    expect(el.querySelector('[role=status]')?.textContent).toBe(
      'Your question is about your personal situation, so Northwind Health’s medical information team will reply to you privately, here.',
    )
    expect(localStorage.getItem(`cocreate:qa-draft:${BASE}:trimly-launch`)).toBeNull()
  })

  it('asks guests to sign in instead of opening the form, in Spanish too', async () => {
    stubFetch(routes)
    const ctx = context({ me: null, locale: 'es', t: strings.es })
    const el = mount(ctx)
    const button = [...(await until(() => el.querySelectorAll<HTMLButtonElement>('button')))].find(
      (b) => b.textContent === 'Inicia sesión para preguntar',
    )!
    button.click()
    expect(ctx.requestJoin).toHaveBeenCalledOnce()
    expect(el.querySelector('#qa-title-input')).toBeNull()
    await until(() => el.querySelector('.state'))
    expect(el.querySelector('.state.official')?.textContent).toBe('Respuesta oficial')
  })
})
