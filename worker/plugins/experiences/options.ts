import { z } from '@hono/zod-openapi'

export const ExperiencesOptions = z.object({
  /** Aggregate cells holding fewer published reports than this (and more than none) are hidden. */
  minGroupSize: z.number().int().min(2).max(1000).default(5),
  /** How long after posting an author may still edit their report. */
  editWindowDays: z.number().int().min(0).max(365).default(7),
})
export type ExperiencesOptions = z.output<typeof ExperiencesOptions>
