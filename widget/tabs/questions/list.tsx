import { useEffect, useState } from 'preact/hooks'
import type { ArticleHit } from '../../../worker/plugins/learn/schema'
import type { QuestionState, QuestionSummary, SearchHit } from '../../../worker/plugins/qa/schema'
import { useDebounced } from '../../debounce'
import { fill } from '../../i18n'
import { Marked } from '../../marked'
import { type QaProps, withLocale } from './types'

function StateBadge({ state, t }: { state: QuestionState; t: QaProps['t'] }) {
  return <span class={`state ${state}`}>{t.states[state]}</span>
}

function QuestionItem({ q, props }: { q: QuestionSummary; props: QaProps }) {
  const { t } = props
  return (
    <li>
      <button type="button" class="item" onClick={() => props.open({ name: 'question', id: q.id })}>
        <strong>{q.title}</strong>
        <span class="row">
          <StateBadge state={q.state} t={t} />
          <span class="muted">
            {q.answerCount === 1 ? t.oneAnswer : fill(t.answers, { n: q.answerCount + q.officialCount })}
          </span>
          {q.tags.map((tag) => (
            <span key={tag.code} class="badge">
              {tag.label}
            </span>
          ))}
        </span>
      </button>
    </li>
  )
}

function SearchResults({ query, props }: { query: string; props: QaProps }) {
  const { ctx, t } = props
  const [results, setResults] = useState<{ questions: SearchHit[]; articles: ArticleHit[] } | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let live = true
    const q = encodeURIComponent(query)
    const learn = ctx.community.plugins.includes('learn')
    Promise.all([
      ctx.api.get<{ results: SearchHit[] }>('qa', withLocale(ctx, `/search?q=${q}`)),
      learn
        ? ctx.api.get<{ results: ArticleHit[] }>('learn', withLocale(ctx, `/search?q=${q}`))
        : { results: [] },
    ]).then(
      ([questions, articles]) =>
        live && setResults({ questions: questions.results, articles: articles.results }),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [query])
  if (failed) return <p class="err">{t.failed}</p>
  if (!results) return <p class="muted">{t.loading}</p>
  if (results.questions.length + results.articles.length === 0) return <p class="muted">{t.noResults}</p>
  return (
    <div>
      {results.questions.length > 0 && <h3>{t.questions}</h3>}
      <ul class="plain" aria-label={t.questions}>
        {results.questions.map((hit) => (
          <li key={hit.id}>
            <button type="button" class="item" onClick={() => props.open({ name: 'question', id: hit.id })}>
              <strong>
                <Marked segments={hit.title} />
              </strong>
              <span class="muted">
                {hit.snippetFrom === 'official_answer' && `${t.fromOfficial} `}
                <Marked segments={hit.snippet} />
              </span>
            </button>
          </li>
        ))}
      </ul>
      {results.articles.length > 0 && <h3>{t.articles}</h3>}
      <ul class="plain" aria-label={t.articles}>
        {results.articles.map((hit) => (
          <li key={hit.id}>
            <button
              type="button"
              class="item"
              onClick={() => props.open({ name: 'article', id: hit.id, back: { name: 'home' } })}
            >
              <strong>
                <Marked segments={hit.title} />
              </strong>
              <span class="muted">
                <Marked segments={hit.snippet} />
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}

function QuestionList({ props }: { props: QaProps }) {
  const { ctx, t, settings } = props
  const [state, setState] = useState<QuestionState | ''>('')
  const [topic, setTopic] = useState('')
  const [pages, setPages] = useState<{ questions: QuestionSummary[]; next: string | null } | null>(null)
  const [failed, setFailed] = useState(false)

  function load(cursor: string | null) {
    const params = new URLSearchParams()
    if (state) params.set('state', state)
    if (topic) params.set('topic', topic)
    if (cursor) params.set('cursor', cursor)
    return ctx.api.get<{ questions: QuestionSummary[]; next: string | null }>(
      'qa',
      withLocale(ctx, `/questions?${params}`),
    )
  }

  useEffect(() => {
    let live = true
    setPages(null)
    load(null).then(
      (page) => live && setPages(page),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [state, topic])

  async function more() {
    if (!pages?.next) return
    const page = await load(pages.next).catch(() => null)
    if (page) setPages({ questions: [...pages.questions, ...page.questions], next: page.next })
  }

  return (
    <div>
      <div class="row filters">
        <label for="qa-state">{t.filter}</label>
        <select
          id="qa-state"
          value={state}
          onChange={(e) => setState((e.target as HTMLSelectElement).value as QuestionState)}
        >
          <option value="">{t.all}</option>
          {(['unanswered', 'answered', 'official', 'medical_information'] as const).map((s) => (
            <option key={s} value={s}>
              {t.states[s]}
            </option>
          ))}
        </select>
        {settings && settings.topics.length > 0 && (
          <>
            <label for="qa-topic">{t.topic}</label>
            <select
              id="qa-topic"
              value={topic}
              onChange={(e) => setTopic((e.target as HTMLSelectElement).value)}
            >
              <option value="">{t.anyTopic}</option>
              {settings.topics.map((x) => (
                <option key={x.code} value={x.code}>
                  {x.label}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      {failed && <p class="err">{t.failed}</p>}
      {!pages && !failed && <p class="muted">{t.loading}</p>}
      {pages && pages.questions.length === 0 && <p class="muted">{t.none}</p>}
      {pages && (
        <ul class="plain" aria-label={t.questions}>
          {pages.questions.map((q) => (
            <QuestionItem key={q.id} q={q} props={props} />
          ))}
        </ul>
      )}
      {pages?.next && (
        <button type="button" class="ghost" onClick={more}>
          {t.loadMore}
        </button>
      )}
    </div>
  )
}

/** The tab's home: a search box over questions and articles, the question list, and the way to ask. */
export function Home({ props }: { props: QaProps }) {
  const { ctx, t } = props
  const [query, setQuery] = useState('')
  const settled = useDebounced(query.trim(), 250)
  return (
    <div>
      <div class="row between">
        <label for="qa-search" class="sr">
          {t.search}
        </label>
        <input
          id="qa-search"
          type="search"
          value={query}
          placeholder={t.searchPlaceholder}
          aria-label={t.search}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <button type="button" onClick={() => (ctx.me ? props.open({ name: 'ask' }) : ctx.requestJoin())}>
          {ctx.me ? t.ask : t.signInToAsk}
        </button>
      </div>
      <div aria-live="polite">
        {settled ? <SearchResults query={settled} props={props} /> : <QuestionList props={props} />}
      </div>
    </div>
  )
}
