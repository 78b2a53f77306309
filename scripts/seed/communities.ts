import { SignJWT } from 'jose'
import type { Actor, Seeder } from './seeder'

export const DRUG = 'trimly-launch'
export const SERVICE = 'brightwater-video-visits'
export const DEMO_INVITE = 'TRIM-DEMO-2026'
const DAY = 86_400_000
/** The demo launch began eight weeks ago; every seed places its content relative to this. */
export const LAUNCH = Date.now() - 8 * 7 * DAY

const trimly = {
  slug: DRUG,
  name: 'Trimly launch community',
  hco: { name: 'Northwind Health', url: 'https://northwind.example' },
  product: {
    name: 'Trimly 60 mg capsules',
    kind: 'drug',
    approvedUse:
      'Weight loss in overweight adults aged 18 and older, used together with a reduced-calorie, low-fat diet.',
    labelUrl: 'https://northwind.example/trimly/label.pdf',
    importantSafetyInformation: [
      'Do not use Trimly if you have had an organ transplant, if you take ciclosporin, if you have problems absorbing food, or if you are pregnant or breastfeeding.',
      'Trimly works by blocking the absorption of some dietary fat. Eating high-fat meals increases the chance of gas with oily spotting, loose stools and urgent bowel movements.',
      'Take a multivitamin containing vitamins A, D, E, K and beta-carotene once a day at bedtime. Ask a doctor before use if you take warfarin, medicine for diabetes or thyroid disease, seizure medicine, or HIV medicine.',
      'Stop use and ask a doctor if you have severe or continuous abdominal pain, or itching, yellow eyes or skin, dark urine or loss of appetite.',
    ].join('\n\n'),
  },
  accessMode: 'invite_only',
  moderation: { mode: 'post', firstN: 3 },
  embedOrigins: ['https://www.northwind.example'],
  locales: ['en', 'es'],
  defaultLocale: 'en',
  terms: { version: '2026-09', url: 'https://northwind.example/trimly/community-terms' },
}

const brightwater = {
  slug: SERVICE,
  name: 'Video visits — member forum',
  hco: { name: 'Brightwater Health', url: 'https://brightwater.example' },
  product: {
    name: 'Brightwater Video Visits',
    kind: 'service',
    approvedUse:
      'Video appointments with a Brightwater clinician for non-emergency care, for Brightwater members.',
    labelUrl: 'https://brightwater.example/video-visits',
    importantSafetyInformation:
      'Video visits are not for emergencies. If you have chest pain, trouble breathing, signs of stroke or another emergency, call 911 or go to the nearest emergency department.',
  },
  accessMode: 'open',
  moderation: { mode: 'first_n', firstN: 1 },
  embedOrigins: ['https://members.brightwater.example'],
  locales: ['en', 'es'],
  defaultLocale: 'en',
  terms: { version: '3', url: 'https://brightwater.example/forum-terms' },
}

/** Staff of each demo community: pseudonym and roles (the pseudonym is their professional display name). */
const staff = {
  [DRUG]: [
    { key: 'expert', pseudonym: 'Dana R. PharmD', roles: ['expert'] },
    { key: 'expert2', pseudonym: 'Luis M. RD', roles: ['expert'] },
    { key: 'reviewer', pseudonym: 'MLR Review Team', roles: ['reviewer'] },
    { key: 'moderator', pseudonym: 'Community Team', roles: ['moderator'] },
    { key: 'safety', pseudonym: 'Patient Safety', roles: ['safety'] },
    { key: 'analyst', pseudonym: 'Trimly Product Team', roles: ['analyst'] },
    { key: 'admin', pseudonym: 'Northwind Admin', roles: ['admin'] },
  ],
  [SERVICE]: [
    { key: 'expert', pseudonym: 'Nurse Amara', roles: ['expert'] },
    { key: 'reviewer', pseudonym: 'Care Quality Review', roles: ['reviewer'] },
    { key: 'moderator', pseudonym: 'Forum Team', roles: ['moderator', 'safety'] },
    { key: 'analyst', pseudonym: 'Virtual Care Team', roles: ['analyst'] },
    { key: 'admin', pseudonym: 'Brightwater Admin', roles: ['admin'] },
  ],
} as const

const TRIMLY_COHORT = [
  'Marisol',
  'Greg',
  'Priya',
  'Tom',
  'Aisha',
  'Dev',
  'Carmen',
  'Hank',
  'Leah',
  'Omar',
  'Rosa',
  'Ben',
  'Keiko',
  'Luis',
  'Nina',
  'Sam',
  'Tasha',
  'Victor',
  'Wendy',
  'Yusuf',
  'Zoe',
  'Ada',
  'Bruno',
  'Chloe',
].map((_, i) => ({
  pseudonym:
    i % 3 === 0 ? undefined : `${['Sunny', 'Steady', 'Brave', 'Calm', 'Bold'][i % 5]} Walker ${i + 10}`,
}))

function consent(version: string) {
  return { termsVersion: version, healthData: true }
}

export interface CommunitySeed {
  slug: string
  ssoSecret?: string
  members: Actor[]
  staff: Record<string, Actor>
}

async function addStaff(s: Seeder, slug: string, termsVersion: string): Promise<Record<string, Actor>> {
  const out: Record<string, Actor> = {}
  for (const person of staff[slug as keyof typeof staff]) {
    const joined = await s.call(`/v1/members/${slug}/join`, {
      body: { method: 'open', pseudonym: person.pseudonym, consent: consent(termsVersion) },
    })
    await s.call(`/v1/members/${slug}/${joined.member.id}/access`, {
      method: 'PUT',
      body: { roles: person.roles, badges: ['employee'] },
      token: s.admin,
    })
    out[person.key] = { id: joined.member.id, token: joined.token, pseudonym: person.pseudonym }
  }
  return out
}

async function seedTrimly(s: Seeder): Promise<CommunitySeed> {
  await s.call('/v1/communities', { body: { ...trimly, accessMode: 'open' }, token: s.admin })
  const staffActors = await addStaff(s, DRUG, trimly.terms.version)
  await s.call(`/v1/communities/${DRUG}`, {
    method: 'PATCH',
    body: { accessMode: 'invite_only' },
    token: s.admin,
  })
  const invites = await s.call(`/v1/members/${DRUG}/invites`, {
    body: {
      count: TRIMLY_COHORT.length,
      cohort: 'launch-cohort-1',
      badges: ['invited', 'free_product'],
      expiresInDays: 120,
    },
    token: s.admin,
  })
  const members: Actor[] = []
  for (const [i, person] of TRIMLY_COHORT.entries()) {
    s.advance(DAY / 3)
    const joined = await s.call(`/v1/members/${DRUG}/join`, {
      body: {
        method: 'invite',
        code: invites.invites[i].code,
        pseudonym: person.pseudonym,
        consent: consent(trimly.terms.version),
      },
    })
    members.push({ id: joined.member.id, token: joined.token, pseudonym: joined.member.pseudonym })
  }
  return { slug: DRUG, members, staff: staffActors }
}

/** The demo invite code printed by `npm start`, for visitors of the demo page. */
async function demoInvite(s: Seeder): Promise<void> {
  await s.call(`/v1/members/${DRUG}/invites`, {
    body: {
      count: 1,
      code: DEMO_INVITE,
      cohort: 'demo-visitors',
      badges: ['invited', 'free_product'],
      maxUses: 10_000,
      expiresInDays: 3650,
    },
    token: s.admin,
  })
}

/** What the member portal signs for a logged-in member (HS256, audience bound to the community). */
export async function ssoToken(secret: string, slug: string, subject: string, now: number): Promise<string> {
  return new SignJWT({ email: `${subject}@members.brightwater.example` })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setAudience(`cocreate:${slug}`)
    .setIssuedAt(Math.floor(now / 1000))
    .setExpirationTime(Math.floor(now / 1000) + 300)
    .sign(new TextEncoder().encode(secret))
}

async function seedBrightwater(s: Seeder): Promise<CommunitySeed> {
  const ssoSecret = Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('')
  await s.call('/v1/communities', { body: { ...brightwater, ssoSecret }, token: s.admin })
  const staffActors = await addStaff(s, SERVICE, brightwater.terms.version)
  const members: Actor[] = []
  for (let i = 0; i < 18; i++) {
    s.advance(DAY / 2)
    const token = await ssoToken(ssoSecret, SERVICE, `bw-member-${1000 + i}`, s.now())
    const joined = await s.call(`/v1/members/${SERVICE}/join`, {
      body: { method: 'sso', token, consent: consent(brightwater.terms.version) },
    })
    members.push({ id: joined.member.id, token: joined.token, pseudonym: joined.member.pseudonym })
  }
  return { slug: SERVICE, ssoSecret, members, staff: staffActors }
}

export async function seedCommunities(s: Seeder) {
  const drug = await seedTrimly(s)
  await demoInvite(s)
  const service = await seedBrightwater(s)
  return { drug, service }
}
