import { z } from '@hono/zod-openapi'

// The product-page aggregate; a null count is a cell hidden by the minimum group size.

const Cell = z.number().nullable()
const OptionCell = z.object({ id: z.string(), label: z.string(), count: Cell })

export const FieldSummary = z
  .discriminatedUnion('type', [
    z.object({
      id: z.string(),
      label: z.string(),
      type: z.literal('rating'),
      answered: Cell,
      average: Cell,
      distribution: z.array(z.object({ value: z.number(), count: Cell })),
    }),
    z.object({
      id: z.string(),
      label: z.string(),
      type: z.literal('nps'),
      answered: Cell,
      score: Cell,
      promoters: Cell,
      passives: Cell,
      detractors: Cell,
    }),
    z.object({
      id: z.string(),
      label: z.string(),
      type: z.enum(['single', 'yes_no', 'duration']),
      answered: Cell,
      options: z.array(OptionCell),
    }),
    z.object({
      id: z.string(),
      label: z.string(),
      type: z.literal('multi'),
      answered: Cell,
      options: z.array(OptionCell.extend({ averageRating: Cell })),
    }),
    z.object({
      id: z.string(),
      label: z.string(),
      type: z.literal('side_effects'),
      answered: Cell,
      none: Cell,
      any: Cell,
      effects: z.array(
        OptionCell.extend({ severity: z.object({ mild: Cell, moderate: Cell, severe: Cell }) }),
      ),
    }),
  ])
  .openapi('ExperienceFieldSummary')
export type FieldSummary = z.infer<typeof FieldSummary>

export const Summary = z
  .object({
    /** Cells holding fewer reports than this (but more than none) are hidden (null). */
    minGroupSize: z.number(),
    count: Cell,
    formVersion: z.number(),
    rating: z.object({ fieldId: z.string(), average: Cell, answered: Cell }).nullable(),
    fields: z.array(FieldSummary),
  })
  .openapi('ExperienceSummary')
export type Summary = z.infer<typeof Summary>
