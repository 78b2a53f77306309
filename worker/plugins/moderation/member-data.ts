import { iso, isoOrNull } from '../../core/time'
import { eraseActivityIps, eraseReportNotes, listReportsBy } from './queries'

// What moderation holds about a member, for the privacy rights core implements (data export, account deletion).

/** The member's part of a data-access request: the reports they filed, with their notes. */
export async function exportMemberModeration(db: D1Database, communityId: string, memberId: string) {
  const reports = await listReportsBy(db, communityId, memberId)
  return {
    reportsFiled: reports.map((r) => ({
      contentId: r.contentId,
      reason: r.reason,
      note: r.note,
      state: r.state,
      createdAt: iso(r.createdAt),
      resolvedAt: isoOrNull(r.resolvedAt),
    })),
  }
}

/** Statements for the account-deletion batch: report notes and hashed IPs erased; reasons and counts kept. */
export function eraseMemberModeration(
  db: D1Database,
  communityId: string,
  memberId: string,
): D1PreparedStatement[] {
  return [eraseReportNotes(db, communityId, memberId), eraseActivityIps(db, communityId, memberId)]
}
