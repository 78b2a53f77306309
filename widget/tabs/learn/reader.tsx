import { useEffect, useState } from 'preact/hooks'
import type { Article } from '../../../worker/plugins/learn/schema'
import { RequestFailed } from '../../api'
import { type WidgetContext, withLocale } from '../../context'
import { formatDate } from '../../dates'
import { useStyles } from '../../use-styles'
import { css } from './css'
import { learnStrings } from './strings'
import { Blocks } from './tree'

function Helped({ ctx, article }: { ctx: WidgetContext; article: Article }) {
  const t = learnStrings[ctx.locale]
  const [answer, setAnswer] = useState<boolean | null>(article.myFeedback)
  const [message, setMessage] = useState('')
  async function send(helpful: boolean) {
    if (!ctx.me) return ctx.requestJoin()
    try {
      await ctx.api.request('PUT', 'learn', `/articles/${article.id}/feedback`, { helpful })
      setAnswer(helpful)
      setMessage(t.thanks)
    } catch (err) {
      setMessage(err instanceof RequestFailed ? err.error.message : t.failed)
    }
  }
  return (
    <fieldset class="helped">
      <legend>{t.helped}</legend>
      <button type="button" class="ghost" aria-pressed={answer === true} onClick={() => send(true)}>
        {t.yes}
      </button>{' '}
      <button type="button" class="ghost" aria-pressed={answer === false} onClick={() => send(false)}>
        {t.no}
      </button>
      {!ctx.me && <span class="muted"> {t.signIn}</span>}
      <p aria-live="polite" class="muted">
        {message}
      </p>
    </fieldset>
  )
}

/** One article: title, sanitized body rendered as elements, and "did this help?". Also used by the Questions tab. */
export function Reader({ ctx, id, onBack }: { ctx: WidgetContext; id: string; onBack: () => void }) {
  const ref = useStyles(css)
  const t = learnStrings[ctx.locale]
  const [article, setArticle] = useState<Article | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let live = true
    ctx.api.get<Article>('learn', withLocale(ctx, `/articles/${id}`)).then(
      (a) => live && setArticle(a),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [id, ctx.locale, ctx.me?.id])
  return (
    <div class="learn" ref={ref}>
      <button type="button" class="link" onClick={onBack}>
        ← {t.back}
      </button>
      {failed && <p class="err">{t.failed}</p>}
      {!article && !failed && <p class="muted">{t.loading}</p>}
      {article && (
        <article lang={article.locale} aria-labelledby="learn-title">
          <h1 id="learn-title">{article.title}</h1>
          <p class="muted">
            {article.kind === 'update' && <span class="badge">{t.update}</span>}
            {formatDate(article.publishedAt, ctx.locale, 'long')}
          </p>
          {article.locale !== ctx.locale && <p class="muted">{t.notInYourLanguage}</p>}
          <Blocks nodes={article.tree} />
          <Helped key={article.id} ctx={ctx} article={article} />
        </article>
      )}
    </div>
  )
}
