import { useEffect, useState } from 'preact/hooks'
import type { ArticleHit, ArticleSummary } from '../../../worker/plugins/learn/schema'
import { type WidgetContext, withLocale } from '../../context'
import { useDebounced } from '../../debounce'
import { Marked } from '../../marked'
import { useStyles } from '../../use-styles'
import { css } from './css'
import { Reader } from './reader'
import { learnStrings } from './strings'

function Item({
  title,
  summary,
  badge,
  onOpen,
}: {
  title: preact.ComponentChildren
  summary: preact.ComponentChildren
  badge?: string
  onOpen: () => void
}) {
  return (
    <li>
      <button type="button" class="item" onClick={onOpen}>
        <strong>
          {badge && <span class="badge">{badge}</span>}
          {title}
        </strong>
        <span class="muted">{summary}</span>
      </button>
    </li>
  )
}

/** The Learn tab: HCO articles and updates, a search box, and the reader. */
export default function LearnTab({ ctx }: { ctx: WidgetContext }) {
  const ref = useStyles(css)
  const t = learnStrings[ctx.locale]
  const [open, setOpen] = useState<string | null>(null)
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null)
  const [failed, setFailed] = useState(false)
  const [query, setQuery] = useState('')
  const settled = useDebounced(query.trim(), 250)
  const [hits, setHits] = useState<ArticleHit[] | null>(null)

  useEffect(() => {
    ctx.api.get<{ articles: ArticleSummary[] }>('learn', withLocale(ctx, '/articles')).then(
      (r) => setArticles(r.articles),
      () => setFailed(true),
    )
  }, [ctx.locale])
  useEffect(() => {
    if (!settled) return setHits(null)
    let live = true
    ctx.api
      .get<{ results: ArticleHit[] }>('learn', withLocale(ctx, `/search?q=${encodeURIComponent(settled)}`))
      .then(
        (r) => live && setHits(r.results),
        () => live && setHits([]),
      )
    return () => {
      live = false
    }
  }, [settled])

  if (open) return <Reader ctx={ctx} id={open} onBack={() => setOpen(null)} />
  const guides = articles?.filter((a) => a.kind === 'guide') ?? []
  const updates = articles?.filter((a) => a.kind === 'update') ?? []
  return (
    <div class="learn" ref={ref}>
      <label for="learn-search" class="sr">
        {t.search}
      </label>
      <input
        id="learn-search"
        type="search"
        placeholder={t.search}
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      <div aria-live="polite">
        {hits && (
          <ul class="plain" aria-label={t.search}>
            {hits.length === 0 && <li class="muted">{t.noResults}</li>}
            {hits.map((h) => (
              <Item
                key={h.id}
                title={<Marked segments={h.title} />}
                summary={<Marked segments={h.snippet} />}
                onOpen={() => setOpen(h.id)}
              />
            ))}
          </ul>
        )}
      </div>
      {!hits && (
        <>
          {failed && <p class="err">{t.failed}</p>}
          {!articles && !failed && <p class="muted">{t.loading}</p>}
          {articles?.length === 0 && <p class="muted">{t.none}</p>}
          {guides.length > 0 && <h3>{t.guides}</h3>}
          <ul class="plain">
            {guides.map((a) => (
              <Item key={a.id} title={a.title} summary={a.summary} onOpen={() => setOpen(a.id)} />
            ))}
          </ul>
          {updates.length > 0 && <h3>{t.updates}</h3>}
          <ul class="plain">
            {updates.map((a) => (
              <Item
                key={a.id}
                title={a.title}
                summary={a.summary}
                badge={t.update}
                onOpen={() => setOpen(a.id)}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
