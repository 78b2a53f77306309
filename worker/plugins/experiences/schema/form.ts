import { z } from '@hono/zod-openapi'

// The feedback form an admin saves: fields with localized labels, a type and rules; role fields.

const Text = (max: number) => z.string().trim().min(1).max(max)

/** Text in each language the community offers (`{product}` is replaced by the product name when shown). */
export const Localized = z
  .object({ en: Text(300).optional(), es: Text(300).optional() })
  .refine((v) => v.en !== undefined || v.es !== undefined, {
    message: 'Give the text in at least one language.',
  })
  .openapi('LocalizedText')
export type Localized = z.infer<typeof Localized>

const Slugish = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]{0,39}$/,
    'Use 1-40 lowercase letters, digits or underscores, starting with a letter.',
  )
export const FieldId = Slugish
const Option = z.object({ id: Slugish, label: Localized })
const Options = z.array(Option).min(2).max(30)

export const fieldTypes = [
  'rating',
  'nps',
  'single',
  'multi',
  'side_effects',
  'duration',
  'yes_no',
  'short_text',
  'story',
] as const
export type FieldType = (typeof fieldTypes)[number]

const base = {
  id: FieldId,
  label: Localized,
  help: Localized.optional(),
  /** A required field must be answered (a side-effect checklist answered with no effects means "none"). */
  required: z.boolean().default(false),
  /** Non-public answers are never shown in the feed, only counted in the suppressed aggregate. */
  public: z.boolean().default(true),
}

const lengths = (maxCap: number, maxDefault: number) => ({
  minLength: z.number().int().min(0).max(maxCap).default(0),
  maxLength: z.number().int().min(1).max(maxCap).default(maxDefault),
})

export const FieldDefinition = z
  .discriminatedUnion('type', [
    z.object({ ...base, type: z.literal('rating') }),
    z.object({ ...base, type: z.literal('nps') }),
    z.object({ ...base, type: z.literal('single'), options: Options }),
    z.object({
      ...base,
      type: z.literal('multi'),
      options: Options,
      maxChoices: z.number().int().min(1).max(30).optional(),
      /** Ask for a 1-5 rating of each chosen option (e.g. how helpful each material was). */
      rateEach: z.object({ label: Localized }).optional(),
    }),
    z.object({
      ...base,
      type: z.literal('side_effects'),
      options: z.array(Option).min(1).max(30),
      /** Adds an "other" choice whose free text goes through the content pipeline like any post. */
      allowOther: z.boolean().default(true),
    }),
    z.object({
      ...base,
      type: z.literal('duration'),
      maxDays: z.number().int().min(1).max(36500).default(3650),
    }),
    z.object({ ...base, type: z.literal('yes_no') }),
    z.object({ ...base, type: z.literal('short_text'), ...lengths(300, 120) }),
    z.object({ ...base, type: z.literal('story'), ...lengths(8000, 4000) }),
  ])
  .openapi('ExperienceField')
export type FieldDefinition = z.output<typeof FieldDefinition>

/** Fields with a special meaning: feed filters, headline stars and listening metrics read them. */
export const FormRoles = z
  .object({
    rating: FieldId.optional().openapi({
      description: 'A `rating` field: the headline stars and feed filter.',
    }),
    recommend: FieldId.optional().openapi({ description: 'An `nps` field.' }),
    sideEffects: FieldId.optional().openapi({ description: 'A `side_effects` field.' }),
    timeOnProduct: FieldId.optional().openapi({ description: 'A `duration` field: the feed filter.' }),
    stillUsing: FieldId.optional().openapi({ description: 'A `yes_no` field: "are you still using it?".' }),
    channel: FieldId.optional().openapi({ description: 'A `single` field: where people got the product.' }),
  })
  .openapi('ExperienceFormRoles')
export type FormRoles = z.infer<typeof FormRoles>
export type RoleName = keyof FormRoles

export const roleTypes: Record<RoleName, FieldType> = {
  rating: 'rating',
  recommend: 'nps',
  sideEffects: 'side_effects',
  timeOnProduct: 'duration',
  stillUsing: 'yes_no',
  channel: 'single',
}

function checkForm(
  form: { fields: FieldDefinition[]; roles: FormRoles },
  ctx: z.RefinementCtx<{ fields: FieldDefinition[]; roles: FormRoles }>,
) {
  const seen = new Set<string>()
  form.fields.forEach((field, i) => {
    if (seen.has(field.id))
      ctx.addIssue({ code: 'custom', path: ['fields', i, 'id'], message: 'Field ids must be unique.' })
    seen.add(field.id)
    if ('options' in field) {
      const ids = field.options.map((o) => o.id)
      ids.forEach((id, j) => {
        if (ids.indexOf(id) !== j || (field.type === 'side_effects' && id === 'other'))
          ctx.addIssue({
            code: 'custom',
            path: ['fields', i, 'options', j, 'id'],
            message: 'Option ids must be unique ("other" is reserved for the free-text side effect).',
          })
      })
    }
    if ('minLength' in field && field.minLength > field.maxLength)
      ctx.addIssue({
        code: 'custom',
        path: ['fields', i, 'minLength'],
        message: 'minLength exceeds maxLength.',
      })
  })
  for (const [role, id] of Object.entries(form.roles) as [RoleName, string | undefined][]) {
    if (id === undefined) continue
    const field = form.fields.find((f) => f.id === id)
    if (field?.type !== roleTypes[role])
      ctx.addIssue({
        code: 'custom',
        path: ['roles', role],
        message: `The ${role} role needs a field of type ${roleTypes[role]}.`,
      })
  }
}

export const FormDefinition = z
  .object({
    title: Localized.optional(),
    intro: Localized.optional(),
    fields: z.array(FieldDefinition).min(1).max(40),
    roles: FormRoles.default({}),
  })
  .superRefine(checkForm)
  .openapi('ExperienceFormDefinition')
export type FormDefinition = z.output<typeof FormDefinition>

export const SaveForm = z
  .object({
    definition: FormDefinition,
    /** The version the admin edited; a save over a newer version is refused (409) instead of overwriting it. */
    baseVersion: z.number().int().min(1).optional(),
  })
  .openapi('SaveExperienceForm')

export const Form = z
  .object({
    version: z.number(),
    /** True while the community uses the built-in default for its product kind. */
    isDefault: z.boolean(),
    createdAt: z.string().nullable(),
    definition: FormDefinition,
  })
  .openapi('ExperienceForm')
export type Form = z.infer<typeof Form>

export const Severity = z.enum(['mild', 'moderate', 'severe'])
export type Severity = z.infer<typeof Severity>
export const DurationUnit = z.enum(['days', 'weeks', 'months'])
export type DurationUnit = z.infer<typeof DurationUnit>
/** Time-on-product buckets used by the feed filter and the aggregate. */
export const DurationBucket = z.enum(['under_1_week', '1_4_weeks', '1_3_months', 'over_3_months'])
export type DurationBucket = z.infer<typeof DurationBucket>
