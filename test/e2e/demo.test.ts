import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axe, launch, watchConsole } from './browser'
import { E2E_ADMIN_TOKEN } from './global-setup'

const baseUrl = inject('baseUrl')
const hostUrl = inject('hostUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function open(url: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 1400 } })
  const page = await context.newPage()
  const problems = watchConsole(page)
  await page.goto(url)
  return { page, problems }
}

const widget = (page: Page) => page.locator('cocreate-community')

describe('the drug launch demo page', () => {
  it('shows the widget with the community, its safety information and who runs it, with no CSP violation', async () => {
    const { page, problems } = await open(`${baseUrl}/`)
    await expect.poll(() => widget(page).locator('h2').textContent()).toBe('Trimly launch community')
    const text = await widget(page).locator('.cc').textContent()
    expect(text).toContain('This community is run by Northwind Health.')
    expect(text).toContain('Important safety information')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('lets a visitor join the invite-only cohort with an invite code; their disclosure badges show', async () => {
    const { page, problems } = await open(`${baseUrl}/`)
    await widget(page).getByRole('button', { name: 'Sign in' }).click()
    await widget(page).getByLabel('Invite code').fill('TRIM-DEMO-2026')
    await widget(page).getByLabel('Public name (no real names, please)').fill('Browser Walker')
    await widget(page)
      .getByLabel(/I accept the community terms/)
      .check()
    await widget(page)
      .getByLabel(/processed as health information/)
      .check()
    await widget(page).getByRole('button', { name: 'Join' }).click()
    await expect
      .poll(() => widget(page).locator('.cc').textContent())
      .toContain('Signed in as Browser Walker')
    const badges = await widget(page).locator('.cc > .row.between .badge').allTextContents()
    expect(badges).toEqual(['Invited participant', 'Received product at no cost'])
    // The session survives a reload (kept in the host page's storage).
    await page.reload()
    await expect
      .poll(() => widget(page).locator('.cc').textContent())
      .toContain('Signed in as Browser Walker')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('passes the axe WCAG 2.1 A/AA checks, widget included, on every tab', async () => {
    const { page } = await open(`${baseUrl}/`)
    await expect.poll(() => widget(page).locator('h2').count()).toBe(1)
    expect(await axe(page)).toEqual([])
    for (const tab of ['Experiences', 'Questions', 'Learn']) {
      await widget(page).getByRole('tab', { name: tab }).click()
      await expect
        .poll(() => widget(page).locator('[role=tabpanel] .muted').first().textContent())
        .not.toBe('Loading…')
      await page.waitForTimeout(300)
      expect(await axe(page), tab).toEqual([])
    }
    await page.context().close()
  })

  it('shows members’ experiences, questions and Learn articles from the seeded launch', async () => {
    const { page, problems } = await open(`${baseUrl}/`)
    await expect
      .poll(() =>
        widget(page)
          .getByText(/Based on \d+ reports/)
          .count(),
      )
      .toBe(1)
    await widget(page).getByRole('tab', { name: 'Questions' }).click()
    await expect.poll(() => widget(page).getByText('Answered privately').count()).toBeGreaterThan(0)
    await widget(page).getByRole('tab', { name: 'Learn' }).click()
    await expect
      .poll(() => widget(page).locator('[role=tabpanel] button, [role=tabpanel] a').count())
      .toBeGreaterThan(2)
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('the service launch demo page', () => {
  it('signs a portal member in with the portal’s SSO token', async () => {
    const { page, problems } = await open(`${baseUrl}/demo/video-visits`)
    await widget(page).getByRole('button', { name: 'Sign in' }).click()
    await widget(page).getByLabel('Join with your Brightwater Health account').check()
    await widget(page)
      .getByLabel(/I accept the community terms/)
      .check()
    await widget(page)
      .getByLabel(/processed as health information/)
      .check()
    await widget(page).getByRole('button', { name: 'Join with your Brightwater Health account' }).click()
    await expect
      .poll(() => widget(page).locator('.cc').textContent())
      .toMatch(/Signed in as [A-Z][a-z]+[A-Z][a-z]+\d{2}/)
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('embedding on an HCO site (another origin)', () => {
  it('works on an origin on the community’s allow-list, under the host page’s strict CSP', async () => {
    const allow = await fetch(`${baseUrl}/v1/communities/trimly-launch`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ embedOrigins: ['https://www.northwind.example', hostUrl] }),
    })
    expect(allow.status).toBe(200)
    const { page, problems } = await open(`${hostUrl}/`)
    await expect.poll(() => widget(page).locator('h2').textContent()).toBe('Trimly launch community')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('is refused on an origin the community did not allow', async () => {
    const { page, problems } = await open(`${hostUrl}/other`)
    await expect
      .poll(() => widget(page).locator('[role=alert]').textContent())
      .toBe('Something went wrong. Please try again.')
    expect(problems.join('\n')).toMatch(/403|CORS/)
    await page.context().close()
  })
})

describe('the staff console', () => {
  it('shows an analyst the listening metrics with a weekly chart', async () => {
    const { page, problems } = await open(`${baseUrl}/demo/console/trimly-launch/analyst`)
    await expect.poll(() => page.locator('h2').first().textContent()).toBe('Listening — last 30 days')
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(2)
    await expect.poll(() => page.locator('.uplot').count()).toBe(1)
    // The session handed over in the fragment is removed from the address bar at once.
    expect(new URL(page.url()).hash).toBe('')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('shows the safety team the dead-letter list of deliveries', async () => {
    const { page, problems } = await open(`${baseUrl}/demo/console/trimly-launch/safety`)
    await page.getByRole('button', { name: 'Deliveries' }).click()
    await expect.poll(() => page.locator('h2').first().textContent()).toBe('Deliveries')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('refuses without a session', async () => {
    const { page } = await open(`${baseUrl}/console`)
    await expect.poll(() => page.locator('main').textContent()).toContain('You are not signed in.')
    await page.context().close()
  })
})

describe('the expert inbox in the console', () => {
  it('lets an expert draft an official answer and a reviewer approve it; the public then sees it first', async () => {
    const expert = await open(`${baseUrl}/demo/console/trimly-launch/expert`)
    await expect.poll(() => expert.page.locator('h2').first().textContent()).toBe('Expert inbox')
    const card = expert.page.locator('article.card').first()
    const title = (await card.locator('strong').first().textContent())!
    await card
      .getByLabel('Draft an official answer and submit it for review')
      .fill(
        'Take Trimly with each main meal that contains fat, up to three capsules a day. See the label for details.',
      )
    await card.getByRole('button', { name: 'Draft an official answer and submit it for review' }).click()
    await expect
      .poll(() => expert.page.getByRole('status').first().textContent())
      .toContain('sent for review')
    expect(expert.problems).toEqual([])
    await expert.page.context().close()

    const reviewer = await open(`${baseUrl}/demo/console/trimly-launch/reviewer`)
    await reviewer.page.getByRole('tab', { name: 'Awaiting review' }).click()
    await reviewer.page.getByRole('button', { name: title }).first().click()
    await reviewer.page.getByRole('button', { name: /^Approve version/ }).click()
    await expect.poll(() => reviewer.page.getByRole('status').first().textContent()).toContain('Approved')
    expect(reviewer.problems).toEqual([])
    await reviewer.page.context().close()

    const list = (await (
      await fetch(`${baseUrl}/v1/qa/trimly-launch/questions?state=official&limit=50`)
    ).json()) as { questions: { id: string; title: string }[] }
    const question = list.questions.find((q: { title: string }) => q.title === title)
    const detail = (await (
      await fetch(`${baseUrl}/v1/qa/trimly-launch/questions/${question?.id}`)
    ).json()) as { answers: unknown[] }
    expect(detail.answers[0]).toMatchObject({
      kind: 'official',
      official: { label: 'Official answer from Northwind Health' },
    })
  })
})
