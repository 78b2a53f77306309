import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import '../../widget/index'
import { community, me, stubFetch, until } from './fixtures'

function mount(attrs: Record<string, string> = {}) {
  const el = document.createElement('cocreate-community')
  el.setAttribute('community', 'trimly-launch')
  el.setAttribute('api', 'https://api.cocreate.test')
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v)
  document.body.append(el)
  return el
}

const root = (el: Element) => el.shadowRoot!

beforeEach(() => localStorage.clear())
afterEach(() => {
  document.body.innerHTML = ''
  vi.unstubAllGlobals()
})

describe('<cocreate-community>', () => {
  it('renders the community, the safety information and who runs it, inside a shadow root', async () => {
    stubFetch((url) =>
      url.pathname === '/v1/communities/trimly-launch' ? { status: 200, body: community } : undefined,
    )
    const el = mount()
    await until(() => root(el).querySelector('h2'))
    expect(root(el).querySelector('h2')?.textContent).toBe('Trimly launch community')
    expect(root(el).textContent).toContain('This community is run by Northwind Health.')
    expect(root(el).querySelector('.isi h3')?.textContent).toBe('Important safety information')
    expect(root(el).querySelector('.isi a')?.getAttribute('href')).toBe('https://northwind.example/label.pdf')
    expect(document.body.textContent).toBe('')
  })

  it('shows the rest of the safety information on request', async () => {
    stubFetch((url) =>
      url.pathname === '/v1/communities/trimly-launch' ? { status: 200, body: community } : undefined,
    )
    const el = mount()
    const button = await until(() => root(el).querySelector<HTMLButtonElement>('.isi button'))
    expect(root(el).querySelector('.isi')?.classList.contains('closed')).toBe(true)
    button.click()
    await until(() => root(el).querySelector('.isi.open'))
    expect(button.getAttribute('aria-expanded')).toBe('true')
  })

  it('answers in Spanish when asked and the community offers it', async () => {
    stubFetch((url) =>
      url.pathname === '/v1/communities/trimly-launch' ? { status: 200, body: community } : undefined,
    )
    const el = mount({ locale: 'es' })
    await until(() => root(el).querySelector('h2'))
    expect(root(el).textContent).toContain('Esta comunidad está gestionada por Northwind Health.')
    expect(root(el).querySelector('[lang]')?.getAttribute('lang')).toBe('es')
  })

  it('restores a stored session and shows the member with their disclosure badges', async () => {
    localStorage.setItem('cocreate:https://api.cocreate.test:trimly-launch', 'ccs_token')
    const calls = stubFetch((url) => {
      if (url.pathname === '/v1/communities/trimly-launch') return { status: 200, body: community }
      if (url.pathname === '/v1/members/trimly-launch/me') return { status: 200, body: me }
    })
    const el = mount()
    await until(() => root(el).textContent?.includes('Signed in as Steady Walker'))
    expect(root(el).querySelector('.badge')?.textContent).toBe('Invited participant')
    expect(calls.find((c) => c.url.endsWith('/me'))?.headers.authorization).toBe('Bearer ccs_token')
  })

  it('forgets a stored session the server no longer accepts', async () => {
    localStorage.setItem('cocreate:https://api.cocreate.test:trimly-launch', 'ccs_old')
    stubFetch((url) => {
      if (url.pathname === '/v1/communities/trimly-launch') return { status: 200, body: community }
      if (url.pathname === '/v1/members/trimly-launch/me')
        return {
          status: 401,
          body: { error: { code: 'session_expired', message: 'expired', details: null } },
        }
    })
    const el = mount()
    await until(() => root(el).querySelector('h2'))
    await until(() => localStorage.getItem('cocreate:https://api.cocreate.test:trimly-launch') === null)
    expect(root(el).textContent).toContain('Sign in')
  })

  it('joins with an invite code only after both consents, and shows field errors from the server', async () => {
    let attempts = 0
    const calls = stubFetch((url, init) => {
      if (url.pathname === '/v1/communities/trimly-launch') return { status: 200, body: community }
      if (url.pathname === '/v1/members/trimly-launch/join' && init.method === 'POST') {
        attempts += 1
        if (attempts === 1) {
          return {
            status: 422,
            body: {
              error: {
                code: 'validation_failed',
                message: 'Some fields are not valid.',
                details: { fields: [{ path: 'pseudonym', message: 'Use letters, digits, spaces.' }] },
              },
            },
          }
        }
        return { status: 201, body: { token: 'ccs_new', member: me } }
      }
    })
    const el = mount()
    const signIn = await until(() =>
      [...root(el).querySelectorAll('button')].find((b) => b.textContent === 'Sign in'),
    )
    signIn.click()
    const form = await until(() => root(el).querySelector('form'))
    const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!
    expect(submit.disabled).toBe(true)
    const type = (id: string, value: string) => {
      const input = form.querySelector<HTMLInputElement>(`#cc-${id}`)!
      input.value = value
      input.dispatchEvent(new Event('input', { bubbles: true }))
    }
    type('code', 'TRIM-DEMO-2026')
    type('pseudonym', 'Bad@Name')
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.click()
    await until(() => !submit.disabled)
    submit.click()
    await until(() => form.querySelector('#cc-pseudonym-err'))
    expect(form.querySelector('#cc-pseudonym-err')?.textContent).toBe('Use letters, digits, spaces.')
    expect(form.querySelector('#cc-pseudonym')?.getAttribute('aria-invalid')).toBe('true')
    expect(calls.at(-1)?.body).toEqual({
      method: 'invite',
      code: 'TRIM-DEMO-2026',
      pseudonym: 'Bad@Name',
      consent: { termsVersion: '2026-09', healthData: true },
    })
    submit.click()
    await until(() => root(el).textContent?.includes('Signed in as Steady Walker'))
    expect(localStorage.getItem('cocreate:https://api.cocreate.test:trimly-launch')).toBe('ccs_new')
  })

  it('cleans up when removed from the page', async () => {
    stubFetch((url) =>
      url.pathname === '/v1/communities/trimly-launch' ? { status: 200, body: community } : undefined,
    )
    const el = mount()
    await until(() => root(el).querySelector('h2'))
    el.remove()
    expect(root(el).querySelector('.cc')).toBeNull()
  })

  it('warns with a prefix when the community attribute is missing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    document.body.append(document.createElement('cocreate-community'))
    expect(warn).toHaveBeenCalledWith('[cocreate]', expect.stringContaining('community="<slug>"'))
  })
})
