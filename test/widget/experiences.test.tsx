import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import '../../widget/index'
import { community, me, stubFetch, until } from './fixtures'

const API = 'https://api.cocreate.test'
const BASE = '/v1/experiences/trimly-launch'
const DRAFT_KEY = `cocreate:experiences-draft:${API}:trimly-launch`
const TOKEN_KEY = `cocreate:${API}:trimly-launch`

const both = (en: string, es: string) => ({ en, es })
const form = {
  version: 3,
  isDefault: false,
  createdAt: '2026-10-01T00:00:00.000Z',
  definition: {
    title: both('Share your experience', 'Comparte tu experiencia'),
    intro: both('Takes three minutes.', 'Toma tres minutos.'),
    fields: [
      {
        id: 'overall',
        type: 'rating',
        required: true,
        public: true,
        label: both('Overall, how is {product}?', 'En general, ¿qué tal {product}?'),
      },
      {
        id: 'side_effects',
        type: 'side_effects',
        required: true,
        public: true,
        allowOther: true,
        label: both('Any side effects?', '¿Algún efecto secundario?'),
        options: [{ id: 'urgency', label: both('Urgency', 'Urgencia') }],
      },
      {
        id: 'story',
        type: 'story',
        required: false,
        public: true,
        minLength: 0,
        maxLength: 4000,
        label: both('Your story', 'Tu historia'),
      },
    ],
    roles: { rating: 'overall', sideEffects: 'side_effects' },
  },
}

const summary = {
  minGroupSize: 5,
  count: 12,
  formVersion: 3,
  rating: { fieldId: 'overall', average: 4.2, answered: 12 },
  fields: [
    {
      id: 'overall',
      label: 'Overall',
      type: 'rating',
      answered: 12,
      average: 4.2,
      distribution: [
        { value: 1, count: null },
        { value: 2, count: 0 },
        { value: 3, count: 0 },
        { value: 4, count: null },
        { value: 5, count: 6 },
      ],
    },
    {
      id: 'side_effects',
      label: 'Any side effects?',
      type: 'side_effects',
      answered: 12,
      none: 7,
      any: 5,
      effects: [{ id: 'urgency', label: 'Urgency', count: 5, severity: { mild: 5, moderate: 0, severe: 0 } }],
    },
  ],
}

function report(id: string, pseudonym: string, story: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    author: { id: `mem_${id}`, pseudonym, badges: [{ code: 'invited', label: 'Invited participant' }] },
    formVersion: 3,
    locale: 'en',
    rating: 4,
    answers: [
      { id: 'overall', label: 'Overall', type: 'rating', value: 4 },
      {
        id: 'side_effects',
        label: 'Any side effects?',
        type: 'side_effects',
        value: [{ id: 'urgency', label: 'Urgency', severity: 'mild', text: null }],
      },
      { id: 'story', label: 'Your story', type: 'story', value: story },
    ],
    helpfulCount: 2,
    helpedByMe: null,
    edited: null,
    createdAt: '2026-10-20T10:00:00.000Z',
    ...extra,
  }
}

type Handler = (url: URL, init: RequestInit) => { status: number; body: unknown } | undefined

/** The community with only this tab, and the experiences API answers; `extra` handles the rest. */
function api(extra: Handler = () => undefined) {
  return stubFetch((url, init) => {
    const answer = extra(url, init)
    if (answer) return answer
    if (url.pathname === '/v1/communities/trimly-launch')
      return { status: 200, body: { ...community, plugins: ['experiences'] } }
    if (url.pathname === '/v1/members/trimly-launch/me') return { status: 200, body: me }
    if (url.pathname === `${BASE}/form`) return { status: 200, body: form }
    if (url.pathname === `${BASE}/summary`) return { status: 200, body: summary }
    if (url.pathname === `${BASE}/reports/mine`) return { status: 200, body: { reports: [], next: null } }
    if (url.pathname === `${BASE}/reports` && (init.method ?? 'GET') === 'GET') {
      return url.searchParams.get('cursor') === 'c2'
        ? { status: 200, body: { reports: [report('exp_3', 'Calm Walker', 'Third story')], next: null } }
        : {
            status: 200,
            body: {
              reports: [
                report('exp_1', 'Sunny Walker', 'First story'),
                report('exp_2', 'Brave Walker', 'Second story'),
              ],
              next: 'c2',
            },
          }
    }
  })
}

function mount(locale?: string) {
  const el = document.createElement('cocreate-community')
  el.setAttribute('community', 'trimly-launch')
  el.setAttribute('api', API)
  if (locale) el.setAttribute('locale', locale)
  document.body.append(el)
  return el.shadowRoot!
}

const buttons = (root: ShadowRoot, text: string) =>
  [...root.querySelectorAll('button')].filter((b) => b.textContent?.trim() === text)
const button = (root: ShadowRoot, text: string) => until(() => buttons(root, text)[0])

function check(root: ShadowRoot, label: string) {
  const input = [...root.querySelectorAll('label')]
    .find((l) => l.textContent?.trim() === label)
    ?.querySelector('input')
  if (!input) throw new Error(`no input labelled ${label}`)
  input.click()
}

beforeEach(() => localStorage.clear())
afterEach(() => {
  document.body.innerHTML = ''
  vi.unstubAllGlobals()
})

describe('Experiences tab', () => {
  it('shows the summary with hidden small cells, then the reports with their authors and badges', async () => {
    api()
    const root = mount()
    await until(() => root.textContent?.includes('Second story'))
    expect(root.querySelector('.big')?.textContent).toBe('4.2')
    expect(root.textContent).toContain('Based on 12 reports')
    const bars = [...root.querySelectorAll('ul[aria-label="Overall"] li')].map((li) => li.textContent)
    expect(bars).toEqual([
      '5 stars50%',
      '4 starsfewer than 5',
      '3 stars0%',
      '2 stars0%',
      '1 starfewer than 5',
    ])
    expect(root.textContent).toContain('No side effects')
    const first = root.querySelector('article')!
    expect(first.querySelector('strong')?.textContent).toBe('Sunny Walker')
    expect(first.querySelector('.badge')?.textContent).toBe('Invited participant')
    expect(first.querySelector('dd')?.textContent).toBe('Urgency (mild)')
  })

  it('loads the next page with the cursor and refetches when a filter changes', async () => {
    const calls = api()
    const root = mount()
    ;(await button(root, 'Load more')).click()
    await until(() => root.textContent?.includes('Third story'))
    expect(calls.some((c) => c.url.includes('cursor=c2'))).toBe(true)
    expect(root.querySelectorAll('article')).toHaveLength(3)
    const rating = root.querySelector<HTMLSelectElement>('#xp-rating')!
    rating.value = '5'
    rating.dispatchEvent(new Event('change', { bubbles: true }))
    await until(() => calls.some((c) => c.url.includes('rating=5')))
    expect(calls.at(-1)?.url).toBe(`${BASE}/reports?locale=en&sort=newest&limit=10&rating=5`)
  })

  it('asks a guest to join when they press "share"', async () => {
    api()
    const root = mount()
    ;(await button(root, 'Share your experience')).click()
    await until(() => root.querySelector('form[aria-label="Join the community"]'))
    expect(root.querySelector('#xp-share')?.closest('.card')).toBeNull()
  })

  it('asks a guest to join when they press "helpful", without calling the API', async () => {
    const calls = api()
    const root = mount()
    await until(() => root.textContent?.includes('First story'))
    root.querySelector('article button')!.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    await until(() => root.querySelector('form[aria-label="Join the community"]'))
    expect(calls.some((c) => c.url.includes('/helpful'))).toBe(false)
  })

  it('walks a member through the form, keeps a draft, shows server errors inline, then thanks them', async () => {
    localStorage.setItem(TOKEN_KEY, 'ccs_member')
    let posts = 0
    const calls = api((url, init) => {
      if (url.pathname !== `${BASE}/reports` || init.method !== 'POST') return undefined
      posts += 1
      if (posts === 1)
        return {
          status: 422,
          body: {
            error: {
              code: 'validation_failed',
              message: 'Some fields are not valid.',
              details: { fields: [{ path: 'answers.story', message: 'Write at most 4000 characters.' }] },
            },
          },
        }
      return {
        status: 201,
        body: {
          ...report('exp_9', 'Steady Walker', 'Short now'),
          status: 'pending',
          statusReason: 'premoderation',
          editableUntil: null,
        },
      }
    })
    const root = mount()
    ;(await button(root, 'Share your experience')).click()
    await until(() => root.textContent?.includes('Question 1 of 3'))
    expect(root.textContent).toContain('Overall, how is Trimly 60 mg?')
    ;(await button(root, 'Next')).click()
    await until(() => root.querySelector('.err'))
    expect(root.querySelector('.err')?.textContent).toBe('Please answer this question.')
    check(root, '★★★★ 4')
    ;(await button(root, 'Next')).click()
    await until(() => root.textContent?.includes('Question 2 of 3'))
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!)).toMatchObject({
      formVersion: 3,
      step: 1,
      answers: { overall: 4 },
    })
    check(root, 'Urgency')
    ;(await button(root, 'Next')).click()
    await until(() => root.querySelector('.err')?.textContent === 'How bad was it?')
    check(root, 'mild')
    ;(await button(root, 'Next')).click()
    const story = await until(() => root.querySelector<HTMLTextAreaElement>('textarea'))
    story.value = 'Long story'
    story.dispatchEvent(new Event('input', { bubbles: true }))
    ;(await button(root, 'Next')).click()
    ;(await button(root, 'Send my report')).click()
    await until(() => root.querySelector('.err')?.textContent === 'Write at most 4000 characters.')
    expect(root.textContent).toContain('Question 3 of 3')
    const sent = calls.filter((c) => c.method === 'POST')
    expect(sent[0]?.body).toEqual({
      formVersion: 3,
      locale: 'en',
      answers: { overall: 4, side_effects: [{ effect: 'urgency', severity: 'mild' }], story: 'Long story' },
    })
    expect(sent[0]?.headers['Idempotency-Key']).toMatch(/.{8,}/)
    const textarea = root.querySelector<HTMLTextAreaElement>('textarea')!
    textarea.value = 'Short now'
    textarea.dispatchEvent(new Event('input', { bubbles: true }))
    ;(await button(root, 'Next')).click()
    ;(await button(root, 'Send my report')).click()
    const thanks = await until(() => root.querySelector('[role=status]'))
    expect(thanks.textContent).toBe('Thank you — it will appear after review.')
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull()
    const keys = calls.filter((c) => c.method === 'POST').map((c) => c.headers['Idempotency-Key'])
    expect(keys[1]).not.toBe(keys[0])
  })

  it('retries a failed send with the same Idempotency-Key, so it cannot post twice', async () => {
    localStorage.setItem(TOKEN_KEY, 'ccs_member')
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({ formVersion: 3, step: 3, answers: { overall: 5, side_effects: [] }, attempt: null }),
    )
    let posts = 0
    const calls = api((url, init) => {
      if (url.pathname !== `${BASE}/reports` || init.method !== 'POST') return undefined
      posts += 1
      return posts === 1
        ? { status: 503, body: { error: { code: 'internal_error', message: 'down', details: null } } }
        : {
            status: 201,
            body: {
              ...report('exp_8', 'Steady Walker', ''),
              status: 'published',
              statusReason: null,
              editableUntil: null,
            },
          }
    })
    const root = mount()
    ;(await button(root, 'Share your experience')).click()
    ;(await button(root, 'Send my report')).click()
    await until(() => root.textContent?.includes('Could not send. Your answers are saved'))
    ;(await button(root, 'Send my report')).click()
    await until(() => root.textContent?.includes('Thank you! Your report is now public.'))
    const keys = calls.filter((c) => c.method === 'POST').map((c) => c.headers['Idempotency-Key'])
    expect(keys).toHaveLength(2)
    expect(keys[1]).toBe(keys[0])
  })

  it('speaks Spanish: labels from the form definition and the tab’s own words', async () => {
    localStorage.setItem(TOKEN_KEY, 'ccs_member')
    const calls = api()
    const root = mount('es')
    await until(() => root.textContent?.includes('Lo que cuentan los miembros'))
    expect(root.textContent).toContain('Según 12 informes')
    ;(await button(root, 'Comparte tu experiencia')).click()
    await until(() => root.textContent?.includes('En general, ¿qué tal Trimly 60 mg?'))
    expect(root.textContent).toContain('Pregunta 1 de 3')
    expect(calls.some((c) => c.url === `${BASE}/summary?locale=es`)).toBe(true)
  })

  it('marks a report helpful for a member and shows the new count', async () => {
    localStorage.setItem(TOKEN_KEY, 'ccs_member')
    const calls = api((url, init) =>
      url.pathname === `${BASE}/reports/exp_2/helpful` && init.method === 'POST'
        ? { status: 200, body: { reportId: 'exp_2', helpedByMe: true, helpfulCount: 3 } }
        : undefined,
    )
    const root = mount()
    await until(() => root.textContent?.includes('Second story'))
    const second = root.querySelectorAll('article')[1]!
    second.querySelector('button')!.click()
    await until(() => second.querySelector('button')?.textContent === 'Helpful (3)')
    expect(second.querySelector('button')?.getAttribute('aria-pressed')).toBe('true')
    expect(calls.some((c) => c.method === 'POST' && c.url === `${BASE}/reports/exp_2/helpful`)).toBe(true)
  })
})
