import { z } from '@hono/zod-openapi'
import { StaffRole } from '../auth/roles'

/** Disclosure badges (FTC 16 CFR 255.5): material connections shown on everything a member posts. */
export const BadgeCode = z.enum(['invited', 'free_product', 'compensated', 'employee', 'hco_staff'])
export type BadgeCode = z.infer<typeof BadgeCode>

export const Badge = z.object({ code: BadgeCode, label: z.string() }).openapi('Badge')
export type Badge = z.infer<typeof Badge>

export type MemberStatus = 'active' | 'blocked' | 'deleted'

/** A member as core services see it. Private details live in `member_private` and are read separately. */
export interface MemberRecord {
  id: string
  communityId: string
  pseudonym: string
  roles: StaffRole[]
  badges: BadgeCode[]
  status: MemberStatus
  joinedVia: 'sso' | 'invite' | 'open' | 'admin'
  cohort: string | null
  createdAt: number
}

/** The author identity frozen onto a piece of content when it is stored. */
export interface AuthorSnapshot {
  id: string
  pseudonym: string
  badges: BadgeCode[]
  roles: StaffRole[]
  joinedAt: number
}

export const Pseudonym = z
  .string()
  .trim()
  .min(3)
  .max(30)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _.-]*$/u, 'Use letters, digits, spaces, dots, dashes or underscores.')
  .refine((value) => !/\d{5,}/.test(value.replace(/[\s.-]/g, '')), {
    message: 'A pseudonym may not contain a phone or record number.',
  })
  .openapi({ example: 'SteadyHeron42' })

export const Consent = z
  .object({
    termsVersion: z.string().min(1).max(40),
    /** Explicit consent to process what the member writes as health data. */
    healthData: z.literal(true, { message: 'Consent to health-data processing is required to join.' }),
  })
  .openapi('Consent')

const email = z.email().max(254)

export const JoinRequest = z
  .discriminatedUnion('method', [
    z.object({ method: z.literal('sso'), token: z.string().min(10).max(8000), consent: Consent }),
    z.object({
      method: z.literal('invite'),
      code: z.string().trim().min(6).max(64),
      pseudonym: Pseudonym.optional(),
      email: email.optional(),
      consent: Consent,
    }),
    z.object({ method: z.literal('open'), pseudonym: Pseudonym, email: email.optional(), consent: Consent }),
  ])
  .openapi('JoinRequest')
export type JoinRequest = z.infer<typeof JoinRequest>

export const PublicMember = z
  .object({
    id: z.string(),
    pseudonym: z.string(),
    badges: z.array(Badge),
    joinedAt: z.string(),
  })
  .openapi('PublicMember')

export const StaffMemberView = PublicMember.extend({
  roles: z.array(StaffRole),
  status: z.enum(['active', 'blocked', 'deleted']),
  joinedVia: z.enum(['sso', 'invite', 'open', 'admin']),
  cohort: z.string().nullable(),
}).openapi('StaffMemberView')

export const SelfMember = StaffMemberView.extend({
  email: z.string().nullable(),
  consents: z.array(z.object({ kind: z.string(), version: z.string(), grantedAt: z.string() })),
}).openapi('SelfMember')

export const Session = z
  .object({ token: z.string(), expiresAt: z.string(), member: SelfMember })
  .openapi('Session')

export const CreateInvites = z
  .object({
    count: z.number().int().min(1).max(500).default(1),
    cohort: z.string().trim().min(1).max(60),
    badges: z.array(BadgeCode).max(5).default(['invited']),
    maxUses: z.number().int().min(1).max(10000).default(1),
    expiresInDays: z.number().int().min(1).max(3650).default(60),
    /** A memorable code of your own (e.g. printed on a launch pack); only with `count: 1`. */
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{10,40}$/, 'Use 10-40 letters, digits or dashes.')
      .optional(),
  })
  .refine((v) => v.code === undefined || v.count === 1, {
    message: 'A chosen code needs count 1.',
    path: ['code'],
  })
  .openapi('CreateInvites')

export const Invite = z
  .object({
    id: z.string(),
    cohort: z.string(),
    badges: z.array(BadgeCode),
    codeHint: z.string(),
    maxUses: z.number(),
    uses: z.number(),
    expiresAt: z.string(),
    createdAt: z.string(),
  })
  .openapi('Invite')
