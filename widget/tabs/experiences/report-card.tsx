import type { Locale } from '../../../worker/core/communities/schema'
import { fill } from '../../i18n'
import type { TabStrings } from './strings'
import { Stars } from './summary'
import type { AnswerView, Report } from './types'

/** An answer in words: "Oily spotting (mild)", "3 weeks", "Yes"… (user text is rendered as text, never HTML). */
export function answerText(a: AnswerView, t: TabStrings): string {
  switch (a.type) {
    case 'rating':
      return `${a.value}/5`
    case 'nps':
      return `${a.value}/10`
    case 'single':
      return a.valueLabel
    case 'multi':
      return (
        a.value.map((v) => (v.rating === null ? v.label : `${v.label} (${v.rating}/5)`)).join(', ') || '—'
      )
    case 'side_effects':
      return (
        a.value.map((e) => `${e.text ? `${e.label}: ${e.text}` : e.label} (${t[e.severity]})`).join(', ') ||
        t.noSideEffects
      )
    case 'duration':
      return `${a.value.value} ${t[a.value.unit]}`
    case 'yes_no':
      return a.value ? t.yes : t.no
    default:
      return a.value
  }
}

interface CardProps {
  report: Report
  ratingId: string | undefined
  locale: Locale
  t: TabStrings
  /** Null for the author's own report (no helpful button). */
  onHelpful: ((report: Report) => void) | null
}

export function ReportCard({ report, ratingId, locale, t, onHelpful }: CardProps) {
  const titles = report.answers.filter((a) => a.type === 'short_text')
  const stories = report.answers.filter((a) => a.type === 'story')
  const details = report.answers.filter(
    (a) => a.id !== ratingId && a.type !== 'short_text' && a.type !== 'story',
  )
  const date = new Date(report.createdAt).toLocaleDateString(locale, { dateStyle: 'medium' })
  return (
    <article class="card report" lang={report.locale}>
      <header>
        <span>
          <strong>{report.author.pseudonym}</strong>{' '}
          {report.author.badges.map((b) => (
            <span key={b.code} class="badge">
              {b.label}
            </span>
          ))}
        </span>
        <span class="muted">
          {date}
          {report.edited && ` · ${report.edited.by === 'moderator' ? t.editedByModerator : t.edited}`}
        </span>
      </header>
      {report.rating !== null && <Stars value={report.rating} t={t} />}
      {titles.map((a) => (
        <h4 key={a.id}>{a.value as string}</h4>
      ))}
      {stories.map((a) => (
        <p key={a.id} class="story">
          {a.value as string}
        </p>
      ))}
      {details.length > 0 && (
        <dl>
          {details.map((a) => [
            <dt key={`${a.id}-t`}>{a.label}</dt>,
            <dd key={`${a.id}-d`}>{answerText(a, t)}</dd>,
          ])}
        </dl>
      )}
      {onHelpful && (
        <button
          type="button"
          class="ghost"
          aria-pressed={report.helpedByMe === true}
          onClick={() => onHelpful(report)}
        >
          {report.helpfulCount > 0 ? fill(t.helpfulCount, { n: report.helpfulCount }) : t.markHelpful}
        </button>
      )}
    </article>
  )
}
