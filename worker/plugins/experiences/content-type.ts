import type { ContentType } from '../../core/plugin'
import { anonymizeReports, tally, untally, updateReportStatus, updateReportTexts } from './queries'

export const EXPERIENCE = 'experience'

/**
 * How core services (moderation decisions, redaction, account deletion) change a report: the public row and
 * the aggregate tallies move together in the caller's batch. Every status change takes the report's cells out
 * of the tallies if it was published, and puts them back if it is published afterwards.
 */
export const experienceType: ContentType = {
  type: EXPERIENCE,
  setStatus: (db, id, status, now) => [
    untally(db, id),
    updateReportStatus(db, id, status, now),
    tally(db, id),
  ],
  setPublicFields: (db, id, fields, editedBy, now) => [
    updateReportTexts(db, { id, texts: fields, editedBy, now }),
  ],
  anonymizeAuthor: (db, communityId, authorId, pseudonym) => [
    anonymizeReports(db, communityId, authorId, pseudonym),
  ],
  link: (slug, id) => `/v1/experiences/${slug}/reports/${id}`,
}
