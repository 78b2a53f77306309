import { useEffect, useState } from 'preact/hooks'
import type { PublicQaSettings } from '../../../worker/plugins/qa/schema'
import type { WidgetContext } from '../../context'
import { Lazy } from '../../lazy'
import { useStyles } from '../../use-styles'
import { AskForm } from './ask'
import { css } from './css'
import { Home } from './list'
import { QuestionPage } from './question'
import { qaStrings } from './strings'
import { type QaProps, type View, withLocale } from './types'

type ReaderProps = { ctx: WidgetContext; id: string; onBack: () => void }

/** The Learn reader, loaded only when a search result or an official answer opens an article. */
const loadReader = () => import('../learn/reader').then((m) => ({ default: m.Reader }))

function Article(props: ReaderProps) {
  return <Lazy load={loadReader} props={props} fallback={qaStrings[props.ctx.locale].loading} />
}

/** The Questions tab: search, the question list, a question page, and the ask form. */
export default function QuestionsTab({ ctx }: { ctx: WidgetContext }) {
  const ref = useStyles(css)
  const [view, setView] = useState<View>({ name: 'home' })
  const [settings, setSettings] = useState<PublicQaSettings | null>(null)
  useEffect(() => {
    ctx.api.get<PublicQaSettings>('qa', withLocale(ctx, '/settings')).then(setSettings, () => undefined)
  }, [ctx.locale])
  const props: QaProps = { ctx, t: qaStrings[ctx.locale], settings, open: setView }
  return (
    <div class="qa" ref={ref}>
      {view.name === 'home' && <Home props={props} />}
      {view.name === 'question' && (
        <QuestionPage key={view.id} id={view.id} notice={view.notice} props={props} />
      )}
      {view.name === 'ask' && <AskForm props={props} />}
      {view.name === 'article' && <Article ctx={ctx} id={view.id} onBack={() => setView(view.back)} />}
    </div>
  )
}
